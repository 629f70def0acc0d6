import { describe, expect, it } from 'vitest'

import { normaliseShareLinkLabel } from './shareLinkLabel'

describe('normaliseShareLinkLabel', () => {
  it('keeps what the clinician typed, with spaces tidied and control characters dropped', () => {
    expect(normaliseShareLinkLabel('  home   care\tnurse\n')).toEqual({ ok: true, label: 'home care nurse' })
    expect(normaliseShareLinkLabel('daughter\u0000')).toEqual({ ok: true, label: 'daughter' })
  })

  it('treats a blank label as none', () => {
    expect(normaliseShareLinkLabel('   ')).toEqual({ ok: true, label: null })
    expect(normaliseShareLinkLabel(undefined)).toEqual({ ok: true, label: null })
  })

  it('refuses a label longer than 60 characters with a message', () => {
    expect(normaliseShareLinkLabel('x'.repeat(61))).toEqual({ ok: false, error: expect.stringMatching(/60 characters or fewer/) })
    expect(normaliseShareLinkLabel('x'.repeat(60))).toMatchObject({ ok: true })
  })
})
