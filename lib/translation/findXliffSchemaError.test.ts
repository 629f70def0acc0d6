import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { findXliffSchemaError, xliffSchemaDirectory } from './findXliffSchemaError'

const unit = (segment: string) =>
  `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en-US" trgLang="es-US"><file id="f"><unit id="u">${segment}</unit></file></xliff>`

describe('findXliffSchemaError', () => {
  it('validates against the unmodified OASIS and W3C schema files listed in xliffSchema/README.md', () => {
    const sha256 = (file: string) =>
      crypto
        .createHash('sha256')
        .update(fs.readFileSync(path.join(xliffSchemaDirectory(), file)))
        .digest('hex')
    expect(sha256('xliff_core_2.0.xsd')).toBe('86869fdd384cc4c0bfda9097ded6b2058ccdc027973d5ce6177fceac17e96f89')
    expect(sha256('informativeCopiesOf3rdPartySchemas/w3c/xml.xsd')).toBe('4811c301144dd763dca0cd9f8d0b4029c0a4ad1d84c73132c2531ec5f06ac340')
  })

  it('accepts a valid file and names the line and element of the first error in an invalid one', async () => {
    expect(await findXliffSchemaError(unit('<segment><source xml:space="preserve">Hi</source><target>Hola</target></segment>'))).toBeNull()
    expect(await findXliffSchemaError(unit('<segment><target>Hola</target></segment>'))).toMatch(
      /^line 1: Element 'target': This element is not expected\. Expected is \( source \)\.$/,
    )
    expect(await findXliffSchemaError(unit('<segment><source>Hi <pc>x</pc></source></segment>'))).toMatch(
      /^line 1: Element 'pc': The attribute 'id' is required/,
    )
  })
})
