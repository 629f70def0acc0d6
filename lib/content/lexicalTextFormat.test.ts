import { IS_BOLD, IS_CODE, IS_HIGHLIGHT, IS_ITALIC, IS_STRIKETHROUGH, IS_SUBSCRIPT, IS_SUPERSCRIPT, IS_UNDERLINE } from '@payloadcms/richtext-lexical/lexical'
import { describe, expect, it } from 'vitest'

import { LEXICAL_TEXT_FORMAT } from './lexicalTextFormat'

describe('Lexical text format bits', () => {
  it('match the constants exported by lexical', () => {
    expect(LEXICAL_TEXT_FORMAT.bold).toBe(IS_BOLD)
    expect(LEXICAL_TEXT_FORMAT.italic).toBe(IS_ITALIC)
    expect(LEXICAL_TEXT_FORMAT.strikethrough).toBe(IS_STRIKETHROUGH)
    expect(LEXICAL_TEXT_FORMAT.underline).toBe(IS_UNDERLINE)
    expect(LEXICAL_TEXT_FORMAT.code).toBe(IS_CODE)
    expect(LEXICAL_TEXT_FORMAT.subscript).toBe(IS_SUBSCRIPT)
    expect(LEXICAL_TEXT_FORMAT.superscript).toBe(IS_SUPERSCRIPT)
    expect(LEXICAL_TEXT_FORMAT.highlight).toBe(IS_HIGHLIGHT)
  })
})
