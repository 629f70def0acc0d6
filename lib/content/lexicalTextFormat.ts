/**
 * Lexical's text format bits (IS_BOLD … IS_CAPITALIZE in lexical's
 * LexicalConstants), for the PDF and the translation units alike. Copied
 * rather than imported so the PDF worker does not load the whole editor
 * runtime; lexicalTextFormat.test.ts checks they still match.
 */
export const LEXICAL_TEXT_FORMAT = {
  bold: 1,
  italic: 1 << 1,
  strikethrough: 1 << 2,
  underline: 1 << 3,
  code: 1 << 4,
  subscript: 1 << 5,
  superscript: 1 << 6,
  highlight: 1 << 7,
  lowercase: 1 << 8,
  uppercase: 1 << 9,
  capitalize: 1 << 10,
} as const
