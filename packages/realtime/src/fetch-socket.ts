import type { Transport } from '@oaikit/core'
import { RealtimeError } from './realtime-error.ts'
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
  if (socket) {
    socket.accept()
    return socket
  }
  const text = (await response.text().catch(() => '')).replaceAll(key, '[redacted]')
  let error: { message?: string; code?: string } = {}
  try {
    error = JSON.parse(text).error ?? {}
  } catch {}
  const { status } = response
  const message = `The server refused the connection (HTTP ${status})${error.message ? `: ${error.message}` : ''}`
  throw new RealtimeError(/expired/.test(error.code ?? '') ? 'expired' : 'refused', message, {
    status,
    code: error.code,
  })
}
