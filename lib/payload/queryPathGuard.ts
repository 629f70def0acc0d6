import type { Plugin } from 'payload'

import { refuseUnreadableQueryPaths } from './refuseUnreadableQueryPaths'

/**
 * Adds `refuseUnreadableQueryPaths` to every collection in the config, first
 * in line, so a new collection is covered without anyone remembering to.
 */
export const queryPathGuard: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: { ...collection.hooks, beforeOperation: [refuseUnreadableQueryPaths, ...(collection.hooks?.beforeOperation ?? [])] },
  })),
})
