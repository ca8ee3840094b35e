import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  guardBody,
  type Operation,
  request,
} from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { brokenBody, countingSignal, fakeClient, json, readText, rejection, stalledBody } from './helpers.ts'

const get = { method: 'GET', path: '/models' } as const
const stream: Operation = { method: 'POST', path: '/chat/completions', body: {}, read: guardBody }

/** A transport answer that never comes, whatever the signal says (as a careless middleware would do). */
const never = () => new Promise<Response>(() => {})

/** A transport answer that waits for the request's signal, as fetch does. */
const untilAborted = (sent: Request) =>
  new Promise<Response>((_, reject) =>
    sent.signal.addEventListener('abort', () => reject(sent.signal.reason)),
  )

describe('timeouts and abort', () => {
  it('times out an attempt that gets no answer, then retries it', async () => {
    const { client, requests } = fakeClient({
      timeout: 20,
      maxRetries: 1,
      answers: [untilAborted, json({ ok: 1 })],
    })
    expect(await request(client, get)).toEqual({ ok: 1 })
    expect(requests).toHaveLength(2)
    expect(requests[0]?.signal.aborted).toBe(true)
  })

  it('gives up with an APITimeoutError, even on a transport that ignores the signal', async () => {
    const { client, requests } = fakeClient({ timeout: 20, maxRetries: 1, answers: [never] })
    const error = await rejection(request(client, get))
    expect(APITimeoutError.isInstance(error)).toBe(true)
    expect(APIConnectionError.isInstance(error)).toBe(true)
    expect(requests).toHaveLength(2)
  })

  it('times out a JSON body that stalls', async () => {
    const { client } = fakeClient({ maxRetries: 0, answers: [() => new Response(stalledBody('{"a":').body)] })
    const error = await rejection(request(client, get, { timeout: 30 }))
    expect(APITimeoutError.isInstance(error)).toBe(true)
  })

  it('rejects at once for a signal aborted before the call, sending nothing', async () => {
    const { client, requests } = fakeClient({ answers: [json({})] })
    const controller = new AbortController()
    controller.abort(new Error('user left'))
    const error = (await rejection(request(client, get, { signal: controller.signal }))) as APIUserAbortError
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    expect((error.cause as Error).message).toBe('user left')
    expect(requests).toHaveLength(0)
  })

  it('aborts a request in flight, without retrying it', async () => {
    const { client, requests } = fakeClient({ answers: [untilAborted] })
    const controller = new AbortController()
    const pending = request(client, get, { signal: controller.signal })
    setTimeout(() => controller.abort(), 5)
    expect(APIUserAbortError.isInstance(await rejection(pending))).toBe(true)
    expect(requests).toHaveLength(1)
    expect(requests[0]?.signal.aborted).toBe(true)
  })

  it('aborts the wait before a retry', async () => {
    const { client, requests } = fakeClient({
      maxRetryDelay: 60_000,
      answers: [apiErrorWithDelay(), json({})],
    })
    const controller = new AbortController()
    const pending = request(client, get, { signal: controller.signal })
    setTimeout(() => controller.abort(), 20)
    expect(APIUserAbortError.isInstance(await rejection(pending))).toBe(true)
    expect(requests).toHaveLength(1)
  })

  it('aborts a streamed body while it is read', async () => {
    const { body, state } = stalledBody('data: 1\n\n')
    const { client } = fakeClient({ answers: [() => new Response(body)] })
    const controller = new AbortController()
    const response = await request<Response>(client, stream, { signal: controller.signal })
    const reader = response.body!.getReader()
    expect(new TextDecoder().decode((await reader.read()).value)).toBe('data: 1\n\n')
    const next = reader.read()
    controller.abort()
    expect(APIUserAbortError.isInstance(await rejection(next))).toBe(true)
    expect(state.cancelled).toBe(true)
  })

  it('fails a stalled stream after the idle timeout instead of hanging', async () => {
    const { body, state } = stalledBody('data: 1\n\n')
    const { client } = fakeClient({ idleTimeout: 30, answers: [() => new Response(body)] })
    const response = await request<Response>(client, stream)
    const error = await rejection(readText(response.body))
    expect(APITimeoutError.isInstance(error)).toBe(true)
    expect((error as Error).message).toContain('30 ms')
    expect(state.cancelled).toBe(true)
  })

  it('takes the idle timeout of the call over the client one', async () => {
    const { client } = fakeClient({ idleTimeout: 60_000, answers: [() => new Response(stalledBody().body)] })
    const response = await request<Response>(client, stream, { idleTimeout: 20 })
    expect(APITimeoutError.isInstance(await rejection(readText(response.body)))).toBe(true)
  })

  it('does not count the time the consumer takes between reads as idle', async () => {
    const chunks = ['a', 'b', 'c']
    const { client } = fakeClient({ idleTimeout: 20, answers: [() => new Response(streamOf(chunks))] })
    const response = await request<Response>(client, stream)
    const reader = response.body!.getReader()
    const read: string[] = []
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 40))
      const { done, value } = await reader.read()
      if (done) break
      read.push(new TextDecoder().decode(value))
    }
    expect(read).toEqual(['a', 'b', 'c'])
  })

  it('fails a stream whose connection resets with an APIConnectionError, without retrying', async () => {
    const { client, requests } = fakeClient({ answers: [() => new Response(brokenBody('data: 1\n\n'))] })
    const response = await request<Response>(client, stream)
    const error = (await rejection(readText(response.body))) as APIConnectionError
    expect(APIConnectionError.isInstance(error)).toBe(true)
    expect((error.cause as Error).message).toContain('terminated')
    expect(requests).toHaveLength(1)
  })

  it('clears its timers once a request settles: a fired timer would abort the sent request', async () => {
    const { client, requests } = fakeClient({
      timeout: 20,
      idleTimeout: 20,
      answers: [json({}), () => new Response('x')],
    })
    await request(client, get)
    const response = await request<Response>(client, stream)
    await readText(response.body)
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(requests.map((sent) => sent.signal.aborted)).toEqual([false, false])
  })

  it('removes its listener from the caller signal once a JSON request settles', async () => {
    const ok = countingSignal()
    const { client } = fakeClient({ answers: [json({})] })
    await request(client, get, { signal: ok.signal })
    expect(ok.listeners()).toBe(0)
    const failed = countingSignal()
    const { client: failing } = fakeClient({ maxRetries: 1, answers: [apiErrorWithDelay(1)] })
    await rejection(request(failing, get, { signal: failed.signal }))
    expect(failed.listeners()).toBe(0)
  })

  it('removes its listener once a streamed body ends or is cancelled', async () => {
    const ended = countingSignal()
    const { client } = fakeClient({ answers: [() => new Response('data: 1\n\n')] })
    const response = await request<Response>(client, stream, { signal: ended.signal })
    expect(ended.listeners()).toBe(1)
    await readText(response.body)
    expect(ended.listeners()).toBe(0)
    const cancelled = countingSignal()
    const again = await request<Response>(client, stream, { signal: cancelled.signal })
    await again.body!.cancel()
    expect(cancelled.listeners()).toBe(0)
  })
})

function apiErrorWithDelay(seconds = 30) {
  return Response.json(
    { error: { message: 'busy' } },
    { status: 503, headers: { 'retry-after': `${seconds}` } },
  )
}

function streamOf(chunks: string[]) {
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks.shift()
        if (chunk === undefined) controller.close()
        else controller.enqueue(new TextEncoder().encode(chunk))
      },
    },
    { highWaterMark: 0 },
  )
}
