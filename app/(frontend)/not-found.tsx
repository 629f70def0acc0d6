export default function NotFound() {
  return (
    <main id="main" className="message-page">
      <h1>Page not found</h1>
      <p>This page does not exist. If someone gave you a link to a handout, check that it was copied in full, or ask your clinic for a new one.</p>
    </main>
  )
}
