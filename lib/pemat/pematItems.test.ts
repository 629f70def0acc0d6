import { describe, expect, it } from 'vitest'

import { PEMAT_P_ITEMS } from './pematItems'

describe('PEMAT_P_ITEMS', () => {
  it('has the 24 print items: understandability 1–12 and 15–19, actionability 20–26', () => {
    expect(PEMAT_P_ITEMS).toHaveLength(24)
    expect(PEMAT_P_ITEMS.filter((item) => item.domain === 'understandability').map((item) => item.number)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15, 16, 17, 18, 19,
    ])
    expect(PEMAT_P_ITEMS.filter((item) => item.domain === 'actionability').map((item) => item.number)).toEqual([20, 21, 22, 23, 24, 25, 26])
  })

  it('uses the guide’s wording', () => {
    expect(PEMAT_P_ITEMS[0]!.text).toBe('The material makes its purpose completely evident.')
    expect(PEMAT_P_ITEMS.find((item) => item.number === 20)!.text).toBe('The material clearly identifies at least one action the user can take.')
  })

  it('allows N/A only where the guide does: numbers, very short material, no visual aids, no tables, no calculations, no charts', () => {
    expect(PEMAT_P_ITEMS.filter((item) => item.notApplicableWhen).map((item) => item.number)).toEqual([6, 8, 9, 11, 16, 17, 18, 19, 24, 25])
  })

  it('leaves the judgement items to the person', () => {
    expect(PEMAT_P_ITEMS.filter((item) => item.judgement).map((item) => item.number)).toEqual([1, 2, 3, 4, 7, 10, 16, 18])
  })
})
