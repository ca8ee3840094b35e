import { APIError, APITimeoutError, APIUserAbortError, InvalidInputError, poll, request } from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { apiError, fakeClient, json, rejection } from './helpers.ts'

const get = { method: 'GET', path: '/batches/batch_1' } as const
const isDone = (value: { status: string }) => value.status === 'done'

/** A client answering `pending` `count` times, then `done`; each answer with the given headers. */
const checks = (count: number, headers?: HeadersInit) =>
  fakeClient({
    answers: [
      ...Array.from({ length: count }, () => json({ status: 'pending' }, { headers })),
      json({ status: 'done' }, { headers }),
    ],
  })

describe('poll', () => {
  it('checks until the value is done, reporting every value', async () => {
    const { client, requests } = checks(3)
    const seen: string[] = []
    const done = await poll((options) => request<{ status: string }>(client, get, options), isDone, {
      pollInterval: 1,
      onPoll: (value) => seen.push(value.status),
    })
    expect(done).toEqual({ status: 'done' })
    expect(seen).toEqual(['pending', 'pending', 'pending', 'done'])
    expect(requests).toHaveLength(4)
  })

  it('waits what openai-poll-after-ms says rather than its own interval', async () => {
    const { client } = checks(2, { 'openai-poll-after-ms': '5' })
    const started = Date.now()
    await poll((options) => request<{ status: string }>(client, get, options), isDone, {
      pollInterval: 60_000,
    })
    expect(Date.now() - started).toBeLessThan(5_000)
  })

  it('backs off by half again each time, up to maxPollInterval', async () => {
    const { client } = checks(4)
    const times: number[] = []
    await poll((options) => request<{ status: string }>(client, get, options), isDone, {
      pollInterval: 20,
      maxPollInterval: 30,
      onPoll: () => times.push(Date.now()),
    })
    const gaps = times.slice(1).map((time, index) => time - times[index]!)
    // 20, 30 (not 45), 30, 30; timers may fire a little early on some runtimes.
    expect(gaps[0]).toBeGreaterThanOrEqual(15)
    expect(gaps[1]).toBeGreaterThanOrEqual(25)
    expect(Math.max(...gaps)).toBeLessThan(1_000)
  })

  it('gives up with an APITimeoutError after pollTimeout, during a wait', async () => {
    const { client } = checks(1_000)
    const error = await rejection(
      poll((options) => request<{ status: string }>(client, get, options), isDone, {
        pollInterval: 10_000,
        pollTimeout: 30,
      }),
    )
    expect(APITimeoutError.isInstance(error)).toBe(true)
    expect((error as Error).message).toContain('30 ms')
  })

  it('aborts a check in flight when the deadline passes', async () => {
    let sent: Request | undefined
    const { client } = fakeClient({
      answers: [
        (request) => {
          sent = request
          return new Promise<Response>(() => {})
        },
      ],
    })
    const error = await rejection(
      poll((options) => request<{ status: string }>(client, get, options), isDone, { pollTimeout: 20 }),
    )
    expect(APITimeoutError.isInstance(error)).toBe(true)
    expect(sent?.signal.aborted).toBe(true)
  })

  it("stops with an APIUserAbortError on the caller's signal, between checks or before the first", async () => {
    const { client } = checks(1_000)
    const controller = new AbortController()
    const polling = poll((options) => request<{ status: string }>(client, get, options), isDone, {
      pollInterval: 10_000,
      signal: controller.signal,
      onPoll: () => controller.abort(new Error('user left')),
    })
    const error = await rejection(polling)
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    expect(((error as Error).cause as Error).message).toBe('user left')
    let calls = 0
    const early = await rejection(
      poll(
        async () => ++calls,
        () => true,
        { signal: AbortSignal.abort() },
      ),
    )
    expect(APIUserAbortError.isInstance(early)).toBe(true)
    expect(calls).toBeLessThanOrEqual(1)
  })

  it('rejects with the error of a check as is', async () => {
    const { client } = fakeClient({ maxRetries: 0, answers: [apiError(404, 'No such batch')] })
    const error = await rejection(
      poll((options) => request<{ status: string }>(client, get, options), isDone),
    )
    expect(APIError.isInstance(error) && error.status).toBe(404)
  })

  it('refuses an interval or timeout that is not a number of milliseconds, before any check', async () => {
    let calls = 0
    for (const options of [
      { pollInterval: Number.NaN },
      { maxPollInterval: -1 },
      { pollTimeout: Number.POSITIVE_INFINITY },
    ]) {
      const error = await rejection(
        poll(
          async () => ++calls,
          () => false,
          options,
        ),
      )
      expect(InvalidInputError.isInstance(error) && error.message).toMatch(
        /^(pollInterval|maxPollInterval|pollTimeout) must be/,
      )
    }
    expect(calls).toBe(0)
  })
})
