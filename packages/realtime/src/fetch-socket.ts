import type { Transport } from '@oaikit/core'
import { readRefusal } from './read-refusal.ts'
import type { RealtimeSocket } from './realtime-socket.ts'

/**
 * Opens a WebSocket the Cloudflare Workers way: a `fetch` with `Upgrade: websocket` whose response
 * carries the socket. Rejects with `refused` (or `expired`, when the body says the key expired)
 * and the HTTP status when no socket comes back.
 */
export const fetchSocket = async (
  transport: Transport,
  url: URL,
  headers: Record<string, string>,
  key: string,
  signal?: AbortSignal,
): Promise<RealtimeSocket> => {
  const response = await transport(
    new Request(url, { headers: { ...headers, upgrade: 'websocket' }, signal }),
  )
  const socket = (response as { webSocket?: (RealtimeSocket & { accept(): void }) | null }).webSocket
  if (!socket) throw await readRefusal(response, key)
  socket.accept()
  return socket
}
