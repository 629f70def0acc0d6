/**
 * Downloads the handout PDF with this new patient link and its QR code
 * printed on it, while the link is still on screen (it is shown only once).
 * A plain form post: the token travels in the body, never in a URL.
 */
export function PdfWithLinkForm({ handoutId, shareUrl }: { handoutId: number; shareUrl: string }) {
  const token = new URL(shareUrl).pathname.split('/').at(-1) ?? ''
  return (
    <form method="post" action={`/handouts/${handoutId}/pdf`} className="actions">
      <input type="hidden" name="token" value={token} />
      <button type="submit" className="button--secondary">
        Download PDF with this link and QR code
      </button>
    </form>
  )
}
