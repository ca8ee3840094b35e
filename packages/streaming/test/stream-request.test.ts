import { APIError, APIUserAbortError, createClient, getResponseMeta } from '@oaikit/core'
import { StreamError, streamRequest } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { bytes, cancellable, collect, streamOf } from './helpers.ts'

const sse = (body: ReadableStream<Uint8Array> | null, init: ResponseInit = {}) =>
  new Response(body, { headers: { 'content-type': 'text/event-stream', 'x-request-id': 'req_1' }, ...init })

const chat = { method: 'POST', path: '/chat/completions', body: { model: 'm', stream: true } } as const

describe('streamRequest', () => {
  it('sends the operation and yields its parsed events', async () => {
    const requests: Request[] = []
    const client = createClient({
      apiKey: 'test-key',
      transport: async (request) => {
        requests.push(request)
        return sse(streamOf([bytes('data: {"n":1}\n\ndata: {"n"'), bytes(':2}\n\ndata: [DONE]\n\n')]))
      },
    })
    const stream = await streamRequest<{ n: number }>(client, chat)
    expect(await collect(stream)).toEqual([{ n: 1 }, { n: 2 }])
    expect(requests[0]?.url).toBe('https://api.openai.com/v1/chat/completions')
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer test-key')
    expect(await requests[0]?.json()).toEqual({ model: 'm', stream: true })
  })

  it('passes the format on: final events and named events', async () => {
    const client = createClient({
      apiKey: 'test-key',
      transport: async () => sse(streamOf([bytes('event: thread.run.completed\ndata: {"id":"r"}\n\n')])),
    })
    const stream = await streamRequest(client, chat, {}, { named: true, end: ['thread.run.completed'] })
    expect(await collect(stream)).toEqual([{ event: 'thread.run.completed', data: { id: 'r' } }])
  })

  it('keeps the response reachable through getResponseMeta', async () => {
    const client = createClient({
      apiKey: 'test-key',
      transport: async () => sse(streamOf([bytes('data: [DONE]\n\n')])),
    })
    const stream = await streamRequest(client, chat)
    expect(getResponseMeta(stream)?.requestId).toBe('req_1')
  })

  it('rejects with the APIError of an error status, before any stream', async () => {
    const client = createClient({
      apiKey: 'test-key',
      maxRetries: 0,
      transport: async () =>
        Response.json({ error: { message: 'Bad model', type: 'invalid_request_error' } }, { status: 400 }),
    })
    const error = await streamRequest(client, chat).catch((caught: unknown) => caught)
    expect(APIError.isInstance(error) && error.status).toBe(400)
  })

  it('fails a response without a body as incomplete, never as an empty answer', async () => {
    const client = createClient({ apiKey: 'test-key', transport: async () => sse(null) })
    const error = await collect(await streamRequest(client, chat)).catch((caught: unknown) => caught)
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
  })

  it('turns an error event into an APIError carrying the request id', async () => {
    const client = createClient({
      apiKey: 'test-key',
      transport: async () => sse(streamOf([bytes('event: error\ndata: {"message":"Overloaded"}\n\n')])),
    })
    const error = await collect(await streamRequest(client, chat)).catch((caught: unknown) => caught)
    expect(error).toMatchObject({ name: 'APIError', message: 'Overloaded', requestId: 'req_1' })
  })

  it('cancels the response body when the consumer stops', async () => {
    const { stream: body, state } = cancellable([bytes('data: {"n":1}\n\ndata: {"n":2}\n\n')])
    const client = createClient({ apiKey: 'test-key', transport: async () => sse(body) })
    for await (const value of await streamRequest(client, chat)) {
      expect(value).toEqual({ n: 1 })
      break
    }
    expect(state.cancelled).toBe(true)
  })

  it('is iterable without the await before the stream, rejecting the loop as the promise would', async () => {
    const { stream: body, state } = cancellable([bytes('data: {"n":1}\n\ndata: {"n":2}\n\n')])
    const client = createClient({ apiKey: 'test-key', transport: async () => sse(body) })
    const seen: unknown[] = []
    for await (const value of streamRequest<{ n: number }>(client, chat)) {
      seen.push(value)
      break
    }
    expect(seen).toEqual([{ n: 1 }])
    expect(state.cancelled).toBe(true)
    const failing = createClient({
      apiKey: 'test-key',
      maxRetries: 0,
      transport: async () => Response.json({ error: { message: 'Bad model' } }, { status: 400 }),
    })
    const error = await (async () => {
      for await (const _ of streamRequest(failing, chat)) throw new Error('no event expected')
    })().catch((caught: unknown) => caught)
    expect(APIError.isInstance(error) && error.status).toBe(400)
  })

  it("fails the stream when the caller's signal aborts mid-stream", async () => {
    const { stream: body, state } = cancellable([bytes('data: {"n":1}\n\n')])
    const controller = new AbortController()
    const client = createClient({ apiKey: 'test-key', transport: async () => sse(body) })
    const stream = await streamRequest(client, chat, { signal: controller.signal })
    const seen: unknown[] = []
    const error = await (async () => {
      for await (const value of stream) {
        seen.push(value)
        controller.abort()
      }
    })().catch((caught: unknown) => caught)
    expect(seen).toEqual([{ n: 1 }])
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    expect(state.cancelled).toBe(true)
  })
})
