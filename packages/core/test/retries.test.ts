import { APIConnectionError, type APIError, createClient, encodeMultipart, request } from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { apiError, baseURL, fakeClient, fakeTransport, json, rejection } from './helpers.ts'

const get = { method: 'GET', path: '/models' } as const

describe('retries', () => {
  it('retries a 500 and resolves with the answer that follows', async () => {
    const { client, requests } = fakeClient({ answers: [apiError(500), json({ ok: 1 })] })
    expect(await request(client, get)).toEqual({ ok: 1 })
    expect(requests).toHaveLength(2)
  })

  it.each([408, 409, 429, 500, 502, 503, 504])('retries status %i', async (status) => {
    const { client, requests } = fakeClient({ answers: [apiError(status), json({})] })
    await request(client, get)
    expect(requests).toHaveLength(2)
  })

  it.each([400, 401, 403, 404, 422])('does not retry status %i', async (status) => {
    const { client, requests } = fakeClient({ answers: [apiError(status), json({})] })
    const error = await rejection(request(client, get))
    expect((error as APIError).status).toBe(status)
    expect(requests).toHaveLength(1)
  })

  it('follows x-should-retry both ways', async () => {
    const forced = fakeClient({ answers: [apiError(400, 'x', { 'x-should-retry': 'true' }), json({})] })
    await request(forced.client, get)
    expect(forced.requests).toHaveLength(2)
    const refused = fakeClient({ answers: [apiError(503, 'x', { 'x-should-retry': 'false' }), json({})] })
    const error = (await rejection(request(refused.client, get))) as APIError
    expect(error.isRetryable).toBe(false)
    expect(refused.requests).toHaveLength(1)
  })

  it('waits retry-after-ms, then retry-after in seconds, then retry-after as a date, capped by maxRetryDelay', async () => {
    const { client, delays } = fakeClient({
      maxRetries: 4,
      answers: [
        apiError(429, 'a', { 'retry-after-ms': '7', 'retry-after': '9' }),
        apiError(429, 'b', { 'retry-after': '0.012' }),
        apiError(429, 'c', { 'retry-after': new Date(Date.now() + 5000).toUTCString() }),
        apiError(429, 'd', { 'retry-after-ms': '100000' }),
        json({}),
      ],
    })
    await request(client, get)
    expect(delays).toEqual([7, 12, 20, 20])
  })

  it('backs off exponentially with jitter when the server gives no delay', async () => {
    const { client, delays } = fakeClient({
      maxRetries: 3,
      maxRetryDelay: 1000,
      initialRetryDelay: 4,
      answers: [apiError(500), apiError(500), apiError(500), json({})],
    })
    await request(client, get)
    expect(delays).toHaveLength(3)
    delays.forEach((delay, retry) => {
      expect(delay).toBeGreaterThan(4 * 2 ** retry * 0.75 - 0.001)
      expect(delay).toBeLessThanOrEqual(4 * 2 ** retry)
    })
  })

  it('never sends more than maxRetries + 1 attempts', async () => {
    for (const maxRetries of [0, 1, 3]) {
      const { client, requests } = fakeClient({ maxRetries, answers: [apiError(503)] })
      const error = (await rejection(request(client, get))) as APIError
      expect(error.status).toBe(503)
      expect(requests).toHaveLength(maxRetries + 1)
    }
    const { client, requests } = fakeClient({ maxRetries: 5, answers: [apiError(503)] })
    await rejection(request(client, get, { maxRetries: 1 }))
    expect(requests).toHaveLength(2)
  })

  it('retries connection failures, then gives up with an APIConnectionError', async () => {
    const { client, requests } = fakeClient({ maxRetries: 2, answers: [new TypeError('fetch failed')] })
    const error = await rejection(request(client, get))
    expect(APIConnectionError.isInstance(error)).toBe(true)
    expect(requests).toHaveLength(3)
  })

  it('retries a connection reset in the middle of a JSON body', async () => {
    const { client, requests } = fakeClient({
      answers: [
        () => new Response(new ReadableStream({ start: (c) => c.error(new TypeError('terminated')) })),
        json({ ok: 1 }),
      ],
    })
    expect(await request(client, get)).toEqual({ ok: 1 })
    expect(requests).toHaveLength(2)
  })

  it('retries a POST with the same generated idempotency key', async () => {
    const { client, requests } = fakeClient({ answers: [apiError(500), json({})] })
    await request(client, { method: 'POST', path: '/things', body: { a: 1 } })
    const keys = requests.map((sent) => sent.headers.get('idempotency-key'))
    expect(keys[0]).toMatch(/^oaikit-[0-9a-f-]{36}$/)
    expect(keys[1]).toBe(keys[0])
    expect(await requests[1]?.json()).toEqual({ a: 1 })
    await request(client, { method: 'POST', path: '/things', body: {} })
    expect(requests[2]?.headers.get('idempotency-key')).not.toBe(keys[0])
  })

  it('sends the idempotency key given by the caller', async () => {
    const { client, requests } = fakeClient({ answers: [json({})] })
    await request(client, { method: 'POST', path: '/things', body: {} }, { idempotencyKey: 'mine-1' })
    expect(requests[0]?.headers.get('idempotency-key')).toBe('mine-1')
  })

  it('does not retry a request whose body is a stream', async () => {
    const { client, requests } = fakeClient({ answers: [apiError(500), json({})] })
    const data = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('abc'))
        controller.close()
      },
    })
    const error = (await rejection(
      request(client, { method: 'POST', path: '/uploads', body: { data }, encode: encodeMultipart }),
    )) as APIError
    expect(error.status).toBe(500)
    expect(requests).toHaveLength(1)
  })

  it('fetches a fresh token once after a 401 from a key provider, outside the retry budget', async () => {
    const contexts: unknown[] = []
    const { transport, requests } = fakeTransport((sent) =>
      sent.headers.get('authorization') === 'Bearer ek_fresh' ? json({ ok: 1 }) : apiError(401),
    )
    const apiKey = (context?: { refresh?: boolean }) => {
      contexts.push(context)
      return context?.refresh ? 'ek_fresh' : 'ek_stale'
    }
    const client = createClient({ baseURL, transport, apiKey, maxRetries: 0 })
    expect(await request(client, get)).toEqual({ ok: 1 })
    expect(contexts).toEqual([{ refresh: false }, { refresh: true }])
    expect(requests).toHaveLength(2)
  })

  it('refreshes a token once only, and not for a static key', async () => {
    const provider = fakeTransport(apiError(401))
    let calls = 0
    const client = createClient({ baseURL, transport: provider.transport, apiKey: () => `ek_${++calls}` })
    expect(((await rejection(request(client, get))) as APIError).status).toBe(401)
    expect(provider.requests).toHaveLength(2)
    const { client: fixed, requests } = fakeClient({ answers: [apiError(401)] })
    await rejection(request(fixed, get))
    expect(requests).toHaveLength(1)
  })

  it('lets the error of a key provider through untouched', async () => {
    const failure = new Error('not signed in')
    const { transport, requests } = fakeTransport(json({}))
    const client = createClient({ baseURL, transport, apiKey: () => Promise.reject(failure) })
    expect(await rejection(request(client, get))).toBe(failure)
    expect(requests).toHaveLength(0)
  })
})
