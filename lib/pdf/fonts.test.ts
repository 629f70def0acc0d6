import os from 'node:os'
import path from 'node:path'

import { afterEach, describe, expect, it, vi } from 'vitest'

describe('registerHandoutFonts', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.resetModules()
  })

  it('resolves the font directory from the working directory, or from CARELEAF_PDF_FONT_DIR', async () => {
    const { handoutFontDirectory } = await import('./fonts')
    expect(handoutFontDirectory()).toBe(path.join(process.cwd(), 'lib', 'pdf', 'fonts'))
    vi.stubEnv('CARELEAF_PDF_FONT_DIR', '/srv/careleaf/fonts')
    expect(handoutFontDirectory()).toBe('/srv/careleaf/fonts')
  })

  it('fails with a message naming the missing files and the env override', async () => {
    vi.stubEnv('CARELEAF_PDF_FONT_DIR', path.join(os.tmpdir(), 'careleaf-no-fonts-here'))
    const { registerHandoutFonts } = await import('./fonts')
    expect(() => registerHandoutFonts()).toThrow(/AtkinsonHyperlegible_400Regular\.ttf.*CARELEAF_PDF_FONT_DIR/s)
  })

  it('registers the four faces once, however often it is called', async () => {
    const { Font } = await import('@react-pdf/renderer')
    const registerSpy = vi.spyOn(Font, 'register')
    const hyphenationSpy = vi.spyOn(Font, 'registerHyphenationCallback')
    const { HANDOUT_FONT_FAMILY, loadHandoutFonts, registerHandoutFonts } = await import('./fonts')
    registerHandoutFonts()
    registerHandoutFonts()
    await loadHandoutFonts()
    expect(registerSpy).toHaveBeenCalledTimes(1)
    expect(hyphenationSpy).toHaveBeenCalledTimes(1)
    const family = Font.getRegisteredFonts()[HANDOUT_FONT_FAMILY]
    expect(family?.sources.map((source) => `${source.fontWeight} ${source.fontStyle}`).sort()).toEqual(['400 italic', '400 normal', '700 italic', '700 normal'])
    // Loaded, not just registered: the worker relies on this to parse fonts before its first job.
    expect(family?.sources.every((source) => source.data !== null)).toBe(true)
    registerSpy.mockRestore()
    hyphenationSpy.mockRestore()
  })

  it('never splits a word across lines', async () => {
    const { Font } = await import('@react-pdf/renderer')
    const { registerHandoutFonts } = await import('./fonts')
    registerHandoutFonts()
    const hyphenate = Font.getHyphenationCallback()
    expect(hyphenate?.('acetaminophen')).toEqual(['acetaminophen'])
  })
})
