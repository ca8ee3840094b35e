import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { controlMockCall, type MockRealtimeCallAction } from './calls.ts'
import { type MockRealtimeClientEvent, recordClientEvent } from './client-events.ts'
import { type MockRealtimeHandshake, readHandshake } from './handshake.ts'
import { mintMockClientSecret } from './mint.ts'
import { createMockSession, mockModels } from './mock-session.ts'
import { createMockTokens } from './tokens.ts'

// Loaded with Node's own resolution: a test runner resolving for a browser or a Worker would get the
// `ws` stub that only throws, although this server always runs in Node.
const { WebSocketServer } = createRequire(import.meta.url)('ws') as typeof import('ws')

/** Options of {@link startMockRealtimeServer}. */
export interface MockRealtimeServerOptions {
  /** Port to listen on, on 127.0.0.1. @defaultValue `0` (any free port) */
  port?: number
  /**
   * The clock (milliseconds since the epoch) minted secrets expire by, for tests that let one expire.
   * @defaultValue `Date.now`
   */
  now?: () => number
}

/** A running mock Realtime server. */
export interface MockRealtimeServer {
  /** Base URL of the API it serves, `http://127.0.0.1:PORT/v1`; WebSockets connect to `ws://…/v1/realtime`. */
  url: string
  /** Every WebSocket handshake so far, accepted or refused. Also served as JSON at `GET /__mock/handshakes`. */
  handshakes: MockRealtimeHandshake[]
  /** Every call-control request accepted so far. Also served as JSON at `GET /__mock/calls`. */
  calls: MockRealtimeCallAction[]
  /**
   * Every message received so far on an accepted WebSocket, in order, with the connection it came
   * on (its handshake's index in `handshakes`). Also served as JSON at `GET /__mock/events`.
   */
  events: MockRealtimeClientEvent[]
  /** Stops the server and closes its connections. */
  close(): Promise<void>
}

const json = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
  res.end(JSON.stringify(body))
}

const refuseUpgrade = (socket: Duplex, status: number, body: unknown) => {
  const text = JSON.stringify(body)
  socket.end(
    `HTTP/1.1 ${status} Unauthorized\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(text)}\r\nconnection: close\r\n\r\n${text}`,
  )
}

const readBody = async (req: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text ? JSON.parse(text) : {}
}

/**
 * Serves the Realtime API on 127.0.0.1: WebSocket sessions at `/v1/realtime` that speak the event
 * protocol (GA, or beta when the client sends the beta subprotocol or header), the client-secret
 * endpoints (`/v1/realtime/client_secrets`, `/v1/realtime/translations/client_secrets`, and beta's
 * `/v1/realtime/sessions`, `/v1/realtime/transcription_sessions`) and call control
 * (`/v1/realtime/calls/{call_id}/accept|hangup|refer|reject`). It authenticates with a `sk-` or
 * `ek_` key from the `Authorization` header or the `openai-insecure-api-key.` subprotocol, refuses
 * a minted secret once it has expired (HTTP 401, `expired_api_key`, as the API does), and records
 * each handshake, client event and call action so tests can assert what reached the server. Node only.
 * @example
 * ```ts
 * const server = await startMockRealtimeServer()
 * const connection = await connectWebSocket(createClient({ apiKey: 'ek_test', baseURL: server.url }))
 * await server.close()
 * ```
 */
export const startMockRealtimeServer = async (
  options: MockRealtimeServerOptions = {},
): Promise<MockRealtimeServer> => {
  const handshakes: MockRealtimeHandshake[] = []
  const calls: MockRealtimeCallAction[] = []
  const events: MockRealtimeClientEvent[] = []
  const now = options.now ?? Date.now
  const tokens = createMockTokens(now)
  // Upgrades left unanswered on purpose (`mockModels.neverOpen`), destroyed at close.
  const hanging = new Set<Duplex>()
  const sockets = new WebSocketServer({
    noServer: true,
    handleProtocols: (protocols) => (protocols.has('realtime') ? 'realtime' : false),
  })
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        'access-control-allow-origin': '*',
        'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
        'access-control-allow-methods': 'GET, POST',
      })
      return res.end()
    }
    if (req.method === 'GET' && path === '/__mock/handshakes') return json(res, 200, handshakes)
    if (req.method === 'GET' && path === '/__mock/calls') return json(res, 200, calls)
    if (req.method === 'GET' && path === '/__mock/events') return json(res, 200, events)
    if (req.method !== 'POST') return json(res, 404, { error: { message: `No route ${req.method} ${path}` } })
    const refused = tokens.refuse(/^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1])
    if (refused)
      return json(res, refused.status, { error: { type: 'invalid_request_error', ...refused, param: null } })
    readBody(req)
      .then((body) => {
        const fields = body as Record<string, unknown>
        const answer =
          mintMockClientSecret(tokens, now(), path, fields) ?? controlMockCall(calls, path, fields)
        if (!answer) return json(res, 404, { error: { message: `No route POST ${path}` } })
        if (answer.body !== undefined) return json(res, answer.status, answer.body)
        res.writeHead(answer.status, { 'access-control-allow-origin': '*' })
        res.end()
      })
      .catch(() =>
        json(res, 400, { error: { type: 'invalid_request_error', message: 'Invalid JSON body.' } }),
      )
  })

  server.on('upgrade', (req, socket, head) => {
    const handshake = readHandshake(req)
    const url = new URL(handshake.path, 'http://127.0.0.1')
    const refused =
      url.pathname === '/v1/realtime'
        ? tokens.refuse(handshake.token)
        : { status: 404, code: 'not_found', message: 'Not found.' }
    const connection = handshakes.push({ ...handshake, accepted: !refused }) - 1
    if (!refused && url.searchParams.get('model') === mockModels.neverOpen) {
      hanging.add(socket.on('close', () => hanging.delete(socket)))
      return
    }
    if (refused)
      return refuseUpgrade(socket, refused.status, { error: { type: 'invalid_request_error', ...refused } })
    sockets.handleUpgrade(req, socket, head, (ws) => {
      const model = url.searchParams.get('model') ?? 'gpt-realtime'
      const session = createMockSession({
        protocol: handshake.protocol,
        model,
        send: (event) => ws.readyState === ws.OPEN && ws.send(JSON.stringify(event)),
      })
      ws.on('message', (data) => {
        events.push(recordClientEvent(connection, String(data)))
        session.receive(String(data))
      })
      ws.on('close', () => session.stop())
      // A moment after `session.created`, not in the same instant as the handshake's answer: closing
      // that early left Bun's client waiting now and then under load.
      if (model === mockModels.unexpectedClose) setTimeout(() => ws.close(1011, 'mock: unexpected close'), 20)
      if (model === mockModels.closeEchoingKey)
        setTimeout(() => ws.close(1008, `Key ${handshake.token} is not allowed here`), 20)
    })
  })

  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/v1`,
    handshakes,
    calls,
    events,
    close: () =>
      new Promise((resolve, reject) => {
        for (const ws of sockets.clients) ws.terminate()
        for (const socket of hanging) socket.destroy()
        sockets.close()
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
