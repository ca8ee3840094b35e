import { parseEventStream } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { bytes, cancellable, collect, read, streamOf } from './helpers.ts'

const text = 'data: a\n\ndata: b\n\ndata: c\n\n'
const datas = (events: { data: string }[]) => events.map((event) => event.data)

describe('the streams of parsed events', () => {
  it('are async-iterable, and readable with a reader', async () => {
    expect(datas(await collect(parseEventStream(streamOf([bytes(text)]))))).toEqual(['a', 'b', 'c'])
    expect(datas(await read(parseEventStream(streamOf([bytes(text)]))))).toEqual(['a', 'b', 'c'])
  })

  it('can be tee-d, and piped', async () => {
    const [left, right] = parseEventStream(streamOf([bytes(text)])).tee()
    expect(datas(await read(left))).toEqual(['a', 'b', 'c'])
    expect(datas(await read(right))).toEqual(['a', 'b', 'c'])
    const piped = parseEventStream(streamOf([bytes(text)])).pipeThrough(
      new TransformStream<{ data: string }, string>({
        transform: (event, controller) => controller.enqueue(event.data),
      }),
    )
    expect(await read(piped)).toEqual(['a', 'b', 'c'])
  })

  it('are locked while iterated, and released at the end', async () => {
    const stream = parseEventStream(streamOf([bytes(text)]))
    const iterator = stream[Symbol.asyncIterator]()
    expect(stream.locked).toBe(true)
    expect(() => stream.getReader()).toThrow(TypeError)
    while (!(await iterator.next()).done) {}
    expect(stream.locked).toBe(false)
  })

  it('hand out items in order to overlapping next() calls', async () => {
    const iterator = parseEventStream(streamOf([bytes('data: a\n\n'), bytes('data: b\n\ndata: c\n\n')]))[
      Symbol.asyncIterator
    ]()
    const results = await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next()])
    expect(results.map((result) => (result.done ? 'done' : result.value.data))).toEqual([
      'a',
      'b',
      'c',
      'done',
    ])
  })

  it('cancel the source when the loop ends early, unless asked not to', async () => {
    const first = cancellable([bytes(text)])
    for await (const _ of parseEventStream(first.stream)) break
    expect(first.state.cancelled).toBe(true)

    const second = cancellable([bytes(text), bytes('data: d\n\n')], true)
    const stream = parseEventStream(second.stream)
    for await (const _ of stream.values({ preventCancel: true })) break
    expect(second.state.cancelled).toBe(false)
    expect(datas(await read(stream))).toEqual(['b', 'c', 'd'])
  })

  it('fail when the source fails', async () => {
    let pulls = 0
    const source = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          if (pulls++ === 0) controller.enqueue(bytes('data: a\n\n'))
          else controller.error(new Error('connection reset'))
        },
      },
      { highWaterMark: 0 },
    )
    const seen: string[] = []
    const error = await (async () => {
      for await (const event of parseEventStream(source)) seen.push(event.data)
    })().catch((caught: unknown) => caught)
    expect(seen).toEqual(['a'])
    expect((error as Error).message).toBe('connection reset')
  })
})
