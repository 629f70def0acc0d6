import { describe, expect, it } from 'vitest'

import { parseCodeQuery } from './parseCodeQuery'

describe('parseCodeQuery', () => {
  it('reads an ICD-10-CM category or code in any case, with or without the dot, and matches its children', () => {
    for (const query of ['M54', 'm54', 'M54.', ' m54 ']) expect(parseCodeQuery(query), query).toEqual({ code: 'M54', matchChildren: true })
    for (const query of ['M54.6', 'm546', 'm54.6']) expect(parseCodeQuery(query), query).toEqual({ code: 'M54.6', matchChildren: true })
    expect(parseCodeQuery('S22.080A')).toEqual({ code: 'S22.080A', matchChildren: true })
  })

  it('reads a SNOMED CT id as itself only', () => {
    expect(parseCodeQuery('161891005')).toEqual({ code: '161891005', matchChildren: false })
  })

  it('leaves words, partial categories and other text to the word search', () => {
    for (const query of ['back pain', 'M5', 'M', 'sleep', '12345', 'M54%', 'M54_6', "M54'", 'M54.6.1', '']) expect(parseCodeQuery(query), query).toBeNull()
  })
})
