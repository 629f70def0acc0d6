import zlib from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { validateUpload } from './validateUpload'

/** A real 1×1 PNG, built here so the test ships no binary fixture. */
function png(): Uint8Array {
  const crc = (buf: Buffer) => {
    let c = ~0
    for (const byte of buf) {
      c ^= byte
      for (let k = 0; k < 8; k += 1) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1
    }
    return ~c >>> 0
  }
  const chunk = (type: string, body: Buffer) => {
    const head = Buffer.alloc(4)
    head.writeUInt32BE(body.length)
    const typed = Buffer.concat([Buffer.from(type), body])
    const tail = Buffer.alloc(4)
    tail.writeUInt32BE(crc(typed))
    return Buffer.concat([head, typed, tail])
  }
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 0, 0]))),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
const pdf = Buffer.from('%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n')

describe('validateUpload', () => {
  it('accepts a PNG and a PDF whose bytes, name and declared type agree', async () => {
    expect(await validateUpload({ data: png(), fileName: 'posture.png', declaredMimeType: 'image/png' })).toEqual({
      ok: true,
      mimeType: 'image/png',
      extension: 'png',
    })
    expect(await validateUpload({ data: pdf, fileName: 'Reference.PDF', declaredMimeType: 'application/pdf' })).toMatchObject({
      ok: true,
      mimeType: 'application/pdf',
    })
  })

  it('refuses script disguised as an image, and SVG and HTML outright', async () => {
    const html = Buffer.from('<!doctype html><script>alert(1)</script>')
    expect(await validateUpload({ data: html, fileName: 'photo.png', declaredMimeType: 'image/png' })).toMatchObject({ ok: false })
    const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    expect(await validateUpload({ data: svg, fileName: 'diagram.svg', declaredMimeType: 'image/svg+xml' })).toMatchObject({ ok: false })
  })

  it('refuses a PNG named .pdf or declared as a PDF', async () => {
    expect(await validateUpload({ data: png(), fileName: 'posture.pdf' })).toMatchObject({ ok: false, error: expect.stringMatching(/content is PNG/) })
    expect(await validateUpload({ data: png(), fileName: 'posture.png', declaredMimeType: 'application/pdf' })).toMatchObject({ ok: false })
  })

  it('refuses empty and oversized files', async () => {
    expect(await validateUpload({ data: new Uint8Array(), fileName: 'x.png' })).toMatchObject({ ok: false, error: 'The file is empty.' })
    expect(await validateUpload({ data: png(), fileName: 'x.png' }, { maxBytes: 10 })).toMatchObject({ ok: false, error: expect.stringMatching(/larger than/) })
  })
})
