import { startMockServer } from '@oaikit/testing/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let server: Awaited<ReturnType<typeof startMockServer>>

beforeAll(async () => {
  server = await startMockServer()
})

afterAll(async () => {
  await server.close()
})

describe('the mock server', () => {
  it('serves the spec-driven handlers over HTTP on 127.0.0.1', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/)
    const response = await fetch(`${server.url}/models`, { headers: { authorization: 'Bearer test-key' } })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-oaikit-operation')).toBe('listModels')
  })

  it('validates request bodies sent over the wire', async () => {
    const response = await fetch(`${server.url}/chat/completions`, {
      method: 'POST',
      headers: { authorization: 'Bearer test-key', 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'gpt-4o' }),
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: { param: string } }).error.param).toBe('messages')
  })
})
