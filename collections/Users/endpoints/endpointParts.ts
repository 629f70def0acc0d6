import { addDataAndFileToRequest, headersWithCors, type PayloadRequest } from 'payload'

/** The request body's named fields as text, read once; a missing or non-text field is ''. */
export async function readTextFields<Name extends string>(req: PayloadRequest, ...names: Name[]): Promise<Record<Name, string>> {
  await addDataAndFileToRequest(req)
  const data: Record<string, unknown> = req.data ?? {}
  return Object.fromEntries(names.map((name) => [name, typeof data[name] === 'string' ? data[name] : ''])) as Record<Name, string>
}

/** A JSON answer with the CORS headers Payload's own endpoints send. */
export function corsJson(req: PayloadRequest, body: unknown, init: { status?: number; headers?: HeadersInit } = {}): Response {
  return Response.json(body, { status: init.status, headers: headersWithCors({ headers: new Headers(init.headers), req }) })
}
