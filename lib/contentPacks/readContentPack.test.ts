import { describe, expect, it } from 'vitest'

import { entriesOf, zipOf } from '@/tests/support/contentPackZips'

import type { PackedTopic } from './contentPackFormat'
import { readContentPack } from './readContentPack'
import { writeContentPackZip } from './writeContentPackZip'

const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
const MEDIA_KEY = 'm-0123456789abcdef0123456789abcdef'

const topic: PackedTopic = {
  originTopicId: 7,
  slug: 'knee-pain',
  audience: ['adult'],
  codes: [{ system: 'icd10cm', code: 'M25.56', display: 'Pain in knee' }],
  categories: [{ kind: 'bodyRegion', names: { en: 'Knee', es: 'Rodilla' } }],
  sources: [{ citation: 'NIAMS, Knee problems', url: 'https://www.niams.nih.gov/', accessedAt: null }],
  review: { reviewedByName: 'Dr. Rivera', reviewedAt: '2026-10-02T10:00:00.000Z', pematUnderstandability: 90, pematActionability: 80 },
  media: [{ key: MEDIA_KEY, alt: { en: 'A bent knee' } }],
  locales: {
    en: {
      title: 'Knee pain',
      mainMessage: 'Rest, ice, and call us if it swells.',
      summary: 'What to do for knee pain.',
      keywords: ['knee'],
      sections: [{ id: 'sec-1', blockType: 'media', image: MEDIA_KEY, caption: 'Bend gently.' }],
      translation: null,
    },
  },
}

const origin = { clinicName: 'Lakeside Clinic', originId: '0b6f5a9e-5f0e-4a43-9a0e-5a7c1f0d2b11' }

function pack(topics: PackedTopic[] = [topic]): Promise<Buffer> {
  return writeContentPackZip({ origin, createdAt: new Date('2026-11-30T12:00:00Z'), topics, media: new Map([[MEDIA_KEY, { extension: 'png', bytes: PNG }]]) })
}

const refusal = (message: RegExp) => expect.objectContaining({ status: 400, message: expect.stringMatching(message) })

describe('readContentPack', () => {
  it('reads a pack the exporter wrote: manifest, topics and images', async () => {
    const read = await readContentPack(await pack())
    expect(read.manifest.origin).toEqual(origin)
    expect(read.manifest.entries.map((entry) => entry.path).sort()).toEqual([`media/${MEDIA_KEY}.png`, 'topics/7.json'])
    expect(read.topics).toEqual([topic])
    expect(read.media.get(MEDIA_KEY)?.bytes.equals(PNG)).toBe(true)
  })

  it('refuses a pack with one byte changed in a topic file, naming the entry', async () => {
    const entries = await entriesOf(await pack())
    const json = entries['topics/7.json']!.toString('utf8').replace('Knee pain', 'Knee pane')
    await expect(readContentPack(await zipOf({ ...entries, 'topics/7.json': json }))).rejects.toEqual(refusal(/"topics\/7\.json" does not match its checksum/u))
  })

  it('refuses a changed image', async () => {
    const entries = await entriesOf(await pack())
    const image = Buffer.from(entries[`media/${MEDIA_KEY}.png`]!)
    image.writeUInt8(image.readUInt8(image.length - 1) ^ 0xff, image.length - 1)
    await expect(readContentPack(await zipOf({ ...entries, [`media/${MEDIA_KEY}.png`]: image }))).rejects.toEqual(refusal(/does not match its checksum/u))
  })

  it('refuses a truncated file', async () => {
    const bytes = await pack()
    await expect(readContentPack(bytes.subarray(0, bytes.length - 30))).rejects.toEqual(refusal(/not a complete zip file/u))
    await expect(readContentPack(bytes.subarray(0, Math.floor(bytes.length / 2)))).rejects.toEqual(refusal(/not a complete zip file/u))
  })

  it('refuses an entry the manifest does not list, and one it lists that is missing', async () => {
    const entries = await entriesOf(await pack())
    await expect(readContentPack(await zipOf({ ...entries, 'topics/8.json': '{}' }))).rejects.toEqual(
      refusal(/"topics\/8\.json", which its manifest does not list/u),
    )
    const { [`media/${MEDIA_KEY}.png`]: _image, ...withoutImage } = entries
    await expect(readContentPack(await zipOf(withoutImage))).rejects.toEqual(refusal(/is missing/u))
  })

  it('refuses path traversal and other names a pack never uses', async () => {
    const entries = await entriesOf(await pack())
    for (const name of ['../evil.json', 'topics/../../etc/passwd', '/abs.json', 'media\\x.png', 'notes.txt', 'topics/']) {
      await expect(readContentPack(await zipOf({ ...entries, [name]: 'x' }))).rejects.toEqual(
        refusal(/which is not a name a content pack uses|whose name points outside the pack/u),
      )
    }
  })

  it('refuses a manifest of another format, and a topic file of another shape even when its checksum matches', async () => {
    const entries = await entriesOf(await pack())
    const manifest = JSON.parse(entries['manifest.json']!.toString('utf8')) as Record<string, unknown>
    await expect(readContentPack(await zipOf({ ...entries, 'manifest.json': JSON.stringify({ ...manifest, formatVersion: 99 }) }))).rejects.toEqual(
      refusal(/"manifest\.json" is not in the content pack format at formatVersion/u),
    )
    // A field outside the allowlist (a patient's name) is refused, however it got there.
    const withPatient = await pack([{ ...topic, patientName: 'Jane Roe' } as PackedTopic])
    await expect(readContentPack(withPatient)).rejects.toEqual(refusal(/"topics\/7\.json" is not in the content pack format/u))
    const withScriptLink = await pack([{ ...topic, sources: [{ citation: 'x', url: 'javascript:alert(1)', accessedAt: null }] }])
    await expect(readContentPack(withScriptLink)).rejects.toEqual(refusal(/at sources\.0\.url \(only http and https links\)/u))
  })

  it('refuses an entry larger than the limits before reading it, and anything that is not a zip', async () => {
    const entries = await entriesOf(await pack())
    const huge = Buffer.alloc(3 * 1024 * 1024, 0x20)
    await expect(readContentPack(await zipOf({ ...entries, 'topics/9.json': huge }))).rejects.toEqual(refusal(/"topics\/9\.json" is larger than 2 MB/u))
    await expect(readContentPack(Buffer.from('<html>not a pack</html>'))).rejects.toEqual(refusal(/not a complete zip file/u))
    await expect(readContentPack(new Uint8Array())).rejects.toEqual(refusal(/the file is empty/u))
  })
})
