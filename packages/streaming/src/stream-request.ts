import { type Client, guardBody, type Operation, type RequestOptions, request } from '@oaikit/core'
import {
  type JsonEventStream,
  type JsonEventStreamFormat,
  parseJsonEventStream,
} from './parse-json-event-stream.ts'
import { StreamError } from './stream-error.ts'

// The key under which `@oaikit/core` records the response of a result, read by its `getResponseMeta`.
const responseKey = Symbol.for('oaikit.response')

/**
 * Sends a streaming operation and resolves, once the API has accepted it, with its stream of parsed
 * events. What can fail before the first event (error status, connection, retries) rejects the
 * promise; what fails later errors the stream (see {@link parseJsonEventStream}). The caller's
 * `signal` and the client's idle timeout guard the body. `getResponseMeta(stream)` from
 * `@oaikit/core` gives the response and its request id.
 * @example
 * ```ts
 * const stream = await streamRequest<ChatCompletionChunk>(client, {
 *   method: 'POST',
 *   path: '/chat/completions',
 *   body: { model: 'gpt-4o', messages, stream: true },
 * })
 * for await (const chunk of stream) console.log(chunk.choices[0]?.delta.content ?? '')
 * ```
 */
export const streamRequest = async <T>(
  client: Client,
  operation: Operation,
  options?: RequestOptions,
  format?: JsonEventStreamFormat,
): Promise<JsonEventStream<T>> => {
  const response = await request<Response>(client, { ...operation, read: guardBody }, options)
  if (!response.body) {
    throw new StreamError('no-body', `${operation.method} ${operation.path} answered without a body`)
  }
  const stream = parseJsonEventStream<T>(response.body, { ...format, headers: response.headers })
  return Object.defineProperty(stream, responseKey, { value: response })
}
