import { InvalidInputError } from '@oaikit/core'
import { RealtimeError } from './realtime-error.ts'
import type { RealtimeSocket } from './realtime-socket.ts'

/**
 * Opens a WebSocket with `Socket`: with subprotocols (any runtime) or, where the runtime accepts a
 * non-standard `{ headers, protocols }` second argument (Node 22+, Deno 2.5+, Bun), with headers.
 * Once it is open, `onOpen` takes it over in the same task, before any message or close event can
 * be dispatched, and the promise resolves with what `onOpen` returns. Rejects with a `refused`
 * {@link RealtimeError} when it closes first or `timeout` passes, and with the signal's reason when aborted.
 */
export const openSocket = <T>(
  Socket: typeof WebSocket | undefined,
  url: URL,
  init: string[] | { headers: Record<string, string> },
  timeout: number,
  signal: AbortSignal | undefined,
  onOpen: (socket: RealtimeSocket) => T,
): Promise<T> =>
  new Promise((resolve, reject) => {
    signal?.throwIfAborted()
    if (!Socket)
      throw new InvalidInputError('This runtime has no WebSocket: pass one as the WebSocket option')
    let socket: WebSocket
    try {
      socket = new Socket(url, init as string[])
    } catch {
      // The runtime's message may quote the subprotocols, and with them the key.
      throw new InvalidInputError('The runtime refused the WebSocket URL or subprotocols')
    }
    // Settles first, then closes: Node's WebSocket dispatches `close` from within `close()`, and that
    // event's 1006 must not take the place of the abort reason or the timeout.
    const fail = (error: unknown) => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', abort)
      socket.removeEventListener('close', refuse)
      reject(error)
      socket.close()
    }
    const abort = () => fail(signal?.reason)
    const timer = setTimeout(
      () => fail(new RealtimeError('refused', `The handshake took over ${timeout} ms`)),
      timeout,
    )
    signal?.addEventListener('abort', abort)
    const refuse = ({ code }: { code: number }) =>
      fail(new RealtimeError('refused', `The server refused the connection (${code})`, { closeCode: code }))
    socket.addEventListener('open', () => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', abort)
      socket.removeEventListener('close', refuse)
      resolve(onOpen(socket))
    })
    socket.addEventListener('close', refuse)
  })
