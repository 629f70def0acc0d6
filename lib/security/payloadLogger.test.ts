import { Writable } from 'node:stream'

import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { payloadLoggerOptions } from './payloadLogger'

function capturingLogger() {
  const lines: string[] = []
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'))
      done()
    },
  })
  return { logger: pino(payloadLoggerOptions, destination), lines }
}

function failedInsert(): Error {
  return Object.assign(
    new Error('Failed query: insert into "handouts" ("patient_name", "instructions") values ($1, $2)\nparams: Jane Q Patient,Take two tablets'),
    {
      name: 'DrizzleQueryError',
      params: ['Jane Q Patient', 'Take two tablets'],
      cause: Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00'), { detail: 'Jane Q Patient' }),
    },
  )
}

describe('payloadLoggerOptions', () => {
  it('logs a failed query as Payload does ({ err }) without its parameters', () => {
    const { logger, lines } = capturingLogger()
    logger.error({ err: failedInsert() })
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toContain('Jane Q Patient')
    expect(lines[0]).not.toContain('Take two tablets')
    expect(JSON.parse(lines[0]!).err).toMatchObject({ type: 'DrizzleQueryError', message: expect.stringContaining('params: [redacted]') })
  })

  it('logs a bare error and an error under another key without parameters', () => {
    const { logger, lines } = capturingLogger()
    logger.error(failedInsert())
    logger.error({ msg: 'while creating', error: failedInsert() })
    for (const line of lines) expect(line).not.toContain('Jane Q Patient')
  })

  it('escapes control characters in messages, so input cannot forge a line', () => {
    const { logger, lines } = capturingLogger()
    logger.info('unknown email x@y.z\n[12:00:00] INFO: forged')
    logger.warn({ msg: 'a\u0000b\rc' })
    expect(JSON.parse(lines[0]!).msg).toBe('unknown email x@y.z\\n[12:00:00] INFO: forged')
    expect(JSON.parse(lines[1]!).msg).toBe('a\\u0000b\\rc')
  })
})
