/**
 * A message with a piece the renderer draws itself (a link, a bold date, a
 * styled phone number) somewhere inside it: the words in order, with the piece
 * where the language puts it ("Please contact <X> for a new copy." / "Comuníquese
 * con <X> para pedir una copia nueva."). The patient page passes escaped HTML as
 * the piece and gets an array its `html` template renders; the PDF passes a
 * react-pdf element.
 */
export type RichText<Piece> = ReadonlyArray<string | Piece>

/** The plain text of a rich message whose pieces are themselves text (tests, plain-text responses). */
export function richTextString(parts: RichText<string>): string {
  return parts.join('')
}
