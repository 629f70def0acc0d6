import { signOutAction } from '../sign-out/actions'

/** A plain form posting a server action: works without JavaScript and is origin-checked by Next.js. */
export function SignOutButton() {
  return (
    <form action={signOutAction}>
      <button type="submit" className="button--secondary">
        Sign out
      </button>
    </form>
  )
}
