// A contract subset of the built packages on Node 20, against the local mock server: one JSON, one
// streaming, one multipart, one binary and one paginated operation.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createSpeech } from '../../packages/audio/dist/index.js'
import { createChatCompletion, createChatCompletionStream } from '../../packages/chat/dist/index.js'
import { createClient } from '../../packages/core/dist/index.js'
import { createFile, listFiles } from '../../packages/files/dist/index.js'

const { api } = JSON.parse(process.env.OAIKIT_TEST_SERVERS ?? 'null') ?? {}
const client = createClient({ apiKey: 'sk-test-key', baseURL: api })
const messages = [{ role: 'user', content: 'Hello' }]

test('JSON: createChatCompletion', async () => {
  const completion = await createChatCompletion(client, { model: 'gpt-4o', messages })
  assert.equal(completion.object, 'chat.completion')
  assert.equal(typeof completion.choices[0].message.content, 'string')
})

test('streaming: createChatCompletionStream yields chunks until [DONE]', async () => {
  const chunks = []
  for await (const chunk of await createChatCompletionStream(client, { model: 'gpt-4o', messages }))
    chunks.push(chunk)
  assert.ok(chunks.length > 0)
  for (const chunk of chunks) assert.equal(chunk.object, 'chat.completion.chunk')
})

test('multipart: createFile uploads a File', async () => {
  const file = await createFile(client, { file: new File(['{}\n'], 'data.jsonl'), purpose: 'batch' })
  assert.equal(file.object, 'file')
})

test('binary: createSpeech resolves a Response with audio bytes', async () => {
  const response = await createSpeech(client, { model: 'tts-1', input: 'Hello', voice: 'alloy' })
  assert.ok(response instanceof Response)
  assert.ok((await response.arrayBuffer()).byteLength > 0)
})

test('pagination: listFiles iterates every item and exposes the first page', async () => {
  const page = await listFiles(client, { limit: 2 })
  assert.equal(page.object, 'list')
  const ids = []
  for await (const file of listFiles(client, { limit: 2 })) ids.push(file.id)
  assert.ok(ids.length >= page.data.length)
})
