import { describe, expect, it } from 'vitest'

import { ICD10CM_OID, InfobuttonQueryError, parseInfobuttonQuery, SNOMEDCT_OID } from './parseInfobuttonQuery'

const parse = (query: string) => parseInfobuttonQuery(new URLSearchParams(query))

describe('parseInfobuttonQuery', () => {
  it('reads a MedlinePlus Connect problem request, with its defaults', () => {
    expect(parse(`mainSearchCriteria.v.cs=${ICD10CM_OID}&mainSearchCriteria.v.c=m546`)).toEqual({
      code: { system: 'icd10cm', code: 'M54.6' },
      codeSystemOid: ICD10CM_OID,
      unknownCodeSystem: false,
      displayName: null,
      recipient: 'PAT',
      language: 'en',
      responseType: 'atom',
    })
    expect(
      parse(
        `mainSearchCriteria.v.cs=${SNOMEDCT_OID}&mainSearchCriteria.v.c=161891005&informationRecipient=PROV&informationRecipient.languageCode.c=es&knowledgeResponseType=application/json`,
      ),
    ).toMatchObject({ code: { system: 'snomedct', code: '161891005' }, recipient: 'PROV', language: 'es', responseType: 'json' })
  })

  it('answers another code system with no code (an empty feed), not an error', () => {
    expect(parse('mainSearchCriteria.v.cs=2.16.840.1.113883.6.88&mainSearchCriteria.v.c=197361&mainSearchCriteria.v.dn=Amlodipine')).toMatchObject({
      code: null,
      unknownCodeSystem: true,
    })
  })

  it('refuses JSONP and patient parameters other than age and gender, without repeating the value', () => {
    expect(() => parse('mainSearchCriteria.v.c=M54.6&callback=steal')).toThrow(InfobuttonQueryError)
    expect(parse('mainSearchCriteria.v.c=M54.6&patientPerson.age.v.v=54&patientPerson.age.v.u=a&patientPerson.administrativeGenderCode.c=F').code).toEqual({
      system: 'icd10cm',
      code: 'M54.6',
    })
    for (const name of ['patientPerson.name', 'patientPerson.id', 'patientPerson.birthTime']) {
      let message = ''
      try {
        parse(`mainSearchCriteria.v.c=M54.6&${name}=Jane%20Roe`)
      } catch (error) {
        message = (error as Error).message
      }
      expect(message).toMatch(/age and gender/)
      expect(message).not.toContain('Jane')
    }
  })

  it('refuses what it cannot answer faithfully', () => {
    expect(() => parse('informationRecipient=PAT')).toThrow(/mainSearchCriteria/)
    expect(() => parse('mainSearchCriteria.v.c=back%20pain')).toThrow(/ICD-10-CM/)
    expect(() => parse(`mainSearchCriteria.v.cs=${SNOMEDCT_OID}&mainSearchCriteria.v.c=M54`)).toThrow(/SNOMED/)
    expect(() => parse('mainSearchCriteria.v.c=M54&informationRecipient=PAYOR')).toThrow(/PAT or PROV/)
    expect(() => parse('mainSearchCriteria.v.c=M54&informationRecipient.languageCode.c=fr')).toThrow(/en or es/)
    expect(() => parse('mainSearchCriteria.v.c=M54&knowledgeResponseType=text/html')).toThrow(/knowledgeResponseType/)
  })
})
