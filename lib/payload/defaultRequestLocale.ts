import type { CollectionBeforeOperationHook, Plugin } from 'payload'

import { DEFAULT_LOCALE } from '@/lib/i18n/locales'

/**
 * A REST request without `?locale=` reads and writes the default locale
 * (English). Payload picks the default only when localization falls back,
 * and Careleaf's does not (a missing translation must read as missing):
 * without this, such a request would see no localized field at all, and a
 * publish would fail validation on a title it cannot see.
 */
export const defaultRequestLocaleHook: CollectionBeforeOperationHook = ({ args, req }) => {
  if (!req.locale) req.locale = DEFAULT_LOCALE
  return args
}

export const defaultRequestLocale: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [defaultRequestLocaleHook, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
