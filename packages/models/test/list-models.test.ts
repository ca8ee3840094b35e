import { APIError, createClient } from '@oaikit/core'
import { listModels, APIError as ModelsAPIError } from '@oaikit/models'
import { describe, expect, it } from 'vitest'
import { getTestServers } from '../../../runtime-tests/test-servers.ts'

describe('listModels', () => {
  it("re-exports core's APIError, so a caller catches with one import", () => {
    expect(ModelsAPIError).toBe(APIError)
  })

  it('sends GET /models with the key and parses the list (injected transport)', async () => {
    const sent: Request[] = []
    const client = createClient({
      apiKey: 'ek_test_key',
      baseURL: 'https://api.example.test/v1',
      transport: async (request) => {
        sent.push(request)
        return Response.json({
          object: 'list',
          data: [{ id: 'm1', object: 'model', created: 1, owned_by: 'o' }],
        })
      },
    })
    const models = await listModels(client)
    expect(models.data.map((model) => model.id)).toEqual(['m1'])
    expect(sent).toHaveLength(1)
    expect(sent[0]?.method).toBe('GET')
    expect(sent[0]?.url).toBe('https://api.example.test/v1/models')
    expect(sent[0]?.headers.get('authorization')).toBe('Bearer ek_test_key')
  })

  it('lists the models of the local mock server over real fetch', async () => {
    const client = createClient({ apiKey: 'ek_test_key', baseURL: getTestServers().api })
    const models = await listModels(client)
    expect(models.object).toBe('list')
    expect(models.data.length).toBeGreaterThan(0)
    for (const model of models.data) expect(model.object).toBe('model')
  })
})
