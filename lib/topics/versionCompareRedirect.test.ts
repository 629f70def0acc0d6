import { describe, expect, it } from 'vitest'

import { versionCompareRedirect } from './versionCompareRedirect'

describe('versionCompareRedirect', () => {
  it('sends a topic version view without versionFrom to the endpoint that picks the published version, keeping its other parameters', () => {
    expect(versionCompareRedirect('/admin/collections/topics/12/versions/340', new URLSearchParams())).toBe('/api/topics/12/compare-with-published/340')
    expect(versionCompareRedirect('/admin/collections/topics/12/versions/340', new URLSearchParams('locale=es&modifiedOnly=false'))).toBe(
      '/api/topics/12/compare-with-published/340?locale=es&modifiedOnly=false',
    )
  })

  it('leaves a chosen comparison, an empty one (nothing to pick), other collections and other admin pages alone', () => {
    expect(versionCompareRedirect('/admin/collections/topics/12/versions/340', new URLSearchParams('versionFrom=200'))).toBeNull()
    expect(versionCompareRedirect('/admin/collections/topics/12/versions/340', new URLSearchParams('versionFrom='))).toBeNull()
    expect(versionCompareRedirect('/admin/collections/kits/12/versions/340', new URLSearchParams())).toBeNull()
    expect(versionCompareRedirect('/admin/collections/topics/12/versions', new URLSearchParams())).toBeNull()
    expect(versionCompareRedirect('/admin/collections/topics/12', new URLSearchParams())).toBeNull()
    expect(versionCompareRedirect('/admin/collections/topics/abc/versions/340', new URLSearchParams())).toBeNull()
  })
})
