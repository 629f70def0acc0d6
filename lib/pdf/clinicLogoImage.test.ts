import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { clinicLogoImage } from './clinicLogoImage'

describe('clinicLogoImage', () => {
  let mediaDir: string
  beforeEach(() => {
    mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-logo-'))
    vi.stubEnv('CARELEAF_MEDIA_DIR', mediaDir)
  })
  afterEach(() => {
    vi.unstubAllEnvs()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  })

  it('reads the file once per media id and updatedAt', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 4, background: '#0b5450' } })
      .png()
      .toBuffer()
    fs.writeFileSync(path.join(mediaDir, 'logo-a.png'), png)
    const logo = { id: 1, updatedAt: '2026-11-29T09:00:00.000Z', filename: 'logo-a.png' }
    expect(clinicLogoImage(logo)?.equals(png)).toBe(true)
    // Cached: the worker does not go back to the disk for the next handout.
    fs.rmSync(path.join(mediaDir, 'logo-a.png'))
    expect(clinicLogoImage(logo)?.equals(png)).toBe(true)
    // A re-upload changes updatedAt, and the new file is read.
    expect(clinicLogoImage({ ...logo, updatedAt: '2026-11-30T09:00:00.000Z' })).toBeNull()
  })

  it('gives null for no logo, a missing file or a file react-pdf cannot embed', async () => {
    expect(clinicLogoImage(null)).toBeNull()
    expect(clinicLogoImage({ id: 2, updatedAt: 'x', filename: 'missing.png' })).toBeNull()
    fs.writeFileSync(
      path.join(mediaDir, 'logo.webp'),
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
        .webp()
        .toBuffer(),
    )
    expect(clinicLogoImage({ id: 3, updatedAt: 'x', filename: 'logo.webp' })).toBeNull()
    const jpeg = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#fff' } })
      .jpeg()
      .toBuffer()
    fs.writeFileSync(path.join(mediaDir, 'logo.jpg'), jpeg)
    expect(clinicLogoImage({ id: 4, updatedAt: 'x', filename: 'logo.jpg' })?.equals(jpeg)).toBe(true)
  })
})
