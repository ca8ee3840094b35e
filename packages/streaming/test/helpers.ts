import { createEventStreamParser, parseEventStream, type ServerSentEvent } from '@oaikit/streaming'

const encoder = new TextEncoder()

/** The UTF-8 bytes of `text`. */
export const bytes = (text: string): Uint8Array => encoder.encode(text)

/** A stream that yields `chunks` one by one, as a response body would. */
export const streamOf = <T>(chunks: readonly T[]): ReadableStream<T> => {
  let index = 0
  return new ReadableStream<T>(
    {
      pull(controller) {
        if (index < chunks.length) controller.enqueue(chunks[index++]!)
        else controller.close()
      },
    },
    { highWaterMark: 0 },
  )
}

/** A stream that yields `chunks`, then stays open unless `close` is set, and records its cancellation. */
export const cancellable = (chunks: readonly Uint8Array[], close = false) => {
  const state = { cancelled: false as boolean, reason: undefined as unknown }
  let index = 0
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (index < chunks.length) controller.enqueue(chunks[index++]!)
        else if (close) controller.close()
      },
      cancel(reason) {
        state.cancelled = true
        state.reason = reason
      },
    },
    { highWaterMark: 0 },
  )
  return { stream, state }
}

/** Every item of `stream`, read with `for await`. */
export const collect = async <T>(stream: AsyncIterable<T>): Promise<T[]> => {
  const items: T[] = []
  for await (const item of stream) items.push(item)
  return items
}

/** Every item of `stream`, read with a reader (the path `tee` and `pipeTo` use). */
export const read = async <T>(stream: ReadableStream<T>): Promise<T[]> => {
  const reader = stream.getReader()
  const items: T[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return items
    items.push(value)
  }
}

/** `data` cut at each position of `cuts` (sorted, within bounds). */
export const cut = (data: Uint8Array, cuts: readonly number[]): Uint8Array[] => {
  const chunks: Uint8Array[] = []
  let start = 0
  for (const at of [...cuts, data.length]) {
    chunks.push(data.subarray(start, at))
    start = at
  }
  return chunks
}

/** The ways to chunk `data` that the conformance tests try: whole, every split in two, one byte at a time. */
export const chunkings = (data: Uint8Array): Uint8Array[][] => [
  [data],
  ...Array.from({ length: data.length + 1 }, (_, at) => cut(data, [at])),
  Array.from(data, (_, at) => data.subarray(at, at + 1)),
]

/** The events of `chunks` through the `TransformStream` parser. */
export const viaTransform = (chunks: readonly (Uint8Array | string)[]): Promise<ServerSentEvent[]> =>
  read(streamOf(chunks).pipeThrough(createEventStreamParser()))

/** The events of `chunks` through `parseEventStream`. */
export const viaParse = (chunks: readonly (Uint8Array | string)[]): Promise<ServerSentEvent[]> =>
  collect(parseEventStream(streamOf(chunks)))
