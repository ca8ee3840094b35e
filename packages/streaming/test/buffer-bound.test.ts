import { createEventStreamParser, parseEventStream, StreamError } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { bytes, collect, read, streamOf } from './helpers.ts'

/** A server that sends `prefix`, then `piece` forever without ending the line. */
const endless = (prefix: string, piece: string) => {
  let started = false
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        controller.enqueue(bytes(started ? piece : prefix))
        started = true
      },
    },
    { highWaterMark: 0 },
  )
}

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  )

describe('the bound on buffered text', () => {
  it('fails an endless line with a typed error instead of growing', async () => {
    for (const error of [
      await failure(collect(parseEventStream(endless('data: ', 'x'), { maxBufferSize: 1000 }))),
      await failure(
        read(endless('data: ', 'xyz').pipeThrough(createEventStreamParser({ maxBufferSize: 1000 }))),
      ),
    ]) {
      expect(StreamError.isInstance(error)).toBe(true)
      expect(error).toMatchObject({ name: 'StreamError', kind: 'buffer-overflow' })
      expect((error as Error).message).toContain('maxBufferSize (1000 characters)')
      expect((error as Error).message).not.toContain('xxx')
    }
  })

  it('counts the data of an unfinished event, over many lines', async () => {
    const error = await failure(
      collect(parseEventStream(endless('', 'data: abcdefghij\n'), { maxBufferSize: 100 })),
    )
    expect((error as StreamError).type).toBe('buffer-overflow')
  })

  it('holds each event to the bound, not the whole stream', async () => {
    const event = `data: ${'x'.repeat(90)}\n\n`
    const events = await collect(
      parseEventStream(streamOf([bytes(event.repeat(50))]), { maxBufferSize: 100 }),
    )
    expect(events).toHaveLength(50)
  })

  it('lets Infinity lift the bound', async () => {
    const text = `data: ${'x'.repeat(5000)}\n\n`
    const events = await collect(
      parseEventStream(streamOf(Array.from(bytes(text), (byte) => Uint8Array.of(byte))), {
        maxBufferSize: Number.POSITIVE_INFINITY,
      }),
    )
    expect(events.map((event) => event.data.length)).toEqual([5000])
  })
})
