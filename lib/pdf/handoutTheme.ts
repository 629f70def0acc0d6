/**
 * Type and colour shared by the handout layout and the rich text converter.
 * Contrast ratios are against white paper; all text colours pass WCAG AAA
 * (7:1) so the handout survives a grey office photocopier.
 */
export const HANDOUT_COLORS = {
  /** 17.4:1 */
  text: '#1b1f23',
  /** 7.6:1: dates, footers, captions. */
  muted: '#4a5561',
  /** 8.1:1: headings and the clinic name. */
  accent: '#0b5450',
  /** 8.6:1 */
  link: '#0a4a8a',
  rule: '#c9d3d9',
  instructionsBackground: '#eaf4f2',
  instructionsBorder: '#0b5450',
  quoteBorder: '#9fb3bd',
  highlight: '#fff1a8',
  codeBackground: '#eef1f3',
} as const

/** 12 pt rather than the usual 10–11: many patients reading handouts are older or have low vision. */
export const BODY_FONT_SIZE = 12
export const BODY_LINE_HEIGHT = 1.45
