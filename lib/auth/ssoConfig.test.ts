import { describe, expect, it } from 'vitest'

import { readSsoConfig } from './ssoConfig'

const complete = {
  CARELEAF_OIDC_ISSUER: 'https://login.hospital.example/realms/staff/',
  CARELEAF_OIDC_CLIENT_ID: 'careleaf',
  CARELEAF_OIDC_CLIENT_SECRET: 's3cret',
}

describe('readSsoConfig', () => {
  it('is off unless issuer, client id and secret are all set', () => {
    expect(readSsoConfig({})).toBeNull()
    expect(readSsoConfig({ ...complete, CARELEAF_OIDC_CLIENT_SECRET: '' })).toBeNull()
    expect(readSsoConfig({ ...complete, CARELEAF_OIDC_ISSUER: '  ' })).toBeNull()
    expect(readSsoConfig({ CARELEAF_OIDC_ISSUER: complete.CARELEAF_OIDC_ISSUER, CARELEAF_OIDC_CLIENT_ID: 'careleaf' })).toBeNull()
  })
  it('drops the trailing slash of the issuer (discovery is <issuer>/.well-known/openid-configuration) and names the button', () => {
    expect(readSsoConfig(complete)).toEqual({
      issuer: 'https://login.hospital.example/realms/staff',
      clientId: 'careleaf',
      clientSecret: 's3cret',
      name: 'Hospital SSO',
    })
    expect(readSsoConfig({ ...complete, CARELEAF_OIDC_NAME: 'St Mary’s login' })?.name).toBe('St Mary’s login')
  })
})
