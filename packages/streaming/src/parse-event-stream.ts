import { createBatchedStream, type IterableStream } from './batched-stream.ts'
import { createParser } from './create-parser.ts'
import type { EventStreamParserOptions } from './event-stream-parser.ts'
import { feedInPieces } from './feed-in-pieces.ts'
import type { ServerSentEvent } from './server-sent-event.ts'

/**
 * Parses an event stream, such as the body of any `fetch` response, into its events: the same
 * events as {@link createEventStreamParser}, in a stream that `for await` iterates in every runtime
 * a whole chunk at a time. Leaving the loop early cancels `body`.
 * @example
 * ```ts
 * const response = await fetch('https://example.com/events')
 * for await (const { event, data, id } of parseEventStream(response.body!)) {
 *   console.log(event, data, id)
 * }
 * ```
 */
export const parseEventStream = (
  body: ReadableStream<Uint8Array | string>,
  options: EventStreamParserOptions = {},
): IterableStream<ServerSentEvent> => {
  let out: ServerSentEvent[]
  const feed = createParser(
    (data, event, id, retry) => out.push({ event, data, id, retry }),
    options.maxBufferSize,
  )
  return createBatchedStream(body.getReader(), (chunk, items) => {
    out = items
    if (chunk !== undefined) feedInPieces(feed, chunk)
    return undefined
  })
}
