import { type Client, type Operation, type RequestOptions, request, responseKey } from '@oaikit/core'
import {
  type JsonEventStream,
  type JsonEventStreamFormat,
  readJsonEventStream,
} from './parse-json-event-stream.ts'

/**
 * What a streaming call returns: the promise of its event stream, which `for await` can also
 * iterate directly, so the `await` before the stream may be left out:
 * `for await (const chunk of createChatCompletionStream(client, body))`.
 */
export type StreamPromise<T> = Promise<JsonEventStream<T>> & AsyncIterable<T>

/**
 * Makes the promise of a stream iterable: iterating waits for the stream, then yields its events;
 * leaving the loop early returns the stream's iterator, which cancels the response body.
 */
const iterableWhenSettled = <T>(promise: Promise<JsonEventStream<T>>): StreamPromise<T> =>
  Object.assign(promise, {
    async *[Symbol.asyncIterator]() {
      yield* await promise
    },
  })

/**
 * Sends a streaming operation and resolves, once the API has accepted it, with its stream of parsed
 * events. What can fail before the first event (error status, connection, retries) rejects the
 * promise; what fails later errors the stream (see {@link parseJsonEventStream}). The caller's
 * `signal` and the client's idle timeout guard the body. `getResponseMeta(stream)` from
 * `@oaikit/core` gives the response and its request id. The promise is itself iterable (see
 * {@link StreamPromise}).
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
export const streamRequest = <T>(
  client: Client,
  operation: Operation,
  options?: RequestOptions,
  format?: JsonEventStreamFormat,
): StreamPromise<T> =>
  iterableWhenSettled(
    request(
      client,
      {
        ...operation,
        // The body is read here through the client's guard (idle timeout, abort), with no stream between.
        read(response, guard, end, redact) {
          // A body-less answer reads as an empty stream: it fails as incomplete.
          const reader = (response.body ?? new Blob().stream()).getReader()
          const stream = readJsonEventStream<T>(
            {
              read: () => guard(reader.read()),
              cancel(reason) {
                end()
                return reader.cancel(reason)
              },
            },
            { ...format, headers: response.headers, redact },
          )
          return Object.defineProperty(stream, responseKey, { value: response })
        },
      },
      options,
    ),
  )
