import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { answerMissingMediaFile } from './answerMissingMediaFile'

let directory: string
const previous = process.env.CARELEAF_MEDIA_DIR

beforeAll(() => {
  directory = fs.mkdtempSync(path.join(os.tmpdir(), 'careleaf-media-'))
  fs.writeFileSync(path.join(directory, 'present.png'), 'png')
  process.env.CARELEAF_MEDIA_DIR = directory
})

afterAll(() => {
  process.env.CARELEAF_MEDIA_DIR = previous
  fs.rmSync(directory, { recursive: true, force: true })
})

describe('answerMissingMediaFile', () => {
  it('answers 404 (not Payload\'s 500) for a file that is not on disk', async () => {
    await expect(answerMissingMediaFile({}, { params: { filename: 'gone.png' } })).rejects.toMatchObject({ status: 404 })
  })

  it('lets Payload serve a file that is there, and judge a name that leaves the folder', async () => {
    expect(await answerMissingMediaFile({}, { params: { filename: 'present.png' } })).toBeUndefined()
    expect(await answerMissingMediaFile({}, { params: { filename: '../etc/passwd' } })).toBeUndefined()
  })
})
