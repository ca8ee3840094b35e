import { type BatchRequest, type BatchResult, readBatchResults, runBatch } from '@oaikit/batches'
import { APIUserAbortError, InvalidInputError, OaikitError } from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { batchApi } from './batch-api.ts'

type Chat = '/v1/chat/completions'

/** `count` chat requests, `refused-…` and `lost-…` ones among them (see `batchApi`). */
const requests = (count: number): BatchRequest<Chat>[] =>
  Array.from({ length: count }, (_, index) => ({
    custom_id:
      index % 50 === 7 ? `refused-${index}` : index % 50 === 9 ? `lost-${index}` : `request-${index}`,
    body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: `Question ${index}` }] },
  }))

const collect = async (results: AsyncIterable<BatchResult<Chat>>) => {
  const byId = new Map<string, BatchResult<Chat>>()
  for await (const result of results) {
    expect(byId.has(result.custom_id)).toBe(false)
    byId.set(result.custom_id, result)
  }
  return byId
}

describe('runBatch', () => {
  it('runs a few thousand requests: one input line each, progress, and every result once by custom_id', async () => {
    const api = batchApi()
    const progress: number[] = []
    const created: string[] = []
    const run = await runBatch(api.client, requests(3_000), {
      endpoint: '/v1/chat/completions',
      batch: { metadata: { job: 'nightly' } },
      onCreated: (batch) => created.push(batch.id),
      onProgress: (counts) => progress.push(counts.completed),
    })
    expect(run.batch.status).toBe('completed')
    expect(created).toEqual([run.batch.id])
    expect(progress).toEqual([0, 1_500, 3_000])
    expect(api.sent.slice(0, 2)).toEqual(['POST /v1/files', 'POST /v1/batches'])
    const [input] = api.inputs
    expect(input).toHaveLength(3_000)
    expect(input![42]).toEqual({
      custom_id: 'request-42',
      method: 'POST',
      url: '/v1/chat/completions',
      body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Question 42' }] },
    })
    const results = await collect(run.results())
    expect(results.size).toBe(3_000)
    const answered = results.get('request-2999')!.response!
    expect(answered.status_code).toBe(200)
    expect(answered.body).toMatchObject({ choices: [{ message: { content: 'answer to request-2999' } }] })
    expect(results.get('refused-7')?.response?.status_code).toBe(400)
    expect(results.get('lost-9')).toMatchObject({ response: null, error: { code: 'batch_expired' } })
  })

  it('reads the output file as it arrives, never whole, and cancels it on break', async () => {
    const api = batchApi({ chunkSize: 1024 })
    const run = await runBatch(api.client, requests(2_000), { endpoint: '/v1/chat/completions' })
    const output = api.files.get(run.batch.output_file_id!)!
    const results = run.results()
    const first = await results.next()
    expect(first.value?.custom_id).toBe('request-1999')
    // The first line is out after the first chunk: the rest of the file is still unsent.
    expect(output.sent).toBeLessThanOrEqual(2 * 1024)
    expect(output.text.length).toBeGreaterThan(100 * 1024)
    let read = 1
    for await (const _ of results) if (++read === 500) break
    expect(output.sent).toBeLessThan(output.text.length / 2)
    expect(output.cancelled).toBe(true)
  })

  it('splits lines across chunks of any size, multi-byte characters included', async () => {
    const api = batchApi({ chunkSize: 7 })
    const run = await runBatch(
      api.client,
      [
        {
          custom_id: 'café-☕',
          body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Un café ?' }] },
        },
        {
          custom_id: 'lost-日本',
          body: { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'こんにちは' }] },
        },
      ],
      { endpoint: '/v1/chat/completions' },
    )
    const results = await collect(run.results())
    expect([...results.keys()].sort()).toEqual(['café-☕', 'lost-日本'])
    expect(results.get('café-☕')?.response?.body).toMatchObject({
      choices: [{ message: { content: 'answer to café-☕' } }],
    })
  })

  it('resumes from a batch id: waits for it and reads its results, without creating anything', async () => {
    const api = batchApi()
    let batchId = ''
    const stop = new AbortController()
    // The process stops while the batch runs (here: its signal aborts the wait at the first check).
    const first = runBatch(api.client, requests(300), {
      endpoint: '/v1/chat/completions',
      onCreated: (batch) => {
        batchId = batch.id
      },
      onProgress: () => stop.abort(),
      signal: stop.signal,
    })
    expect(APIUserAbortError.isInstance(await first.catch((error) => error))).toBe(true)
    expect(batchId).not.toBe('')
    const before = api.sent.length
    const resumed = await runBatch(api.client, { batchId }, { endpoint: '/v1/chat/completions' })
    expect(resumed.batch.status).toBe('completed')
    expect(api.sent.slice(before).every((sent) => sent.startsWith('GET '))).toBe(true)
    expect((await collect(resumed.results())).size).toBe(300)
  })

  it('sends a large input through the Uploads API', async () => {
    const api = batchApi()
    const run = await runBatch(api.client, requests(1_000), {
      endpoint: '/v1/chat/completions',
      uploadThreshold: 1_000,
    })
    expect(api.sent.slice(0, 4)).toEqual([
      'POST /v1/uploads',
      'POST /v1/uploads/upload_1/parts',
      'POST /v1/uploads/upload_1/complete',
      'POST /v1/batches',
    ])
    expect(api.inputs[0]).toHaveLength(1_000)
    expect((await collect(run.results())).size).toBe(1_000)
  })

  it('refuses requests the API would refuse before sending anything', async () => {
    const api = batchApi()
    const body = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'Hi' }] }
    const refusal = (input: BatchRequest<Chat>[]) =>
      runBatch(api.client, input, { endpoint: '/v1/chat/completions' }).catch((error) => error)
    const twice = await refusal([
      { custom_id: 'a', body },
      { custom_id: 'b', body },
      { custom_id: 'a', body },
    ])
    expect(InvalidInputError.isInstance(twice) && twice.message).toBe(
      "batch request 2: custom_id 'a' is used twice",
    )
    const unnamed = await refusal([{ custom_id: '', body }])
    expect(InvalidInputError.isInstance(unnamed) && unnamed.message).toContain(
      'custom_id must be a non-empty string',
    )
    expect(InvalidInputError.isInstance(await refusal([]))).toBe(true)
    expect(api.sent).toEqual([])
  })

  it('names the file and line of a result that is not JSON', async () => {
    const api = batchApi()
    api.files.set('file-broken', {
      text: '{"custom_id":"a","response":null,"error":null}\n{"custom_id":\n',
      sent: 0,
      cancelled: false,
    })
    const results = readBatchResults(api.client, { output_file_id: 'file-broken' })
    expect((await results.next()).value?.custom_id).toBe('a')
    const error = await results.next().catch((error) => error)
    expect(OaikitError.isInstance(error) && error.message).toBe(
      'Line 2 of batch file file-broken is not JSON',
    )
  })
})
