import { createParser } from './create-parser.ts'
import type { ServerSentEvent } from './server-sent-event.ts'

/** Options of {@link createEventStreamParser}. */
export interface EventStreamParserOptions {
  /**
   * The most characters the parser buffers for one unfinished line plus the data of the unfinished
   * event (for ASCII text, bytes); beyond it the stream fails with a `StreamError` of type
   * `'buffer-overflow'`. `Infinity` lifts the bound.
   * @defaultValue `33_554_432` (32 MiB)
   */
  maxBufferSize?: number
}

/**
 * Creates a `TransformStream` from an event stream's bytes (or text) to its events, following the
 * WHATWG HTML rules exactly. Works on any `fetch` response body, in every runtime.
 * @example
 * ```ts
 * const response = await fetch(url, { headers: { accept: 'text/event-stream' } })
 * for await (const { event, data } of response.body!.pipeThrough(createEventStreamParser())) {
 *   console.log(event, data)
 * }
 * ```
 */
export const createEventStreamParser = (
  options: EventStreamParserOptions = {},
): TransformStream<Uint8Array | string, ServerSentEvent> => {
  let controller: TransformStreamDefaultController<ServerSentEvent>
  const feed = createParser(
    (data, event, id, retry) => controller.enqueue({ event, data, id, retry }),
    options.maxBufferSize,
  )
  return new TransformStream({
    transform(chunk, current) {
      controller = current
      feed(chunk)
    },
  })
}
