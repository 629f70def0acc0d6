import { describe, expect, it } from 'vitest'

import type { Media } from '@/payload-types'

import { toClinicLogo } from './clinicLogo'

function media(overrides: Partial<Media> = {}): Media {
  return {
    id: 7,
    alt: 'Logo',
    updatedAt: '2026-11-29T09:00:00.000Z',
    createdAt: '2026-11-29T09:00:00.000Z',
    url: 'http://localhost:3000/api/media/file/logo.png',
    filename: 'logo.png',
    mimeType: 'image/png',
    width: 480,
    height: 240,
    sizes: { thumbnail: { url: 'http://localhost:3000/api/media/file/logo-320x160.png', filename: 'logo-320x160.png', width: 320, height: 160 } },
    ...overrides,
  } as Media
}

describe('toClinicLogo', () => {
  it('uses the 320 px size, as a path on this site', () => {
    expect(toClinicLogo(media())).toEqual({
      id: 7,
      updatedAt: '2026-11-29T09:00:00.000Z',
      src: '/api/media/file/logo-320x160.png',
      filename: 'logo-320x160.png',
      width: 320,
      height: 160,
    })
  })

  it('falls back to the original when Payload made no smaller size (uploads narrower than 320 px)', () => {
    expect(toClinicLogo(media({ width: 200, height: 100, sizes: { thumbnail: { url: null, filename: null } } }))).toMatchObject({
      src: '/api/media/file/logo.png',
      filename: 'logo.png',
      width: 200,
      height: 100,
    })
  })

  it('gives null when unset, unpopulated or not embeddable in a PDF', () => {
    expect(toClinicLogo(null)).toBeNull()
    expect(toClinicLogo(undefined)).toBeNull()
    expect(toClinicLogo(7)).toBeNull()
    expect(toClinicLogo(media({ mimeType: 'image/webp' }))).toBeNull()
    expect(toClinicLogo(media({ filename: null }))).toBeNull()
  })
})
