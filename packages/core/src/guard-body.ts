/**
 * Settles one read of a body, or rejects with a typed error (idle timeout, abort, broken
 * connection); given to an `Operation.read` by the pipeline. Reads go through it one at a time.
 */
export type ReadGuard = (
  chunk: Promise<ReadableStreamReadResult<Uint8Array>>,
) => Promise<ReadableStreamReadResult<Uint8Array>>

/**
 * The `Operation.read` of binary results: resolves with the response itself, its
 * body read through `guard` (see {@link ReadGuard}). `end` runs once, when the body is finished,
 * failed or cancelled; a read happens only when the consumer asks. Importing it is what a binary
 * operation pays for; JSON operations never bundle it.
 * @example
 * ```ts
 * const speech = await request<Response>(client, { method: 'POST', path: '/audio/speech', body, read: guardBody })
 * ```
 */
export const guardBody = (response: Response, guard: ReadGuard, end: () => void): Response => {
  const reader = response.body?.getReader()
  if (!reader) {
    end()
    return response
  }
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await guard(reader.read())
          if (done) {
            end()
            controller.close()
          } else controller.enqueue(value)
        } catch (error) {
          end()
          reader.cancel(error).catch(() => {})
          controller.error(error)
        }
      },
      cancel(reason) {
        end()
        return reader.cancel(reason)
      },
    },
    { highWaterMark: 0 },
  )
  return new Response(body, response)
}
