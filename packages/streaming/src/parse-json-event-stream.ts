import { APIError, redact as redactSecrets } from '@oaikit/core'
import { type ChunkSource, createBatchedStream, type IterableStream } from './batched-stream.ts'
import { createParser } from './create-parser.ts'
import { feedInPieces } from './feed-in-pieces.ts'
import { StreamError } from './stream-error.ts'

/** How the API frames one kind of JSON event stream. */
export interface JsonEventStreamFormat {
  /**
   * The event types that end the stream, matched against the SSE `event` name and the JSON `type`
   * (e.g. `['response.completed', 'response.failed', 'response.incomplete']`); the event is yielded,
   * then the stream ends. `data: [DONE]` always ends it.
   */
  end?: readonly string[]
  /**
   * The event types after which the body may end without `data: [DONE]`: the stream is read on to
   * the body's end, and ends cleanly there (image streams send one `image_generation.completed`
   * per image).
   */
  final?: readonly string[]
  /**
   * Yield `{ event, data }` (the SSE event name and the parsed data) instead of the bare data, for
   * streams whose events are told apart by name (Assistants runs).
   * @defaultValue `false`
   */
  named?: boolean
}

/** Options of {@link parseJsonEventStream}. */
export interface JsonEventStreamOptions extends JsonEventStreamFormat {
  /** The response headers, kept on the `APIError` of an error event (its request id comes from them). */
  headers?: Headers
  /**
   * The most characters buffered for one unfinished line plus the data of the unfinished event.
   * @defaultValue `33_554_432` (32 MiB)
   */
  maxBufferSize?: number
  /**
   * Masks secrets in an event's data before it goes into an error (its message, its fields): the
   * client's key, when `streamRequest` reads the stream.
   * @defaultValue `redact` of `@oaikit/core`: every `sk-` token masked
   */
  redact?: (text: string) => string
}

/**
 * The stream of parsed events an API streaming call resolves to: a `ReadableStream` (readers,
 * `tee`, `pipeTo`) that `for await` iterates in every runtime. Leaving the loop early, or `cancel()`,
 * cancels the response body.
 */
export type JsonEventStream<T> = IterableStream<T>

/**
 * Parses the JSON event stream read from `source` (see {@link parseJsonEventStream}); what
 * {@link streamRequest} uses to read a response body through the client's guard.
 */
export const readJsonEventStream = <T>(
  source: ChunkSource,
  {
    end = [],
    final = [],
    named,
    headers,
    maxBufferSize,
    redact = redactSecrets,
  }: JsonEventStreamOptions = {},
): JsonEventStream<T> => {
  // The first 60 characters of an event's data, secrets masked, quoted.
  const excerpt = (data: string) => JSON.stringify(redact(data).slice(0, 60))
  let out: unknown[]
  let index = 0
  let complete = false
  let settled = false
  const feed = createParser((data, event) => {
    if (complete) return
    const position = index++
    complete = data === '[DONE]'
    if (complete) return
    let value: { error?: unknown; type?: string } | undefined
    try {
      value = JSON.parse(data)
      // Every event of the API is an object: `null`, a number or a string would reach the
      // consumer as a chunk. Thrown as no cause: the data is not what it should be, no parse failed.
      if (!(value instanceof Object)) throw undefined
    } catch (cause) {
      // The data of an error event need not be JSON: it is the error's message then.
      if (event !== 'error') {
        throw new StreamError(
          'invalid-json',
          `Event ${position} of the stream is not a JSON object: ${excerpt(data)}`,
          { index: position, cause },
        )
      }
    }
    if (event === 'error' || value?.error || value?.type === 'error') {
      // Parsed again with the secrets masked, for the error's fields and message (a key or an `sk-`
      // token can only stand inside a JSON string: masked, the data is still JSON).
      if (value) value = JSON.parse(redact(data))
      throw new APIError({
        error: value?.error ?? value,
        headers,
        message: `Event ${position} of the stream is an error: ${excerpt(data)}`,
      })
    }
    out.push(named ? { event, data: value } : value)
    complete = end.includes(event) || end.includes(value?.type as string)
    settled = final.includes(value?.type as string)
  }, maxBufferSize)
  return createBatchedStream<T>(source, (chunk, items) => {
    out = items
    // At the end of the source, `chunk` is undefined: nothing to feed, and the final event must have come.
    feedInPieces(feed, chunk ?? '')
    if (chunk === undefined && !complete && !settled) {
      throw new StreamError(
        'incomplete',
        `The event stream ended before its final event (${[...end, ...final, 'data: [DONE]'].join(' or ')})`,
      )
    }
    return complete
  })
}

/**
 * Parses the JSON event stream of an API response body into its events, in a single pass over each
 * chunk: bytes to text to events to parsed JSON, with no stream step in between.
 *
 * The stream ends cleanly at `data: [DONE]`, after an event listed in `end`, or where the body
 * ends right after an event listed in `final`. It fails with an
 * `APIError` for an `event: error` (its data JSON or not), a `{"error": …}` payload or a
 * `{"type": "error"}` event, and with a {@link StreamError}: `'invalid-json'` (with the event's index
 * and an excerpt) for data that is not a JSON object, `'incomplete'` when the body ends before the final
 * event, never with a short result.
 * @example
 * ```ts
 * const response = await fetch('https://api.openai.com/v1/chat/completions', init)
 * for await (const chunk of parseJsonEventStream<ChatCompletionChunk>(response.body!)) {
 *   console.log(chunk.choices[0]?.delta.content ?? '')
 * }
 * ```
 */
export const parseJsonEventStream = <T>(
  body: ReadableStream<Uint8Array | string>,
  options?: JsonEventStreamOptions,
): JsonEventStream<T> => readJsonEventStream(body.getReader(), options)
