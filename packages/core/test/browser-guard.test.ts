import { createClient, type HeaderValues, InvalidInputError, request } from '@oaikit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { getExpectedRuntime } from '../../../runtime-tests/expected-runtime.ts'
import { baseURL, fakeTransport, json, rejection } from './helpers.ts'

// The guard looks for a DOM document; outside a browser, this suite provides one for its duration.
const scope = globalThis as { document?: unknown }
const hadDocument = 'document' in scope

describe('browser guard', () => {
  beforeAll(() => {
    if (!hadDocument) scope.document = {}
  })
  afterAll(() => {
    if (!hadDocument) delete scope.document
  })

  it('refuses a secret key in a browser, saying so, and sends nothing', async () => {
    const { transport, requests } = fakeTransport(json({}))
    const client = createClient({ apiKey: 'sk-proj-secret123', baseURL, transport })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as Error
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(error.message).toBe('Invalid apiKey: sk- key in a browser')
    expect(error.message).not.toContain('secret123')
    expect(requests).toHaveLength(0)
  })

  it.each<[string, { apiKey?: string; headers?: HeaderValues }, HeaderValues | undefined]>([
    ['with spaces before it', { apiKey: '  sk-proj-secret123' }, undefined],
    ['as a raw client header', { headers: { authorization: 'Bearer sk-proj-secret123' } }, undefined],
    ['as a raw call header', {}, { Authorization: 'Bearer  sk-proj-secret123' }],
    ['as a bare header value', {}, { authorization: 'sk-proj-secret123' }],
  ])('refuses a secret key passed %s', async (_, options, headers) => {
    const { transport, requests } = fakeTransport(json({}))
    const client = createClient({ apiKey: null, baseURL, transport, ...options })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }, { headers }))) as Error
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(error.message).not.toContain('secret123')
    expect(requests).toHaveLength(0)
  })

  it('sends a short-lived token, or a secret key when explicitly allowed', async () => {
    const { transport, requests } = fakeTransport(json({}))
    await request(createClient({ apiKey: async () => 'ek_abc', baseURL, transport }), {
      method: 'GET',
      path: '/a',
    })
    const allowed = createClient({ apiKey: 'sk-1', baseURL, transport, dangerouslyAllowBrowser: true })
    await request(allowed, { method: 'GET', path: '/a' })
    expect(requests.map((sent) => sent.headers.get('authorization'))).toEqual([
      'Bearer ek_abc',
      'Bearer sk-1',
    ])
  })
})

describe('the browser guard, on the runtime itself (no document faked)', () => {
  const inBrowser = getExpectedRuntime() === 'chromium'

  it(
    inBrowser
      ? 'refuses a secret key in Chromium'
      : 'leaves Node, Deno, Bun and Cloudflare Workers free to send a secret key',
    async () => {
      const { transport, requests } = fakeTransport(json({}))
      const client = createClient({ apiKey: 'sk-proj-secret123', baseURL, transport })
      const sent = request(client, { method: 'GET', path: '/models' })
      if (inBrowser) expect(InvalidInputError.isInstance(await rejection(sent))).toBe(true)
      else await sent
      expect(requests).toHaveLength(inBrowser ? 0 : 1)
    },
  )
})
