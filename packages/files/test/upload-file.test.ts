import { APIError, APIUserAbortError, InvalidInputError } from '@oaikit/core'
import { uploadFile } from '@oaikit/files'
import { responseIssue } from '@oaikit/testing'
import { describe, expect, it } from 'vitest'
import { type UploadsApi, uploadsApi } from './uploads-api.ts'

const file = new File(['abcdefghij'], 'data.jsonl', { type: 'application/jsonl' })
const jsonl = { filename: 'data.jsonl', mimeType: 'application/jsonl' }

const bytesOf = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(new TextEncoder().encode(chunk))
      controller.close()
    },
  })

/** What a failed upload rejected with (its result, which the assertions then refuse, when it did not fail). */
const caught = (error: unknown) => error

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once `count` parts have been sent, or after 200 ms (so that a wrong count fails rather than hangs). */
const partsSent = (api: UploadsApi, count: number) =>
  new Promise<void>((resolve) => {
    const poll = () => (api.of('addUploadPart').length >= count ? resolve() : setTimeout(poll, 1))
    poll()
    setTimeout(resolve, 200)
  })

const serverError = () =>
  Response.json(
    { error: { message: 'The server had an error', type: 'server_error', param: null, code: null } },
    { status: 500 },
  )

const abortOf = (signal: AbortSignal) =>
  new Promise<never>((_, reject) => {
    if (signal.aborted) reject(signal.reason)
    signal.addEventListener('abort', () => reject(signal.reason))
  })

