import { describe, expect, it } from 'vitest'

import { changedFieldNames } from './changedFieldNames'

describe('changedFieldNames', () => {
  it('names changed, added and removed fields, ignoring save bookkeeping', () => {
    expect(
      changedFieldNames(
        { id: 1, name: 'Clinic', phone: '(555) 010-0199', address: 'Old', updatedAt: 'a', globalType: 'clinic' },
        { id: 1, name: 'Clinic', phone: '(555) 010-0100', accentColor: '#0b5450', updatedAt: 'b', globalType: 'clinic' },
      ),
    ).toEqual(['accentColor', 'address', 'phone'])
  })

  it('compares a related document by id, populated or not, and null like missing', () => {
    expect(changedFieldNames({ logo: { id: 4, url: '/x.png' }, address: null }, { logo: 4 })).toEqual([])
    expect(changedFieldNames({ logo: 4 }, { logo: 5 })).toEqual(['logo'])
  })
})
