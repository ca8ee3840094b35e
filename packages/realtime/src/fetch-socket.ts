import type { Transport } from '@oaikit/core'
import { readRefusal } from './read-refusal.ts'
import { RealtimeError } from './realtime-error.ts'
import type { RealtimeSocket } from './realtime-socket.ts'

/**
 * Opens a WebSocket the Cloudflare Workers way: a `fetch` with `Upgrade: websocket` whose response
 * carries the socket. Rejects with `refused` (or `expired`, when the body says the key expired)
 * and the HTTP status when no socket comes back, `refused` when the request fails or takes over
 * `timeout`, and the signal's reason when aborted. Once accepted, `onOpen` takes the socket over
 * in the same task and the promise resolves with what it returns.
 */
export const fetchSocket = async <T>(
  transport: Transport,
  url: URL,
  headers: Record<string, string>,
  key: string,
  timeout: number,
  signal: AbortSignal | undefined,
  onOpen: (socket: RealtimeSocket) => T,
): Promise<T> => {
  signal?.throwIfAborted()
  const timer = AbortSignal.timeout(timeout)
  let response: Response
  try {
    response = await transport(
      new Request(url, {
        headers: { ...headers, upgrade: 'websocket' },
        signal: signal ? AbortSignal.any([signal, timer]) : timer,
      }),
    )
  } catch (cause) {
    if (signal?.aborted) throw signal.reason
    throw timer.aborted
      ? new RealtimeError('refused', `The handshake took over ${timeout} ms`)
      : new RealtimeError('refused', 'The handshake request failed: no answer from the server', { cause })
  }
  const socket = (response as { webSocket?: (RealtimeSocket & { accept(): void }) | null }).webSocket
  if (!socket) throw await readRefusal(response, key)
  socket.accept()
  return onOpen(socket)
}
