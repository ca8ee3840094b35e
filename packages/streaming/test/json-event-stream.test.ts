import { APIError } from '@oaikit/core'
import { parseJsonEventStream, StreamError } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { bytes, cancellable, collect, read, streamOf } from './helpers.ts'

const body = (text: string, size = 7) => {
  const data = bytes(text)
  return streamOf(
    Array.from({ length: Math.ceil(data.length / size) }, (_, i) => data.subarray(i * size, (i + 1) * size)),
  )
}

/** The error `promise` rejects with. */
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a failure')
    },
    (error: unknown) => error,
  )

describe('parseJsonEventStream', () => {
  it('yields the parsed data of each event and ends at [DONE]', async () => {
    const text = 'data: {"n":1}\n\n: keep-alive\n\ndata: {"n":2}\n\ndata: [DONE]\n\n'
    expect(await collect(parseJsonEventStream(body(text)))).toEqual([{ n: 1 }, { n: 2 }])
    expect(await read(parseJsonEventStream(body(text)))).toEqual([{ n: 1 }, { n: 2 }])
  })

  it('reads chunks far larger than a line, long lines, CRLF and multi-byte text alike', async () => {
    const values = Array.from({ length: 300 }, (_, index) =>
      index % 50 === 7 ? { text: '🙂 日本'.repeat(2000) } : { index, text: index % 9 ? 'plain' : 'über' },
    )
    for (const lineEnd of ['\n', '\r\n']) {
      const text = `${values.map((value) => `data: ${JSON.stringify(value)}${lineEnd}${lineEnd}`).join('')}data: [DONE]${lineEnd}${lineEnd}`
      for (const size of [5000, 20_000, 100_000]) {
        expect(await collect(parseJsonEventStream(body(text, size)))).toEqual(values)
      }
    }
  })

  it('ignores what follows [DONE] and cancels the rest of the body', async () => {
    const { stream, state } = cancellable([
      bytes('data: {"n":1}\n\ndata: [DONE]\n\n'),
      bytes('data: {"n":2}\n\n'),
    ])
    expect(await collect(parseJsonEventStream(stream))).toEqual([{ n: 1 }])
    expect(state.cancelled).toBe(true)
  })

  it('ends after an event whose JSON type or SSE name is final', async () => {
    const end = ['response.completed', 'response.failed']
    const typed =
      'data: {"type":"response.created"}\n\ndata: {"type":"response.completed"}\n\ndata: {"type":"x"}\n\n'
    expect(await collect(parseJsonEventStream(body(typed), { end }))).toEqual([
      { type: 'response.created' },
      { type: 'response.completed' },
    ])
    const named = 'event: response.failed\ndata: {}\n\n'
    expect(await collect(parseJsonEventStream(body(named), { end }))).toEqual([{}])
  })

  it('reads on past a "final" event and ends cleanly with the body right after one', async () => {
    const completed = (n: number) => `data: {"type":"image.completed","n":${n}}\n\n`
    const partial = 'data: {"type":"image.partial"}\n\n'
    const final = ['image.completed']
    expect(
      await collect(parseJsonEventStream(body(partial + completed(1) + completed(2)), { final })),
    ).toEqual([
      { type: 'image.partial' },
      { type: 'image.completed', n: 1 },
      { type: 'image.completed', n: 2 },
    ])
    // Cut after a partial image that follows a completed one: the second image never came.
    const cut = await failure(collect(parseJsonEventStream(body(completed(1) + partial), { final })))
    expect(cut).toBeInstanceOf(StreamError)
    expect((cut as StreamError).type).toBe('incomplete')
    expect((cut as StreamError).message).toContain('image.completed')
  })

  it('yields { event, data } for named streams', async () => {
    const text =
      'event: thread.run.created\ndata: {"id":"run_1"}\n\nevent: thread.message.delta\ndata: {"d":1}\n\nevent: done\ndata: [DONE]\n\n'
    expect(await collect(parseJsonEventStream(body(text), { named: true }))).toEqual([
      { event: 'thread.run.created', data: { id: 'run_1' } },
      { event: 'thread.message.delta', data: { d: 1 } },
    ])
  })

  it('fails with "incomplete" when the body ends before the final event, after the events it had', async () => {
    const seen: unknown[] = []
    const error = await failure(
      (async () => {
        for await (const value of parseJsonEventStream(body('data: {"n":1}\n\ndata: {"n":2}\n\n')))
          seen.push(value)
      })(),
    )
    expect(seen).toEqual([{ n: 1 }, { n: 2 }])
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
    expect((error as Error).message).toContain('[DONE]')
    const typed = await failure(collect(parseJsonEventStream(body('data: {"type":"a"}\n\n'), { end: ['b'] })))
    expect((typed as StreamError).type).toBe('incomplete')
    expect((typed as Error).message).toContain('b or data: [DONE]')
  })

  it('does not take an unfinished [DONE] event for the end', async () => {
    const error = await failure(collect(parseJsonEventStream(body('data: {"n":1}\n\ndata: [DONE]'))))
    expect((error as StreamError).type).toBe('incomplete')
  })

  it('reports malformed JSON with the event index and an excerpt', async () => {
    const long = `{"text":"${'x'.repeat(100)}`
    const text = `data: {"n":1}\n\nevent: ping\ndata: {}\n\ndata: ${long}\n\ndata: [DONE]\n\n`
    const error = await failure(collect(parseJsonEventStream(body(text))))
    expect(StreamError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ name: 'StreamError', kind: 'invalid-json', index: 2 })
    expect((error as Error).message).toContain('Event 2')
    expect((error as Error).message).toContain('{\\"text\\":\\"xxx')
    expect((error as Error).message.length).toBeLessThan(160)
    expect((error as Error).cause).toBeInstanceOf(SyntaxError)
  })

  it.each([
    [
      'an error event',
      'event: error\ndata: {"message":"Overloaded","type":"server_error","code":"overloaded"}\n\n',
    ],
    [
      'an error payload',
      'data: {"error":{"message":"Overloaded","type":"server_error","code":"overloaded"}}\n\n',
    ],
    [
      'an error event with an error payload',
      'event: error\ndata: {"error":{"message":"Overloaded","code":"overloaded"}}\n\n',
    ],
    [
      'a typed error event',
      'data: {"type":"error","message":"Overloaded","code":"overloaded","param":null}\n\n',
    ],
  ])('turns %s into an APIError', async (_, text) => {
    const headers = new Headers({ 'x-request-id': 'req_1' })
    const stream = parseJsonEventStream(body(`data: {"n":1}\n\n${text}data: [DONE]\n\n`), { headers })
    const seen: unknown[] = []
    const error = await failure(
      (async () => {
        for await (const value of stream) seen.push(value)
      })(),
    )
    expect(seen).toEqual([{ n: 1 }])
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({
      message: 'Overloaded',
      code: 'overloaded',
      requestId: 'req_1',
      status: undefined,
    })
  })

  it('turns an error event whose data is not JSON into an APIError quoting it', async () => {
    const error = await failure(collect(parseJsonEventStream(body('event: error\ndata: Internal error\n\n'))))
    expect(APIError.isInstance(error)).toBe(true)
    expect((error as Error).message).toBe('Event 0 of the stream is an error: "Internal error"')
  })

  it('fails with "buffer-overflow" when an event grows past maxBufferSize', async () => {
    const error = await failure(
      collect(parseJsonEventStream(body(`data: "${'x'.repeat(200)}`), { maxBufferSize: 100 })),
    )
    expect((error as StreamError).type).toBe('buffer-overflow')
  })

  it('cancels the body when the consumer leaves the loop', async () => {
    const { stream, state } = cancellable([
      bytes('data: {"n":1}\n\ndata: {"n":2}\n\n'),
      bytes('data: {"n":3}\n\n'),
    ])
    for await (const value of parseJsonEventStream(stream)) {
      expect(value).toEqual({ n: 1 })
      break
    }
    expect(state.cancelled).toBe(true)
  })

  it('cancels the body on cancel(), with the reason', async () => {
    const { stream, state } = cancellable([bytes('data: {"n":1}\n\n')])
    await parseJsonEventStream(stream).cancel('enough')
    expect(state).toEqual({ cancelled: true, reason: 'enough' })
  })

  it('settles a pending next() quietly when the consumer returns meanwhile', async () => {
    const { stream, state } = cancellable([])
    const iterator = parseJsonEventStream(stream)[Symbol.asyncIterator]()
    const pending = iterator.next()
    await iterator.return?.()
    expect(await pending).toEqual({ done: true, value: undefined })
    expect(state.cancelled).toBe(true)
  })

  it('cancels the body when the stream fails', async () => {
    const { stream, state } = cancellable([bytes('data: {\n\n'), bytes('data: {"n":1}\n\n')])
    await failure(collect(parseJsonEventStream(stream)))
    expect(state.cancelled).toBe(true)
  })
})
