import {
  type APIError,
  createClient,
  expandPath,
  flattenQuery,
  getResponseMeta,
  guardBody,
  InvalidInputError,
  request,
} from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { getTestServers } from '../../../runtime-tests/test-servers.ts'
import { apiError, baseURL, fakeClient, fakeTransport, json, readText, rejection } from './helpers.ts'

describe('request', () => {
  it('sends the method, URL, key, organization, project and default headers', async () => {
    const { client, requests } = fakeClient({
      answers: [json({ id: 'gpt-4o' })],
      organization: 'org-1',
      project: 'proj-1',
      headers: { 'x-team': 'a', 'x-removed': 'b' },
    })
    const model = await request<{ id: string }>(
      client,
      { method: 'GET', path: expandPath('/models/{model}', { model: 'gpt-4o' }) },
      { headers: { 'x-call': 'c', 'x-removed': null } },
    )
    expect(model).toEqual({ id: 'gpt-4o' })
    const [sent] = requests
    expect(sent?.method).toBe('GET')
    expect(sent?.url).toBe(`${baseURL}/models/gpt-4o`)
    expect(sent?.headers.get('authorization')).toBe('Bearer sk-test-secret-key')
    expect(sent?.headers.get('openai-organization')).toBe('org-1')
    expect(sent?.headers.get('openai-project')).toBe('proj-1')
    expect(sent?.headers.get('x-team')).toBe('a')
    expect(sent?.headers.get('x-call')).toBe('c')
    expect(sent?.headers.has('x-removed')).toBe(false)
    expect(sent?.headers.has('idempotency-key')).toBe(false)
    expect(sent?.headers.has('user-agent')).toBe(false)
  })

  it('sends no header a browser would refuse or preflight needlessly', async () => {
    const { client, requests } = fakeClient({ answers: [json({})] })
    await request(client, { method: 'POST', path: '/things', body: { a: 1 } })
    const names = [...requests[0]!.headers.keys()].sort()
    expect(names).toEqual(['authorization', 'content-type', 'idempotency-key'])
  })

  it('uses the global fetch when no transport is given (the local mock server)', async () => {
    const client = createClient({ apiKey: 'ek_test', baseURL: getTestServers().api })
    const models = await request<{ object: string; data: unknown[] }>(client, {
      method: 'GET',
      path: '/models',
    })
    expect(models.object).toBe('list')
    expect(getResponseMeta(models)?.response.ok).toBe(true)
  })

  it('sends the scalars of the client, operation and call query, skipping undefined and null', async () => {
    const { client, requests } = fakeClient({ answers: [json({})], query: { 'api-version': '1', limit: 5 } })
    await request(
      client,
      { method: 'GET', path: '/files', query: { limit: 2, archived: false, after: undefined, before: null } },
      { query: { extra: 'x y&z' } },
    )
    const url = new URL(requests[0]!.url)
    expect([...url.searchParams]).toEqual([
      ['api-version', '1'],
      ['limit', '2'],
      ['archived', 'false'],
      ['extra', 'x y&z'],
    ])
  })

  it('serialises scalars, arrays and nested objects in the query with flattenQuery, skipping undefined', async () => {
    const { client, requests } = fakeClient({ answers: [json({})], query: { 'api-version': '1' } })
    await request(
      client,
      {
        method: 'GET',
        path: '/organization/audit_logs',
        query: {
          limit: 2,
          archived: false,
          'project_ids[]': ['p1', 'p2'],
          effective_at: { gt: 10, lte: 20 },
          metadata: { 'key with space': 'v&1' },
          after: undefined,
          before: null,
        },
        encodeQuery: flattenQuery,
      },
      { query: { extra: 'x' } },
    )
    const url = new URL(requests[0]!.url)
    expect([...url.searchParams]).toEqual([
      ['api-version', '1'],
      ['limit', '2'],
      ['archived', 'false'],
      ['project_ids[]', 'p1'],
      ['project_ids[]', 'p2'],
      ['effective_at[gt]', '10'],
      ['effective_at[lte]', '20'],
      ['metadata[key with space]', 'v&1'],
      ['extra', 'x'],
    ])
  })

  it('percent-encodes path parameters so that an id never changes the path', async () => {
    const { client, requests } = fakeClient({ answers: [json({})] })
    await request(client, {
      method: 'GET',
      path: expandPath('/files/{id}', { id: '../organization/users?x=1#y' }),
    })
    expect(new URL(requests[0]!.url).pathname).toBe('/v1/files/..%2Forganization%2Fusers%3Fx%3D1%23y')
  })

  it.each(['', '.', '..', '%2e', '%2E%2e', '.%2e'])(
    'refuses the path parameter %j, naming it',
    async (id) => {
      const { client, requests } = fakeClient({ answers: [json({})] })
      const error = await rejection(
        request(client, { method: 'GET', path: expandPath('/files/{file_id}', { file_id: id }) }),
      )
      expect(InvalidInputError.isInstance(error)).toBe(true)
      expect((error as Error).message).toContain('file_id')
      expect(requests).toHaveLength(0)
    },
  )

  it('refuses a missing path parameter', async () => {
    const { client } = fakeClient({ answers: [json({})] })
    const error = await rejection(
      request(client, { method: 'GET', path: expandPath('/files/{file_id}', {}) }),
    )
    expect(InvalidInputError.isInstance(error)).toBe(true)
  })

  it.each([
    ['a client header', { headers: { 'x-a': 'ok\r\nx-injected: 1' } }, {}],
    ['a call header', {}, { headers: { 'x-b': 'line\nbreak' } }],
    ['the organization', { organization: 'org\r\n' }, {}],
    ['the key', { apiKey: 'sk-secret-value\n' }, {}],
  ])('refuses CR or LF in %s without sending or echoing it', async (_, clientOptions, callOptions) => {
    const { client, requests } = fakeClient({ answers: [json({})], ...clientOptions })
    const error = await rejection(request(client, { method: 'GET', path: '/models' }, callOptions))
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect((error as Error).message).toMatch(/^Invalid header [\w-]+$/)
    expect(requests).toHaveLength(0)
  })

  it('sends JSON bodies and parses JSON answers', async () => {
    const { client, requests } = fakeClient({ answers: [json({ id: 'x' })] })
    const result = await request(client, { method: 'POST', path: '/things', body: { name: 'é', n: [1] } })
    expect(result).toEqual({ id: 'x' })
    expect(requests[0]?.headers.get('content-type')).toBe('application/json')
    expect(await requests[0]?.json()).toEqual({ name: 'é', n: [1] })
  })

  it('resolves undefined for an empty body', async () => {
    const { client } = fakeClient({ answers: [new Response(null, { status: 204 })] })
    expect(
      await request(client, { method: 'DELETE', path: expandPath('/things/{id}', { id: 1 }) }),
    ).toBeUndefined()
  })

  it('resolves a binary answer as a Response readable as bytes', async () => {
    const bytes = new Uint8Array([0, 1, 2, 255])
    const { client } = fakeClient({
      answers: [new Response(bytes, { headers: { 'content-type': 'audio/mpeg' } })],
    })
    const response = await request<Response>(client, {
      method: 'POST',
      path: '/audio/speech',
      body: {},
      read: guardBody,
    })
    expect(response.headers.get('content-type')).toBe('audio/mpeg')
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(bytes)
  })

  it('resolves a stream answer as a Response whose body streams', async () => {
    const { client } = fakeClient({ answers: [new Response('data: 1\n\ndata: 2\n\n')] })
    const response = await request<Response>(client, {
      method: 'POST',
      path: '/chat',
      body: {},
      read: guardBody,
    })
    expect(await readText(response.body)).toBe('data: 1\n\ndata: 2\n\n')
  })

  it('sends the payload and content type of an encode hook', async () => {
    const { client, requests } = fakeClient({ answers: [json({})] })
    await request(client, {
      method: 'POST',
      path: '/things',
      body: { a: 1 },
      encode: (body) => [
        new URLSearchParams(body as Record<string, string>),
        'application/x-www-form-urlencoded',
      ],
    })
    expect(requests[0]?.headers.get('content-type')).toBe('application/x-www-form-urlencoded')
    expect(await requests[0]?.text()).toBe('a=1')
  })

  it('hands a success, and only a success, to the read hook', async () => {
    const { client } = fakeClient({ answers: [apiError(404), new Response('abc')], maxRetries: 0 })
    const seen: Response[] = []
    const operation = {
      method: 'GET',
      path: '/x',
      read: (response: Response, _: unknown, end: () => void) => {
        seen.push(response)
        end()
        return 'read'
      },
    } as const
    expect(((await rejection(request(client, operation))) as APIError).status).toBe(404)
    expect(seen).toHaveLength(0)
    expect(await request(client, operation)).toBe('read')
    expect(seen.map((response) => response.status)).toEqual([200])
  })

  it('keeps the response of a JSON result reachable, without it showing in the result', async () => {
    const headers = {
      'x-request-id': 'req_123',
      'x-ratelimit-limit-requests': '500',
      'x-ratelimit-remaining-tokens': '9000',
      'x-ratelimit-reset-requests': '1s',
    }
    const { client } = fakeClient({ answers: [json({ id: 'x' }, { headers })] })
    const result = await request<{ id: string }>(client, { method: 'GET', path: '/x' })
    expect(JSON.stringify(result)).toBe('{"id":"x"}')
    expect(Object.keys(result)).toEqual(['id'])
    const meta = getResponseMeta(result)
    expect(meta?.requestId).toBe('req_123')
    expect(meta?.response.status).toBe(200)
    expect(meta?.rateLimit).toEqual({
      limitRequests: 500,
      limitTokens: undefined,
      remainingRequests: undefined,
      remainingTokens: 9000,
      resetRequests: '1s',
      resetTokens: undefined,
    })
    expect(getResponseMeta({ id: 'x' })).toBeUndefined()
    expect(getResponseMeta(undefined)).toBeUndefined()
  })

  it('gives the metadata of a binary result', async () => {
    const { client } = fakeClient({
      answers: [new Response('abc', { headers: { 'x-request-id': 'req_9' } })],
    })
    const response = await request<Response>(client, { method: 'GET', path: '/x', read: guardBody })
    expect(getResponseMeta(response)?.requestId).toBe('req_9')
  })

  it('calls a key provider before each request', async () => {
    let calls = 0
    const { transport, requests } = fakeTransport(json({}))
    const client = createClient({ baseURL, transport, apiKey: async () => `ek_${++calls}` })
    await request(client, { method: 'GET', path: '/a' })
    await request(client, { method: 'GET', path: '/a' })
    expect(requests.map((sent) => sent.headers.get('authorization'))).toEqual(['Bearer ek_1', 'Bearer ek_2'])
  })

  it('strips a trailing slash of the base URL', async () => {
    const { transport, requests } = fakeTransport(json({}))
    await request(createClient({ apiKey: null, baseURL: `${baseURL}/`, transport }), {
      method: 'GET',
      path: '/models',
    })
    expect(requests[0]?.url).toBe(`${baseURL}/models`)
    expect(requests[0]?.headers.has('authorization')).toBe(false)
  })
})
