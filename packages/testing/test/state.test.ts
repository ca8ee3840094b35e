import { createBatch, listBatches, retrieveBatch } from '@oaikit/batches'
import { createResponse, deleteResponse, getResponse } from '@oaikit/chat'
import {
  createConversation,
  deleteConversation,
  getConversation,
  updateConversation,
} from '@oaikit/conversations'
import { APIError } from '@oaikit/core'
import { createFile, deleteFile, downloadFile, listFiles, retrieveFile, uploadFile } from '@oaikit/files'
import { createMock, responseIssue } from '@oaikit/testing'
import {
  createVectorStore,
  deleteVectorStore,
  getVectorStore,
  listVectorStores,
  modifyVectorStore,
} from '@oaikit/vector-stores'
import { afterEach, describe, expect, it } from 'vitest'
import { type Harness, harnesses, rejection } from './mock-harness.ts'

const jsonl = (count: number): File =>
  new File(
    [Array.from({ length: count }, (_, index) => `{"n":${index}}`).join('\n')],
    `batch-${count}.jsonl`,
    {
      type: 'application/jsonl',
    },
  )

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

for (const [name, connect] of harnesses)
  describe(`state of one mock (${name})`, () => {
    let mock: Harness
    afterEach(async () => {
      await mock.close()
    })

    it('stores an uploaded file with its real name and size, retrieves, downloads and deletes it', async () => {
      mock = await connect()
      const file = jsonl(3)
      const created = await createFile(mock.client, { file, purpose: 'batch' })
      expect(created).toMatchObject({ filename: 'batch-3.jsonl', bytes: file.size, purpose: 'batch' })
      expect(created.created_at).toBeGreaterThan(Date.now() / 1000 - 60)
      expect(responseIssue('createFile', created)).toBeUndefined()
      expect(await retrieveFile(mock.client, created.id)).toEqual(created)
      const content = await downloadFile(mock.client, created.id)
      expect(await content.text()).toBe(await file.text())
      expect(await deleteFile(mock.client, created.id)).toMatchObject({ id: created.id, deleted: true })
      const error = await rejection(retrieveFile(mock.client, created.id))
      expect(APIError.isInstance(error) && error.status).toBe(404)
    })

    it('lists in real pages, newest first, with has_more and cursors', async () => {
      mock = await connect()
      const ids: string[] = []
      for (let count = 1; count <= 5; count++)
        ids.push((await createFile(mock.client, { file: jsonl(count), purpose: 'batch' })).id)
      const first = await listFiles(mock.client, { limit: 2 })
      expect(first.data.map((file) => file.id)).toEqual([ids[4], ids[3]])
      expect(first).toMatchObject({ has_more: true, first_id: ids[4], last_id: ids[3] })
      expect(responseIssue('listFiles', first)).toBeUndefined()
      const all = await collect(listFiles(mock.client, { limit: 2 }))
      expect(all.map((file) => file.id)).toEqual([...ids].reverse())
      const last = await listFiles(mock.client, { limit: 2, after: ids[1] })
      expect(last.data.map((file) => file.id)).toEqual([ids[0]])
      expect(last.has_more).toBe(false)
      const oldest = await listFiles(mock.client, { limit: 2, order: 'asc' })
      expect(oldest.data.map((file) => file.id)).toEqual([ids[0], ids[1]])
    })

    it('completes an upload with its file, whose name, size and content are the parts', async () => {
      mock = await connect()
      const file = jsonl(40)
      const upload = await uploadFile(mock.client, { file, purpose: 'batch', partSize: 64 })
      expect(upload.status).toBe('completed')
      expect(upload.file).toMatchObject({ filename: file.name, bytes: file.size, purpose: 'batch' })
      expect(responseIssue('completeUpload', upload)).toBeUndefined()
      const content = await downloadFile(mock.client, upload.file!.id)
      expect(await content.text()).toBe(await file.text())
      expect((await listFiles(mock.client)).data.map((entry) => entry.id)).toEqual([upload.file!.id])
    })

    it('keeps vector stores: create, modify, list, delete', async () => {
      mock = await connect()
      const store = await createVectorStore(mock.client, { name: 'Docs' })
      expect(store.name).toBe('Docs')
      expect((await modifyVectorStore(mock.client, store.id, { name: 'Manuals' })).name).toBe('Manuals')
      expect((await getVectorStore(mock.client, store.id)).name).toBe('Manuals')
      expect((await listVectorStores(mock.client)).data.map((entry) => entry.id)).toEqual([store.id])
      await deleteVectorStore(mock.client, store.id)
      expect((await listVectorStores(mock.client)).data).toEqual([])
    })

    it('keeps batches and the responses it answered', async () => {
      mock = await connect()
      const input = await createFile(mock.client, { file: jsonl(1), purpose: 'batch' })
      const batch = await createBatch(mock.client, {
        input_file_id: input.id,
        endpoint: '/v1/chat/completions',
        completion_window: '24h',
      })
      expect(batch.input_file_id).toBe(input.id)
      expect((await retrieveBatch(mock.client, batch.id)).id).toBe(batch.id)
      expect((await listBatches(mock.client)).data.map((entry) => entry.id)).toEqual([batch.id])
      const response = await createResponse(mock.client, { model: 'gpt-4o-mini', input: 'Hi' })
      expect((await getResponse(mock.client, response.id)).id).toBe(response.id)
      await deleteResponse(mock.client, response.id)
      expect(APIError.isInstance(await rejection(getResponse(mock.client, response.id)))).toBe(true)
    })
    it('keeps conversations, a collection the newer spec brought', async () => {
      mock = await connect()
      const conversation = await createConversation(mock.client, { metadata: { topic: 'demo' } })
      expect(conversation.metadata).toEqual({ topic: 'demo' })
      const updated = await updateConversation(mock.client, conversation.id, { metadata: { topic: 'tests' } })
      expect(updated.metadata).toEqual({ topic: 'tests' })
      expect((await getConversation(mock.client, conversation.id)).metadata).toEqual({ topic: 'tests' })
      await deleteConversation(mock.client, conversation.id)
      const error = await rejection(getConversation(mock.client, conversation.id))
      expect(APIError.isInstance(error) && error.status).toBe(404)
    })
  })

describe('resetting a mock', () => {
  it('forgets objects, scripts and requests', async () => {
    const mock = createMock()
    mock.script('createChatCompletion', { text: 'queued' })
    const transport = mock.transport
    const created = await transport(
      new Request('https://api.openai.com/v1/vector_stores', {
        method: 'POST',
        headers: { authorization: 'Bearer test-key', 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'Temp' }),
      }),
    )
    const { id } = (await created.json()) as { id: string }
    expect(mock.requests).toHaveLength(1)
    mock.reset()
    expect([mock.pending(), mock.requests.length]).toEqual([0, 0])
    const retrieved = await transport(
      new Request(`https://api.openai.com/v1/vector_stores/${id}`, {
        headers: { authorization: 'Bearer test-key' },
      }),
    )
    expect(((await retrieved.json()) as { name: string }).name).not.toBe('Temp')
  })
})
