/**
 * Wraps a response so that its body is read through `read`, which settles each read of the
 * original body or rejects with a typed error (idle timeout, abort, broken connection). `end` runs
 * once, when the body is finished, failed or cancelled; a read happens only when the consumer asks.
 */
export const guardBody = (
  response: Response,
  read: (
    chunk: Promise<ReadableStreamReadResult<Uint8Array>>,
  ) => Promise<ReadableStreamReadResult<Uint8Array>>,
  end: () => void,
): Response => {
  const reader = response.body?.getReader()
  if (!reader) {
    end()
    return response
  }
  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await read(reader.read())
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
