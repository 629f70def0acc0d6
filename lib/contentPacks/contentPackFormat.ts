import { z } from 'zod'

import { SECTION_TYPES } from '@/blocks'
import { CODE_SYSTEMS, isValidCode } from '@/fields/codesField'
import { validateSourceUrl } from '@/fields/sourcesField'
import { type Locale, LOCALE_CODES } from '@/lib/i18n/locales'

/**
 * The content pack file: a zip holding `manifest.json`, one JSON file per
 * topic under `topics/` and the images they show under `media/`. The
 * manifest lists every other entry with its SHA-256 and size, so a changed
 * or missing byte anywhere is found before anything is written.
 */
export const CONTENT_PACK_FORMAT = 'careleaf-content-pack'
/** Raised when a reader could not read an older pack's topic files as they are. */
export const CONTENT_PACK_FORMAT_VERSION = 1

export const MANIFEST_PATH = 'manifest.json'
/** Names the exporter writes; anything else in a zip (a `../`, a folder, a stray file) refuses the pack. */
export const TOPIC_ENTRY_PATTERN = /^topics\/[1-9]\d{0,9}\.json$/u
export const MEDIA_ENTRY_PATTERN = /^media\/[a-z0-9-]{1,80}\.(?:png|jpe?g|webp)$/u

/** Limits against zip bombs and mistakes: a pack of a few hundred topics with their images fits well within them. */
export const PACK_LIMITS = {
  /** The uploaded file itself. */
  packBytes: 200 * 1024 * 1024,
  entries: 2_000,
  topics: 500,
  jsonEntryBytes: 2 * 1024 * 1024,
  mediaEntryBytes: 10 * 1024 * 1024,
  /** All entries unpacked together. */
  totalBytes: 400 * 1024 * 1024,
} as const

/** A language of the pack: only those this Careleaf writes patient text in. */
const localeKey = z.enum(LOCALE_CODES as [Locale, ...Locale[]])
const SHA256 = /^[0-9a-f]{64}$/u
const isoDate = z.iso.datetime({ offset: true })
const shortText = z.string().max(500)

export const packManifestSchema = z.strictObject({
  format: z.literal(CONTENT_PACK_FORMAT),
  formatVersion: z.literal(CONTENT_PACK_FORMAT_VERSION),
  careleafVersion: z.string().max(40),
  createdAt: isoDate,
  origin: z.strictObject({
    clinicName: z.string().min(1).max(200),
    /** The exporting Careleaf's own id, the same in every pack it makes: a re-import finds its topics by it. */
    originId: z.uuid(),
  }),
  topics: z
    .array(z.strictObject({ originTopicId: z.number().int().positive(), title: shortText, path: z.string().regex(TOPIC_ENTRY_PATTERN) }))
    .min(1)
    .max(PACK_LIMITS.topics),
  entries: z
    .array(z.strictObject({ path: z.string().max(200), sha256: z.string().regex(SHA256), size: z.number().int().nonnegative() }))
    .max(PACK_LIMITS.entries),
})
export type PackManifest = z.infer<typeof packManifestSchema>

/** A section's fields as the exporter wrote them from the block's own field list (blocks/); re-read through that list on import. */
const packedSectionSchema = z.looseObject({ id: z.string().min(1).max(100), blockType: z.enum(SECTION_TYPES as [string, ...string[]]) })

const packedTranslationSchema = z.strictObject({
  status: z.string().max(40),
  translatedBy: z.enum(['human', 'machine']).nullable(),
  translatorName: z.string().max(200).nullable(),
  approvedAt: isoDate.nullable(),
  approvedByName: z.string().max(200).nullable(),
})

const packedLocaleSchema = z.strictObject({
  title: z.string().min(1).max(500),
  mainMessage: z.string().max(400),
  summary: z.string().max(5_000),
  keywords: z.array(z.string().max(200)).max(200),
  sections: z.array(packedSectionSchema).min(1).max(200),
  translation: packedTranslationSchema.nullable(),
})
export type PackedTopicLocale = z.infer<typeof packedLocaleSchema>

export const packedTopicSchema = z.strictObject({
  originTopicId: z.number().int().positive(),
  slug: z.string().min(1).max(100),
  audience: z.array(z.enum(['adult', 'child', 'caregiver'])).max(3),
  codes: z
    .array(
      z
        .strictObject({ system: z.enum(CODE_SYSTEMS), code: z.string().min(1).max(40), display: z.string().max(500) })
        // Imported topics are drafts, which Payload saves unvalidated: the pack's own check is the one that counts.
        .refine(({ system, code }) => isValidCode(system, code), 'not a valid condition code'),
    )
    .max(200),
  categories: z.array(z.strictObject({ kind: z.enum(['bodyRegion', 'specialty']), names: z.partialRecord(localeKey, z.string().min(1).max(200)) })).max(50),
  sources: z
    .array(
      z.strictObject({
        citation: z.string().min(1).max(2_000),
        // Imported drafts are saved unvalidated: only links a reader can open.
        url: z
          .string()
          .max(2_000)
          .refine((url) => validateSourceUrl(url) === true, 'only http and https links')
          .nullable(),
        accessedAt: z.string().max(40).nullable(),
      }),
    )
    .max(100),
  /** The origin's sign-off, kept as provenance: it is not this clinic's review. */
  review: z.strictObject({
    reviewedByName: z.string().max(200).nullable(),
    reviewedAt: isoDate.nullable(),
    pematUnderstandability: z.number().min(0).max(100).nullable(),
    pematActionability: z.number().min(0).max(100).nullable(),
  }),
  /** Media entries (without `media/`) this topic's sections show. */
  media: z.array(z.strictObject({ key: z.string().max(120), alt: z.partialRecord(localeKey, z.string().max(1_000)) })).max(200),
  locales: z.partialRecord(localeKey, packedLocaleSchema).refine((locales) => locales.en !== undefined, 'the English text is missing'),
})
export type PackedTopic = z.infer<typeof packedTopicSchema>
