import { APIError, OaikitError } from '@oaikit/core'
import { StreamError } from '@oaikit/streaming'

const encoder = /* @__PURE__ */ new TextEncoder()

const frame = (data: unknown): Uint8Array => {
  const type = (data as { type?: unknown } | null)?.type
  return encoder.encode(
    `${typeof type === 'string' ? `event: ${type}\n` : ''}data: ${JSON.stringify(data)}\n\n`,
  )
}

/**
 * The error event sent in place of the rest of a failed stream. It says what failed without
 * internals: an error the API sent keeps its type and code; any other oaikit error is a
 * `stream_error` whose code is the rule the stream broke (`incomplete`) or the error's name
 * (`APIConnectionError`, `APITimeoutError`); an error that is not one of ours gets a generic message.
 */
const errorFrame = (error: unknown): Uint8Array => {
  const sent = APIError.isInstance(error) && error.type !== undefined
  const known = OaikitError.isInstance(error)
  return frame({
    type: 'error',
    error: {
      message: known ? error.message : 'The upstream stream failed',
      type: sent ? error.type : 'stream_error',
      code: sent ? error.code : StreamError.isInstance(error) ? error.kind : known ? error.name : null,
    },
  })
}

/**
 * Turns a stream of API events (a `createChatCompletionStream`, `createResponseStream` or
 * `createCompletionStream` result, a branch of its `tee()`, or any async iterable of JSON values)
 * back into a Server-Sent Events `Response`, for a Worker or server route to forward to a browser:
 * each event as `data:` (with `event:` set to its `type` when it has one), then `data: [DONE]`.
 * When the source fails midway the body ends with an error event instead of `[DONE]`, so the reader
 * (see {@link fromEventStreamResponse}) fails too rather than taking a short answer for a whole one.
 * Cancelling the body (the browser went away) cancels the source.
 * @example
 * ```ts
 * export default {
 *   async fetch(request: Request, env: Env) {
 *     const { messages } = await request.json()
 *     const client = createClient({ apiKey: env.OPENAI_API_KEY })
 *     return toEventStreamResponse(await createChatCompletionStream(client, { model: 'gpt-4o', messages }))
 *   },
 * }
 * ```
 */
export const toEventStreamResponse = (stream: AsyncIterable<unknown>, init: ResponseInit = {}): Response => {
  const iterator = stream[Symbol.asyncIterator]()
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await iterator.next()
          if (!done) return controller.enqueue(frame(value))
          controller.enqueue(encoder.encode('data: [DONE]\n\n'))
        } catch (error) {
          controller.enqueue(errorFrame(error))
        }
        controller.close()
      },
      async cancel(reason) {
        await iterator.return?.(reason)
      },
    },
    { highWaterMark: 0 },
  )
  const headers = new Headers(init.headers)
  headers.set('content-type', 'text/event-stream; charset=utf-8')
  if (!headers.has('cache-control')) headers.set('cache-control', 'no-cache')
  return new Response(body, { ...init, headers })
}
