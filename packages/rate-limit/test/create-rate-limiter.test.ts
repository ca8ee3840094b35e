import { APIError, APIUserAbortError, createClient, InvalidInputError } from '@oaikit/core'
import { listModels, retrieveModel } from '@oaikit/models'
import { createRateLimiter, parseDuration } from '@oaikit/rate-limit'
import { createMockTransport } from '@oaikit/testing'
import { describe, expect, it } from 'vitest'
import { rateLimitedApi } from './rate-limited-api.ts'

const settle = (calls: Promise<unknown>[]) => Promise.allSettled(calls)

describe('createRateLimiter', () => {
  it('without it, calls run into the limit: the mock does limit', async () => {
    const api = rateLimitedApi({ limit: 5, windowMs: 1_000 })
    await settle(Array.from({ length: 12 }, () => listModels(api.client)))
    expect(api.statuses.filter((status) => status === 429).length).toBe(7)
  })

  it('holds calls back before the request budget is spent, not after the 429', async () => {
    const api = rateLimitedApi({ limit: 10, windowMs: 150 })
    const limiter = createRateLimiter({ concurrency: 4 })
    const started = Date.now()
    const results = await settle(
      Array.from({ length: 30 }, () => limiter.run((signal) => listModels(api.client, { signal }))),
    )
    expect(results.every((result) => result.status === 'fulfilled')).toBe(true)
    expect(api.statuses).toEqual(Array(30).fill(200))
    // Three windows of 10: the last starts at least two windows after the first.
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(api.peak).toBeLessThanOrEqual(4)
  })

  it('keeps reserveRequests of each window unspent', async () => {
    const api = rateLimitedApi({ limit: 10, windowMs: 10_000 })
    const limiter = createRateLimiter({ concurrency: 1, reserveRequests: 3 })
    const stop = new AbortController()
    const calls = Array.from({ length: 10 }, () =>
      limiter.run((signal) => listModels(api.client, { signal }), { signal: stop.signal }),
    )
    await Promise.race([settle(calls), new Promise((resolve) => setTimeout(resolve, 200))])
    // 7 spent, 3 left: the rest wait for the reset, 10 s away, until they are aborted.
    expect(api.statuses).toEqual(Array(7).fill(200))
    stop.abort(new Error('enough'))
    const outcomes = await settle(calls)
    const aborted = outcomes
      .filter((outcome) => outcome.status === 'rejected')
      .map((outcome) => outcome.reason)
    expect(aborted).toHaveLength(3)
    expect(
      aborted.every((error) => APIUserAbortError.isInstance(error) && error.cause instanceof Error),
    ).toBe(true)
    expect(api.arrivals).toHaveLength(7)
  })

  it('runs at most `concurrency` calls at once when no budget is reported', async () => {
    const mock = createMockTransport()
    let inFlight = 0
    let peak = 0
    const client = createClient({
      apiKey: 'test-key',
      transport: async (request) => {
        peak = Math.max(peak, ++inFlight)
        await new Promise((resolve) => setTimeout(resolve, 5))
        inFlight--
        return mock(request)
      },
    })
    const limited = createRateLimiter({ concurrency: 3 }).wrap(retrieveModel)
    const models = await Promise.all(Array.from({ length: 12 }, () => limited(client, 'gpt-4o')))
    expect(models).toHaveLength(12)
    expect(models[0]?.object).toBe('model')
    expect(peak).toBe(3)
  })

  it('waits for the token budget to hold a call that says what it will spend', async () => {
    const mock = createMockTransport()
    const arrivals: number[] = []
    const client = createClient({
      apiKey: 'test-key',
      transport: async (request) => {
        arrivals.push(Date.now())
        const checked = await mock(request)
        return new Response(checked.body, {
          headers: {
            'content-type': 'application/json',
            'x-ratelimit-remaining-tokens': '500',
            'x-ratelimit-reset-tokens': '120ms',
          },
        })
      },
    })
    const limiter = createRateLimiter()
    await limiter.run(() => listModels(client))
    await limiter.run(() => listModels(client), { tokens: 400 })
    await limiter.run(() => listModels(client), { tokens: 600 })
    expect(arrivals[1]! - arrivals[0]!).toBeLessThan(100)
    expect(arrivals[2]! - arrivals[1]!).toBeGreaterThanOrEqual(100)
  })

  it('after a 429 with retry-after and no budget headers, holds the next calls that long', async () => {
    const mock = createMockTransport()
    const arrivals: number[] = []
    const client = createClient({
      apiKey: 'test-key',
      maxRetries: 0,
      transport: async (request) => {
        arrivals.push(Date.now())
        if (arrivals.length === 1)
          return Response.json(
            { error: { message: 'Slow down', type: 'requests' } },
            { status: 429, headers: { 'retry-after': '0.15' } },
          )
        return mock(request)
      },
    })
    const limiter = createRateLimiter({ concurrency: 1 })
    const first = await limiter.run(() => listModels(client)).catch((error) => error)
    expect(APIError.isInstance(first) && first.status).toBe(429)
    await limiter.run(() => listModels(client))
    expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(140)
  })

  it("aborts queued calls on the limiter's signal without running them", async () => {
    const stop = new AbortController()
    const limiter = createRateLimiter({ concurrency: 1, signal: stop.signal })
    let ran = 0
    const slow = limiter.run(() => new Promise((resolve) => setTimeout(resolve, 30, ++ran)))
    const queued = limiter.run(async () => ++ran)
    stop.abort()
    expect(APIUserAbortError.isInstance(await queued.catch((error) => error))).toBe(true)
    expect(await slow).toBe(1)
    expect(ran).toBe(1)
    const late = await limiter.run(async () => ++ran).catch((error) => error)
    expect(APIUserAbortError.isInstance(late)).toBe(true)
    expect(ran).toBe(1)
  })
})

describe('createRateLimiter options', () => {
  it('refuses a concurrency that would never run a call', () => {
    for (const concurrency of [0, -1, 1.5, Number.NaN])
      expect(() => createRateLimiter({ concurrency })).toThrow(InvalidInputError)
  })
})

describe('parseDuration', () => {
  it('reads the durations of x-ratelimit-reset-* headers', () => {
    expect(['1s', '6m0s', '20ms', '1h2m3.5s', '0.5s', '59.999s'].map(parseDuration)).toEqual([
      1_000, 360_000, 20, 3_723_500, 500, 59_999,
    ])
    expect(['', 'soon', '5', '1d', 's', undefined].map(parseDuration)).toEqual(Array(6).fill(undefined))
  })
})
