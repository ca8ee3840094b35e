import { startMockServer } from '@oaikit/testing/server'
import OpenAI from 'openai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// The official SDK, pointed at the mock server, must get answers it parses for the families new in
// the 2026-08-21 spec: the mock is a stand-in for the API to any client, not only to oaikit.
describe('the official openai package against startMockServer', () => {
  let server: Awaited<ReturnType<typeof startMockServer>>
  let openai: OpenAI

  beforeAll(async () => {
    server = await startMockServer()
    openai = new OpenAI({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 })
  })
  afterAll(() => server.close())

  it('creates a conversation and lists its items', async () => {
    const conversation = await openai.conversations.create({ metadata: { topic: 'demo' } })
    expect(conversation.object).toBe('conversation')
    const items = await openai.conversations.items.list(conversation.id)
    expect(Array.isArray(items.data)).toBe(true)
  })

  it('creates a container', async () => {
    const container = await openai.containers.create({ name: 'sandbox' })
    expect(container.object).toBe('container')
    expect(typeof container.id).toBe('string')
  })

  it('cancels a response and counts input tokens', async () => {
    const cancelled = await openai.responses.cancel('resp_123')
    expect(cancelled.object).toBe('response')
    const counted = await openai.responses.inputTokens.count({ model: 'gpt-4o', input: 'Hello!' })
    expect(counted.object).toBe('response.input_tokens')
    expect(typeof counted.input_tokens).toBe('number')
  })

  it('mints a Realtime client secret', async () => {
    const secret = await openai.realtime.clientSecrets.create({
      session: { type: 'realtime', model: 'gpt-realtime' },
    })
    expect(typeof secret.value).toBe('string')
    expect(typeof secret.expires_at).toBe('number')
  })

  it('answers a malformed request as the API would, with a 400 the SDK raises', async () => {
    await expect(openai.containers.create({} as never)).rejects.toMatchObject({ status: 400 })
  })
})
