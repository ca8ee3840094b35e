import { createClient, InvalidInputError, request } from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { fakeTransport, json, rejection } from './helpers.ts'

/** The URL a GET of `path` goes to with `baseURL`, through the pipeline. */
const sentTo = async (baseURL: string, path = '/chat/completions', query?: object) => {
  const { transport, requests } = fakeTransport(json({}))
  await request(createClient({ apiKey: 'test-key', baseURL, transport }), { method: 'GET', path, query })
  return requests[0]!.url
}

describe('baseURL', () => {
  it("keeps the base's query after the path (Azure's api-version), merged with the operation's", async () => {
    const base = 'https://x.openai.azure.com/openai?api-version=2024-10-21'
    expect(await sentTo(base)).toBe(
      'https://x.openai.azure.com/openai/chat/completions?api-version=2024-10-21',
    )
    expect(await sentTo(`${base}`, '/files', { limit: 2 })).toBe(
      'https://x.openai.azure.com/openai/files?api-version=2024-10-21&limit=2',
    )
  })

  it('keeps the path before a fragment (which fetch never sends), with or without a trailing slash', async () => {
    expect(await sentTo('https://api.example.test/v1#frag')).toBe(
      'https://api.example.test/v1/chat/completions#frag',
    )
    expect(await sentTo('https://api.example.test/v1/?a=1#x')).toBe(
      'https://api.example.test/v1/chat/completions?a=1#x',
    )
  })

  it('refuses a user or password, without ever quoting them, and sends nothing', async () => {
    const { transport, requests } = fakeTransport(json({}))
    const client = createClient({
      apiKey: 'test-key',
      baseURL: 'https://user:hunter2-secret@api.example.test/v1',
      transport,
    })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as Error
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(error.message).toBe('Invalid baseURL')
    expect(JSON.stringify(error) + String(error) + error.stack + String(error.cause)).not.toContain('hunter2')
    expect(requests).toHaveLength(0)
  })

  it.each(['not a url', '/v1', 'https://[bad/v1'])(
    'refuses the malformed baseURL %j, naming it',
    async (baseURL) => {
      const { transport, requests } = fakeTransport(json({}))
      const error = (await rejection(
        request(createClient({ apiKey: 'test-key', baseURL, transport }), { method: 'GET', path: '/a' }),
      )) as Error
      expect(InvalidInputError.isInstance(error)).toBe(true)
      expect(error.message).toBe('Invalid baseURL')
      expect(requests).toHaveLength(0)
    },
  )
})
