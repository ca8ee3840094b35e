import { createClient, InvalidInputError, request } from '@oaikit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
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

  it('refuses a secret key in a browser, explaining short-lived tokens, and sends nothing', async () => {
    const { transport, requests } = fakeTransport(json({}))
    const client = createClient({ apiKey: 'sk-proj-secret123', baseURL, transport })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as Error
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(error.message).toMatch(/browser.*short-lived tokens.*dangerouslyAllowBrowser/)
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
