import { getToken } from 'next-auth/jwt'
import { type NextRequest, NextResponse } from 'next/server'

/**
 * Sends signed-out visitors of the clinician workspace to sign-in. This is a
 * convenience redirect only: every page, action and route handler checks the
 * session again where it reads data (proxies can be bypassed).
 */
export async function proxy(request: NextRequest): Promise<NextResponse> {
  const token = await getToken({ req: request, secret: process.env.NEXTAUTH_SECRET })
  if (token) return NextResponse.next()
  const signIn = new URL('/sign-in', request.url)
  signIn.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`)
  return NextResponse.redirect(signIn)
}

export const config = {
  matcher: ['/library/:path*', '/handouts/:path*', '/kits/:path*'],
}