describe('uploadFile', () => {
  it('creates the upload, sends each part and completes with the part ids in file order', async () => {
    const api = uploadsApi()
    const upload = await uploadFile(api.client, { file, purpose: 'fine-tune', partSize: 4 })
    expect(api.of('createUpload')).toEqual([
      { bytes: 10, filename: 'data.jsonl', mime_type: 'application/jsonl', purpose: 'fine-tune' },
    ])
    expect(api.of('addUploadPart').sort()).toEqual(['abcd', 'efgh', 'ij'])
    expect(api.of('completeUpload')).toEqual([['part_abcd', 'part_efgh', 'part_ij']])
    expect(api.of('cancelUpload')).toEqual([])
    expect(responseIssue('completeUpload', upload)).toBeUndefined()
  })

  it('sends a small file as one 64 MiB part by default', async () => {
    const api = uploadsApi()
    await uploadFile(api.client, { file, purpose: 'batch' })
    expect(api.calls.map((call) => call.operation)).toEqual([
      'createUpload',
      'addUploadPart',
      'completeUpload',
    ])
    expect(api.of('completeUpload')).toEqual([['part_abcdefghij']])
  })

  it('sends at most `concurrency` parts at once and keeps file order when the first part finishes last', async () => {
    const api: UploadsApi = uploadsApi(async ({ operation, detail }) => {
      if (operation === 'addUploadPart' && detail === 'abcd') await partsSent(api, 5)
      return undefined
    })
    const alphabet = new File(['abcdefghijklmnopqrs'], 'letters.txt', { type: 'text/plain' })
    await uploadFile(api.client, { file: alphabet, purpose: 'assistants', partSize: 4, concurrency: 2 })
    expect(api.peak).toBe(2)
    expect(api.of('completeUpload')).toEqual([
      ['part_abcd', 'part_efgh', 'part_ijkl', 'part_mnop', 'part_qrs'],
    ])
  })

  it('sends three parts at once by default', async () => {
    const api: UploadsApi = uploadsApi(async ({ operation }) => {
      if (operation === 'addUploadPart') await partsSent(api, 3)
      return undefined
    })
    await uploadFile(api.client, { file, purpose: 'assistants', partSize: 2 })
    expect(api.peak).toBe(3)
    expect(api.of('addUploadPart')).toHaveLength(5)
  })

  it('uploads a stream of a known size, its chunks regrouped into parts', async () => {
    const api = uploadsApi()
    const stream = bytesOf('abc', 'defghij', '', 'k')
    await uploadFile(api.client, { file: stream, bytes: 11, ...jsonl, purpose: 'batch', partSize: 4 })
    expect(api.of('createUpload')).toEqual([
      { bytes: 11, filename: 'data.jsonl', mime_type: 'application/jsonl', purpose: 'batch' },
    ])
    expect(api.of('completeUpload')).toEqual([['part_abcd', 'part_efgh', 'part_ijk']])
  })

  it('retries a failed part on its own', async () => {
    let failures = 1
    const api = uploadsApi(({ operation, detail }) =>
      operation === 'addUploadPart' && detail === 'efgh' && failures-- > 0 ? serverError() : undefined,
    )
    await uploadFile(api.client, { file, purpose: 'batch', partSize: 4, concurrency: 1 })
    expect(api.of('addUploadPart')).toEqual(['abcd', 'efgh', 'efgh', 'ij'])
    expect(api.of('completeUpload')).toEqual([['part_abcd', 'part_efgh', 'part_ij']])
  })

  it('cancels the upload and throws the APIError when a part fails, sending no further part', async () => {
    const api = uploadsApi(({ operation, detail }) =>
      operation === 'addUploadPart' && detail === 'efgh' ? serverError() : undefined,
    )
    const error = await uploadFile(
      api.client,
      { file, purpose: 'batch', partSize: 4, concurrency: 1 },
      { maxRetries: 0 },
    ).catch(caught)
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ status: 500 })
    expect(api.of('addUploadPart')).toEqual(['abcd', 'efgh'])
    expect(api.of('completeUpload')).toEqual([])
    expect(api.of('cancelUpload')).toEqual(['upload_abc123'])
  })

  it('aborts the parts in flight when one fails', async () => {
    const aborted: string[] = []
    let othersSent: () => void
    const others = new Promise<void>((resolve) => {
      othersSent = resolve
    })
    const api = uploadsApi(async ({ operation, detail }, request) => {
      if (operation !== 'addUploadPart') return undefined
      if (detail === 'abcd') return others.then(serverError)
      if (api.of('addUploadPart').length === 3) othersSent()
      return abortOf(request.signal).catch((reason) => {
        aborted.push(detail as string)
        throw reason
      })
    })
    const error = await uploadFile(
      api.client,
      { file, purpose: 'batch', partSize: 4 },
      { maxRetries: 0 },
    ).catch(caught)
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ status: 500 })
    expect(aborted.sort()).toEqual(['efgh', 'ij'])
    expect(api.of('completeUpload')).toEqual([])
    expect(api.of('cancelUpload')).toEqual(['upload_abc123'])
  })

  it('cancels the upload when completing it fails', async () => {
    const api = uploadsApi(({ operation }) => (operation === 'completeUpload' ? serverError() : undefined))
    const error = await uploadFile(
      api.client,
      { file, purpose: 'batch', partSize: 4 },
      { maxRetries: 0 },
    ).catch(caught)
    expect(APIError.isInstance(error)).toBe(true)
    expect(api.of('cancelUpload')).toEqual(['upload_abc123'])
  })

  it('throws the APIError of createUpload, cancelling the stream and no upload', async () => {
    let cancelled: unknown
    const stream = new ReadableStream<Uint8Array>({
      cancel(reason) {
        cancelled = reason
      },
    })
    const api = uploadsApi(({ operation }) => (operation === 'createUpload' ? serverError() : undefined))
    const error = await uploadFile(
      api.client,
      { file: stream, bytes: 4, ...jsonl, purpose: 'batch' },
      { maxRetries: 0 },
    ).catch(caught)
    expect(APIError.isInstance(error)).toBe(true)
    await delay(0)
    expect(APIError.isInstance(cancelled)).toBe(true)
    expect(api.calls.map((call) => call.operation)).toEqual(['createUpload'])
  })

  it('stops at an abort: the part in flight is aborted, no further part is sent, the upload is cancelled', async () => {
    const controller = new AbortController()
    const api = uploadsApi(({ operation }, request) => {
      if (operation !== 'addUploadPart') return undefined
      setTimeout(() => controller.abort('user left'), 1)
      return abortOf(request.signal)
    })
    const error = await uploadFile(
      api.client,
      { file, purpose: 'batch', partSize: 4, concurrency: 1 },
      { signal: controller.signal },
    ).catch(caught)
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ cause: 'user left' })
    expect(api.of('addUploadPart')).toEqual(['abcd'])
    expect(api.of('completeUpload')).toEqual([])
    expect(api.of('cancelUpload')).toEqual(['upload_abc123'])
  })

  it('stops at an abort while a stream holds back its bytes, cancelling the stream', async () => {
    let cancelled: unknown
    const stalled = new ReadableStream<Uint8Array>({
      cancel(reason) {
        cancelled = reason
      },
    })
    const controller = new AbortController()
    const api = uploadsApi()
    setTimeout(() => controller.abort(), 20)
    const error = await uploadFile(
      api.client,
      { file: stalled, bytes: 8, ...jsonl, purpose: 'batch' },
      { signal: controller.signal },
    ).catch(caught)
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    await delay(0)
    expect(APIUserAbortError.isInstance(cancelled)).toBe(true)
    expect(api.of('addUploadPart')).toEqual([])
    expect(api.of('cancelUpload')).toEqual(['upload_abc123'])
  })

  it('sends nothing when the signal has already aborted', async () => {
    const api = uploadsApi()
    const error = await uploadFile(
      api.client,
      { file, purpose: 'batch' },
      { signal: AbortSignal.abort() },
    ).catch(caught)
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    expect(api.calls).toEqual([])
  })

  it.each([
    ['holds fewer bytes than declared', bytesOf('abc'), 4],
    ['holds more bytes than declared', bytesOf('abcdef', 'gh'), 4],
  ])('throws an InvalidInputError and cancels the upload when a stream %s', async (_, stream, bytes) => {
    const api = uploadsApi()
    const error = await uploadFile(api.client, {
      file: stream,
      bytes,
      ...jsonl,
      purpose: 'batch',
      partSize: 2,
    }).catch(caught)
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(api.of('completeUpload')).toEqual([])
    expect(api.of('cancelUpload')).toEqual(['upload_abc123'])
  })

  it('throws an InvalidInputError, with the cause, when a stream fails', async () => {
    const broken = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('disk unplugged'))
      },
    })
    const api = uploadsApi()
    const error = await uploadFile(api.client, { file: broken, bytes: 4, ...jsonl, purpose: 'batch' }).catch(
      caught,
    )
    expect(InvalidInputError.isInstance(error) && (error.cause as Error).message === 'disk unplugged').toBe(
      true,
    )
    expect(api.of('cancelUpload')).toEqual(['upload_abc123'])
  })

  it.each([
    ['a part size of 0', { file, partSize: 0 }],
    ['a part size over 64 MiB', { file, partSize: 64 * 1024 * 1024 + 1 }],
    ['a fractional part size', { file, partSize: 1.5 }],
    ['a concurrency of 0', { file, concurrency: 0 }],
    ['a stream without its size', { file: bytesOf('abc'), ...jsonl }],
    ['a Blob without a filename', { file: new Blob(['abc'], { type: 'text/plain' }) }],
    ['a File without a type', { file: new File(['abc'], 'data.jsonl') }],
    ['a string for a file', { file: 'abc' as unknown as Blob, ...jsonl }],
    ['no file', { file: null as unknown as Blob, ...jsonl }],
  ])('throws an InvalidInputError, sending nothing, for %s', async (_, input) => {
    const api = uploadsApi()
    const error = await uploadFile(api.client, { purpose: 'batch', ...input }).catch(caught)
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(api.calls).toEqual([])
  })
})
