import { describe, expect, it } from 'vitest'

import { libraryHref, pageCountFor, pagerPages, parsePageNumber, shownRange } from './libraryPaging'

describe('parsePageNumber', () => {
  it('reads a positive whole number, and page 1 when there is none', () => {
    expect(parsePageNumber(undefined)).toEqual({ page: 1, valid: true })
    expect(parsePageNumber('')).toEqual({ page: 1, valid: true })
    expect(parsePageNumber('2')).toEqual({ page: 2, valid: true })
    expect(parsePageNumber('99999')).toEqual({ page: 99999, valid: true })
  })

  it('flags anything else as not a page number, on page 1', () => {
    for (const raw of ['-1', '0', 'abc', '2.5', '1e3', '0x10', '9999999999', ' ', '１']) expect(parsePageNumber(raw), raw).toEqual({ page: 1, valid: false })
  })
})

describe('paging figures', () => {
  it('counts pages of 25 and the range a page shows', () => {
    expect(pageCountFor(0)).toBe(1)
    expect(pageCountFor(25)).toBe(1)
    expect(pageCountFor(312)).toBe(13)
    expect(shownRange({ page: 2, total: 312 })).toEqual({ first: 26, last: 50 })
    expect(shownRange({ page: 13, total: 312 })).toEqual({ first: 301, last: 312 })
  })

  it('shows the first, the last and two pages either side of the current one', () => {
    expect(pagerPages(1, 1)).toEqual([1])
    expect(pagerPages(1, 13)).toEqual([1, 2, 3, null, 13])
    expect(pagerPages(7, 13)).toEqual([1, null, 5, 6, 7, 8, 9, null, 13])
    expect(pagerPages(4, 6)).toEqual([1, 2, 3, 4, 5, 6])
  })

  it('keeps the search and the category in every page link', () => {
    expect(libraryHref({})).toBe('/library')
    expect(libraryHref({ query: ' back pain ', categoryId: 3, page: 2 })).toBe('/library?q=back+pain&category=3&page=2')
    expect(libraryHref({ query: 'M54', page: 1 })).toBe('/library?q=M54')
    expect(libraryHref({ query: 'M54', picked: ['knee-pain', 'back-pain'] })).toBe('/library?q=M54&topic=knee-pain&topic=back-pain')
  })
})
