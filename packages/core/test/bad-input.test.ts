import { type ClientOptions, createClient, InvalidInputError, request } from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { getExpectedRuntime } from '../../../runtime-tests/expected-runtime.ts'
import { baseURL, fakeClient, fakeTransport, json, rejection } from './helpers.ts'

const secret = 'sk-proj-bad-input-secret'

/** The error of one GET through a client made of `options`, and the requests its transport saw. */
const attempt = async (options: Partial<ClientOptions>, body?: unknown) => {
  const { client, requests } = fakeClient({ answers: [json({})], ...options } as ClientOptions & {
    answers: Response[]
  })
  const error = await rejection(
    request(
      client,
      body === undefined ? { method: 'GET', path: '/a' } : { method: 'POST', path: '/a', body },
    ),
  )
  return { error: error as Error, requests }
}

describe('bad input is a typed error, sent nowhere', () => {
  it('takes null for no Authorization header (a proxy adds its own)', async () => {
    const { client, requests } = fakeClient({ apiKey: null, answers: [json({})] })
    await request(client, { method: 'GET', path: '/a' })
    expect(requests[0]?.headers.has('authorization')).toBe(false)
  })

  it.each([
    ['missing (an unset environment variable)', undefined, 'undefined'],
    ['a number', 12345, 'number'],
    ['an object', { key: 'sk-x' }, 'object'],
    ['a provider resolving to a number', async () => 42, 'number'],
  ])('refuses an apiKey that is %s, before sending', async (_, apiKey, type) => {
    const { error, requests } = await attempt({ apiKey } as unknown as ClientOptions)
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(error.message).toBe(`Invalid apiKey: ${type}`)
    expect(requests).toHaveLength(0)
  })

  it.each([
    ['a NUL in the key', { apiKey: `${secret}\0` }],
    ['a NUL in a header', { headers: { 'x-token': `${secret}\0` } }],
    ['a CR in the organization', { organization: `${secret}\r` }],
  ])('refuses %s (typed, where the platform would quote it), naming the header only', async (_, options) => {
    const { error, requests } = await attempt(options)
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(error.message).toMatch(/^Invalid header [\w-]+$/)
    expect(JSON.stringify(error) + String(error) + error.stack).not.toContain(secret)
    expect(requests).toHaveLength(0)
  })

  // Headers take bytes: every platform but workerd (which sends UTF-8) refuses a character above U+00FF.
  it('refuses a character above U+00FF where the platform does, typed, or sends it', async () => {
    const { transport, requests } = fakeTransport(json({}))
    const client = createClient({
      apiKey: 'test-key',
      baseURL,
      transport,
      headers: { 'x-token': `${secret}…` },
    })
    const sent = request(client, { method: 'GET', path: '/a' })
    if (getExpectedRuntime() === 'workerd') {
      await sent
      expect(requests).toHaveLength(1)
    } else {
      const error = (await rejection(sent)) as Error
      expect(InvalidInputError.isInstance(error)).toBe(true)
      expect(error.message).toBe('Invalid header x-token')
      expect(JSON.stringify(error) + String(error) + error.stack).not.toContain(secret)
      expect(requests).toHaveLength(0)
    }
  })

  it('refuses a header name the platform would reject, typed', async () => {
    const { error, requests } = await attempt({ headers: { 'bad name': 'x' } })
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(error.message).toBe('Invalid header bad name')
    expect(requests).toHaveLength(0)
  })

  it('keeps a tab inside a header value, which HTTP allows', async () => {
    const { transport, requests } = fakeTransport(json({}))
    const client = createClient({ apiKey: 'test-key', baseURL, transport, headers: { 'x-list': 'a\tb' } })
    await request(client, { method: 'GET', path: '/a' })
    expect(requests[0]?.headers.get('x-list')).toBe('a\tb')
  })

  const cycle: { self?: unknown } = {}
  cycle.self = cycle
  it.each([
    ['a BigInt', { n: 10n }],
    ['a cycle', cycle],
    [
      'a throwing toJSON',
      {
        toJSON() {
          throw new Error('no JSON here')
        },
      },
    ],
  ])('refuses a body with %s as InvalidInputError, with the cause', async (_, body) => {
    const { error, requests } = await attempt({}, body)
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(error.message).toBe('Invalid body')
    expect(error.cause).toBeInstanceOf(Error)
    expect(requests).toHaveLength(0)
  })
})
