// Smoke test of the built packages on Node 20, against the local mock server.
import assert from 'node:assert/strict'
import { test } from 'node:test'
import { createClient } from '../../packages/core/dist/index.js'
import { listModels } from '../../packages/models/dist/index.js'

const { api } = JSON.parse(process.env.OAIKIT_TEST_SERVERS ?? 'null') ?? {}

test('listModels reaches the mock server and parses the list', async () => {
  assert.ok(api, 'OAIKIT_TEST_SERVERS is not set: run through `pnpm test:node20`')
  const client = createClient({ apiKey: 'sk-test-key', baseURL: api })
  const models = await listModels(client)
  assert.equal(models.object, 'list')
  assert.ok(models.data.length > 0)
  for (const model of models.data) assert.equal(model.object, 'model')
})

test('listModels sends GET /models with the key (injected transport)', async () => {
  const sent = []
  const client = createClient({
    apiKey: 'sk-test-key',
    baseURL: 'https://api.example.test/v1',
    transport: async (request) => {
      sent.push(request)
      return Response.json({ object: 'list', data: [] })
    },
  })
  await listModels(client)
  assert.equal(sent.length, 1)
  assert.equal(sent[0].method, 'GET')
  assert.equal(sent[0].url, 'https://api.example.test/v1/models')
  assert.equal(sent[0].headers.get('authorization'), 'Bearer sk-test-key')
})
