import { createClient, InvalidInputError } from '@oaikit/core'
import { createMockTransport } from '@oaikit/testing'
import {
  createVectorStoreFileAndPoll,
  createVectorStoreFileBatchAndPoll,
  pollVectorStoreFile,
  pollVectorStoreFileBatch,
  uploadVectorStoreFileAndPoll,
  uploadVectorStoreFileBatchAndPoll,
} from '@oaikit/vector-stores'
import { describe, expect, it } from 'vitest'
import { statusApi } from '../../../runtime-tests/status-api.ts'

const file = (name: string) => new File([`text of ${name}`], name, { type: 'text/plain' })

describe('waits for vector store files', () => {
  it('pollVectorStoreFile checks until the file is no longer in progress', async () => {
    const { client, sent } = statusApi('in_progress', 'in_progress', 'failed')
    const done = await pollVectorStoreFile(client, 'vs_1', 'file-1')
    expect(done.status).toBe('failed')
    expect(sent).toEqual(Array(3).fill('GET /v1/vector_stores/vs_1/files/file-1'))
  })

  it('createVectorStoreFileAndPoll and uploadVectorStoreFileAndPoll add the file, then wait', async () => {
    const created = statusApi('in_progress', 'completed')
    expect((await createVectorStoreFileAndPoll(created.client, 'vs_1', { file_id: 'file-1' })).status).toBe(
      'completed',
    )
    expect(created.sent).toHaveLength(3)
    const uploaded = statusApi('completed')
    expect(
      (await uploadVectorStoreFileAndPoll(uploaded.client, 'vs_1', { file: file('a.txt') })).status,
    ).toBe('completed')
    expect(uploaded.sent.slice(0, 2)).toEqual(['POST /v1/files', 'POST /v1/vector_stores/vs_1/files'])
  })

  it('pollVectorStoreFileBatch and createVectorStoreFileBatchAndPoll wait for the batch', async () => {
    const polled = statusApi('in_progress', 'cancelled')
    expect((await pollVectorStoreFileBatch(polled.client, 'vs_1', 'vsfb_1')).status).toBe('cancelled')
    expect(polled.sent).toEqual(Array(2).fill('GET /v1/vector_stores/vs_1/file_batches/vsfb_1'))
    const created = statusApi('completed')
    const batch = await createVectorStoreFileBatchAndPoll(created.client, 'vs_1', { file_ids: ['file-1'] })
    expect(batch.status).toBe('completed')
    expect(created.sent[0]).toBe('POST /v1/vector_stores/vs_1/file_batches')
  })

  it('uploadVectorStoreFileBatchAndPoll uploads a few files at a time, then batches them with fileIds', async () => {
    const mock = createMockTransport()
    let inFlight = 0
    let peak = 0
    let uploads = 0
    let batchBody: { file_ids?: string[] } | undefined
    const client = createClient({
      apiKey: 'test-key',
      transport: async (request) => {
        const path = new URL(request.url).pathname
        if (path.endsWith('/file_batches')) batchBody = await request.clone().json()
        if (request.method === 'GET')
          return Response.json({ ...(await (await mock(request)).json()), status: 'completed' })
        if (path !== '/v1/files') return mock(request)
        peak = Math.max(peak, ++inFlight)
        try {
          const answer = await mock(request)
          await new Promise((resolve) => setTimeout(resolve, 5))
          return Response.json({ ...(await answer.json()), id: `file-up${++uploads}` })
        } finally {
          inFlight--
        }
      },
    })
    const files = Array.from({ length: 7 }, (_, index) => file(`${index}.txt`))
    await uploadVectorStoreFileBatchAndPoll(client, 'vs_1', { files, fileIds: ['file-old'], concurrency: 2 })
    expect(uploads).toBe(7)
    expect(peak).toBe(2)
    expect(batchBody?.file_ids?.[0]).toBe('file-old')
    expect([...(batchBody?.file_ids ?? [])].sort()).toEqual(
      ['file-old', ...files.map((_, index) => `file-up${index + 1}`)].sort(),
    )
  })

  it('uploadVectorStoreFileBatchAndPoll stops uploading at the first failure and creates no batch', async () => {
    const mock = createMockTransport()
    const sent: string[] = []
    const client = createClient({
      apiKey: 'test-key',
      maxRetries: 0,
      transport: async (request) => {
        sent.push(new URL(request.url).pathname)
        if (sent.length === 2)
          return Response.json(
            { error: { message: 'Bad file', type: 'invalid_request_error' } },
            { status: 400 },
          )
        return mock(request)
      },
    })
    const files = Array.from({ length: 6 }, (_, index) => file(`${index}.txt`))
    await expect(
      uploadVectorStoreFileBatchAndPoll(client, 'vs_1', { files, concurrency: 1 }),
    ).rejects.toThrow('Bad file')
    expect(sent).toEqual(['/v1/files', '/v1/files'])
    const refused = await uploadVectorStoreFileBatchAndPoll(client, 'vs_1', {
      files,
      concurrency: Number.NaN,
    }).catch((error) => error)
    expect(InvalidInputError.isInstance(refused) && refused.message).toBe(
      'concurrency must be a positive integer, not NaN',
    )
    expect(sent).toHaveLength(2)
  })
})
