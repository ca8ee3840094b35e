import { APIError, redact } from '@oaikit/core'
import {
  type JsonEventStream,
  type JsonEventStreamFormat,
  parseJsonEventStream,
  StreamError,
} from '@oaikit/streaming'

/**
 * Reads a streamed answer back in the browser (or any client): the `Response` of a route that
 * forwards an API stream with {@link toEventStreamResponse}, or that passes the API's own body
 * through. Resolves with the same typed stream the API call gives (async iterable, a
 * `ReadableStream`), so {@link textDeltas}, {@link collectStream} and the accumulators work on it.
 * An error status rejects with an `APIError`; an error event or a body cut short fails the stream.
 * Pass `format` for a body passed through as-is from a stream that ends on a final event (for the
 * Responses API: `{ end: ['response.completed', 'response.failed', 'response.incomplete'] }`).
 * @example
 * ```ts
 * const response = await fetch('/api/chat', { method: 'POST', body: JSON.stringify({ messages }) })
 * const stream = await fromEventStreamResponse<CreateChatCompletionStreamResponse>(response)
 * for await (const text of textDeltas(stream)) output.append(text)
 * ```
 */
export const fromEventStreamResponse = async <Event>(
  response: Response,
  format?: JsonEventStreamFormat,
): Promise<JsonEventStream<Event>> => {
  const { ok, status, headers, body } = response
  if (!ok) {
    // Masked before it is read: the server may echo an `sk-` key (only ever inside a JSON string).
    const text = redact(await response.text())
    let error: unknown
    try {
      error = JSON.parse(text).error
    } catch {}
    throw new APIError({ status, headers, error, message: `HTTP ${status} ${text.slice(0, 200)}` })
  }
  if (!body) throw new StreamError('no-body', `The response (HTTP ${status}) has no body`)
  return parseJsonEventStream<Event>(body, { ...format, headers })
}
