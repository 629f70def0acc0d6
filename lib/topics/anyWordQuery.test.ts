import { describe, expect, it } from 'vitest'

import { anyWordQuery } from './anyWordQuery'

describe('anyWordQuery', () => {
  it('joins the words with "or", whatever the spacing', () => {
    expect(anyWordQuery('knee swelling after surgery')).toBe('knee or swelling or after or surgery')
    expect(anyWordQuery('  back\tpain ')).toBe('back or pain')
    expect(anyWordQuery('sleep')).toBe('sleep')
  })

  it('drops excluded words, phrase quotes and the word "or" itself', () => {
    expect(anyWordQuery('"back pain" -knee')).toBe('back or pain')
    expect(anyWordQuery('neck or shoulder')).toBe('neck or shoulder')
    expect(anyWordQuery('x-ray -')).toBe('x-ray')
  })
})
