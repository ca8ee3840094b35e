import type { ScriptedFaults } from './scripted-answer.ts'

/** Waits `ms`, or rejects with the signal's reason as soon as it aborts, leaving no timer behind. */
export const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal!.reason)
    }
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    signal?.addEventListener('abort', onAbort, { once: true })
  })

type Ending = 'stall' | 'reset' | 'error'

const encoder = new TextEncoder()

const errorFrame = (message: string): Uint8Array =>
  encoder.encode(
    `event: error\ndata: ${JSON.stringify({ error: { message, type: 'server_error', param: null, code: null } })}\n\n`,
  )

/**
 * The body cut after `limit` events (chunks) or bytes, then ended as `ending` says: no more data
 * until cancelled, a failed read (a reset connection), or an error event.
 */
const cutBody = (
  body: ReadableStream<Uint8Array>,
  limit: number,
  unit: 'events' | 'bytes',
  ending: Ending,
  message: string,
): ReadableStream<Uint8Array> => {
  const reader = body.getReader()
  let sent = 0
  let release: (() => void) | undefined
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (sent >= limit) {
        await reader.cancel()
        if (ending === 'reset') return controller.error(new TypeError('mock: the connection was reset'))
        if (ending === 'error') {
          controller.enqueue(errorFrame(message))
          return controller.close()
        }
        return new Promise<void>((resolve) => {
          release = resolve
        })
      }
      const { done, value } = await reader.read()
      if (done) return controller.close()
      const piece = unit === 'bytes' ? value.subarray(0, limit - sent) : value
      sent += unit === 'bytes' ? piece.length : 1
      controller.enqueue(piece)
    },
    cancel(reason) {
      release?.()
      return reader.cancel(reason).catch(() => undefined)
    },
  })
}

/**
 * Applies an answer's faults: waits its latency (abortable with the request's signal), then cuts
 * its body where `stallAfter`, `resetAfter` or `errorAfter` say; counts are events for a stream,
 * bytes for any other body.
 */
export const applyFaults = async (
  response: Response,
  faults: ScriptedFaults,
  signal?: AbortSignal,
): Promise<Response> => {
  if (faults.latency) await sleep(faults.latency, signal)
  const cuts: [number | undefined, Ending][] = [
    [faults.stallAfter, 'stall'],
    [faults.resetAfter, 'reset'],
    [faults.errorAfter, 'error'],
  ]
  const [limit, ending] = cuts.find(([at]) => at !== undefined) ?? []
  if (limit === undefined || !ending || !response.body) return response
  const streaming = response.headers.get('content-type')?.includes('text/event-stream') ?? false
  const message = faults.errorMessage ?? 'The server had an error while processing your request.'
  const body = cutBody(response.body, limit, streaming ? 'events' : 'bytes', ending, message)
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return new Response(body, { status: response.status, headers })
}
