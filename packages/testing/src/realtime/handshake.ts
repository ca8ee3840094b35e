import type { IncomingMessage } from 'node:http'

/** What the mock Realtime server saw when a client opened a WebSocket, recorded for assertions. */
export interface MockRealtimeHandshake {
  /** The request path and query, e.g. `/v1/realtime?model=gpt-realtime`. */
  path: string
  /** The subprotocols the client offered, in order. */
  protocols: string[]
  /** The request headers, lower-cased (as Node reports them). */
  headers: Record<string, string>
  /** The key the client authenticated with: from the `Authorization` header or a subprotocol. */
  token: string | undefined
  /** How the key arrived. */
  auth: 'header' | 'subprotocol' | 'none'
  /** The protocol generation the client asked for: `beta` when it sent the beta subprotocol or header. */
  protocol: 'beta' | 'ga'
  /** Whether the server accepted the connection. */
  accepted: boolean
}

const insecureKeyPrefix = 'openai-insecure-api-key.'

/** Reads the offered subprotocols, the key and the protocol generation from an upgrade request. */
export const readHandshake = (request: IncomingMessage): Omit<MockRealtimeHandshake, 'accepted'> => {
  const protocols = (request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((protocol) => protocol.trim())
    .filter(Boolean)
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [
      name,
      Array.isArray(value) ? value.join(', ') : (value ?? ''),
    ]),
  )
  const bearer = /^Bearer (.+)$/.exec(headers.authorization ?? '')?.[1]
  const fromProtocol = protocols
    .find((protocol) => protocol.startsWith(insecureKeyPrefix))
    ?.slice(insecureKeyPrefix.length)
  const beta =
    protocols.includes('openai-beta.realtime-v1') || /realtime=v1/.test(headers['openai-beta'] ?? '')
  return {
    path: request.url ?? '/',
    protocols,
    headers,
    token: bearer ?? fromProtocol,
    auth: bearer ? 'header' : fromProtocol ? 'subprotocol' : 'none',
    protocol: beta ? 'beta' : 'ga',
  }
}
