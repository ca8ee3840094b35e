import type { Client } from '@oaikit/core'
import { createConnection, type RealtimeConnection } from './connection.ts'
import type { RealtimeProtocol } from './events.ts'
import { fetchSocket } from './fetch-socket.ts'
import { openSocket } from './open-socket.ts'
import type { RealtimeSocket } from './realtime-socket.ts'
import { realtimeURL } from './realtime-url.ts'
import { resolveKey } from './resolve-key.ts'

/**
 * How the WebSocket handshake carries the key: `'subprotocol'` (`openai-insecure-api-key.<key>`, the
 * only way browsers allow), `'header'` (`Authorization`, for Node 22+, Deno 2.5+ and Bun) or `'fetch'`
 * (`fetch` with `Upgrade: websocket` through the client's transport, for Cloudflare Workers).
 */
export type Handshake = 'subprotocol' | 'header' | 'fetch'

/** Options of {@link connectWebSocket}. */
export interface WebSocketOptions<P extends RealtimeProtocol = 'ga'> {
  /**
   * The protocol generation: `'beta'` adds the `openai-beta.realtime-v1` subprotocol or the
   * `OpenAI-Beta: realtime=v1` header.
   * @deprecated for `'beta'`: the beta protocol is deprecated and the server may refuse it.
   * @defaultValue `'ga'`
   */
  protocol?: P
  /** The model, sent as the `model` query parameter; omit it when the client secret already names one. */
  model?: string
  /**
   * The ID of a call to join instead of starting a session (`call_id` query parameter): a server
   * watching and steering a WebRTC or SIP call (GA) with its own key, beside the caller's audio.
   */
  callId?: string
  /**
   * How the handshake carries the key.
   * @defaultValue `'fetch'` in Workers, `'header'` in Node, Deno 2.5+ and Bun, `'subprotocol'` elsewhere
   */
  handshake?: Handshake
  /**
   * Milliseconds the handshake may take.
   * @defaultValue `30_000`
   */
  timeout?: number
  /** Aborts the handshake. */
  signal?: AbortSignal
  /**
   * The WebSocket constructor, for runtimes without a global one (Node 20: the `ws` package's, which
   * takes `{ headers }` too).
   * @defaultValue `globalThis.WebSocket`
   */
  WebSocket?: typeof WebSocket
}

type Runtime = {
  WebSocketPair?: unknown
  document?: unknown
  Bun?: unknown
  Deno?: { version?: { deno?: string } }
  process?: { versions?: { node?: string } }
}

const defaultHandshake = (): Handshake => {
  const runtime = globalThis as Runtime
  if (runtime.WebSocketPair) return 'fetch'
  if (runtime.document) return 'subprotocol'
  const [major = 0, minor = 0] = (runtime.Deno?.version?.deno ?? '').split('.').map(Number)
  return runtime.Bun || major * 100 + minor >= 205 || runtime.process?.versions?.node
    ? 'header'
    : 'subprotocol'
}

/**
 * Opens a Realtime session over a WebSocket (the GA protocol unless `protocol: 'beta'`),
 * authenticated with the client's key: in a browser, a client secret minted by your server (a
 * long-lived `sk-` key is refused there, and by the subprotocol handshake anywhere, unless the
 * client sets `dangerouslyAllowBrowser`).
 * @throws RealtimeError (`refused`, `expired`) when the connection cannot be opened; InvalidInputError for a missing or refused key.
 * @example
 * ```ts
 * const client = createClient({ apiKey: createClientSecretProvider('/realtime/token') })
 * const connection = await connectWebSocket(client, { model: 'gpt-realtime' })
 * connection.on('response.output_text.delta', (event) => output.append(event.delta))
 * connection.send({ type: 'response.create' })
 * ```
 */
export const connectWebSocket = async <P extends RealtimeProtocol = 'ga'>(
  client: Client,
  options: WebSocketOptions<P> = {},
): Promise<RealtimeConnection<P>> => {
  const {
    protocol = 'ga' as P,
    model,
    callId,
    handshake = defaultHandshake(),
    timeout = 30_000,
    signal,
  } = options
  const Socket = options.WebSocket ?? globalThis.WebSocket
  const key = await resolveKey(client, handshake === 'subprotocol')
  const url = realtimeURL(client, '', { model, call_id: callId })
  const beta = protocol === 'beta'
  // The connection takes the socket over as it opens, so no early event is missed.
  const open = (socket: RealtimeSocket) => createConnection(socket, protocol, undefined, key)
  if (handshake === 'subprotocol') {
    url.protocol = url.protocol.replace('http', 'ws')
    const protocols = [
      'realtime',
      `openai-insecure-api-key.${key}`,
      ...(beta ? ['openai-beta.realtime-v1'] : []),
    ]
    return openSocket(Socket, url, protocols, timeout, signal, open)
  }
  const headers: Record<string, string> = {
    authorization: `Bearer ${key}`,
    ...(beta ? { 'openai-beta': 'realtime=v1' } : {}),
  }
  if (handshake === 'fetch')
    return fetchSocket(client.options.transport ?? fetch, url, headers, key, timeout, signal, open)
  url.protocol = url.protocol.replace('http', 'ws')
  return openSocket(Socket, url, { headers }, timeout, signal, open)
}
