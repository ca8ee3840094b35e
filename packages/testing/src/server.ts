import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Readable } from 'node:stream'
import type { RequestHandler } from 'msw'
import { handlers as defaultHandlers } from './handlers.ts'
import { createMockTransport } from './mock-transport.ts'

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on, on 127.0.0.1. @defaultValue `0` (any free port) */
  port?: number
  /** The handlers that answer requests. @defaultValue the handlers of the whole API */
  handlers?: readonly RequestHandler[]
}

/** A running mock server. */
export interface MockServer {
  /** Base URL of the API it serves, ending in `/v1`. */
  url: string
  /** Stops the server and closes its connections. */
  close(): Promise<void>
}

const toRequest = (message: IncomingMessage, origin: string): Request => {
  const method = message.method ?? 'GET'
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  const hasBody = method !== 'GET' && method !== 'HEAD'
  return new Request(new URL(message.url ?? '/', origin), {
    method,
    headers,
    body: hasBody ? (Readable.toWeb(message) as ReadableStream<Uint8Array>) : undefined,
    duplex: 'half',
  } as RequestInit)
}

/** The API answers browsers' CORS requests; so does the mock, for any origin and header. */
const cors = (req: IncomingMessage): Record<string, string> => ({
  'access-control-allow-origin': req.headers.origin ?? '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
  'access-control-expose-headers': '*',
  'access-control-max-age': '600',
})

const send = async (response: Response, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...cors(req) })
  if (!response.body) return void res.end()
  for await (const chunk of response.body) res.write(chunk)
  res.end()
}

/**
 * Serves the mock API over HTTP on 127.0.0.1, for runtimes and processes that cannot share MSW
 * handlers in-process (a demo, a Deno or Bun test run, a Worker in workerd).
 * @example
 * ```ts
 * const server = await startMockServer()
 * const client = createClient({ apiKey: 'sk-test', baseURL: server.url })
 * await server.close()
 * ```
 */
export const startMockServer = async (options: MockServerOptions = {}): Promise<MockServer> => {
  const transport = createMockTransport(options.handlers ?? defaultHandlers)
  const server = createServer((req, res) => {
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors(req)).end()
    const origin = `http://${req.headers.host ?? '127.0.0.1'}`
    transport(toRequest(req, origin))
      .then((response) => send(response, req, res))
      .catch((error: unknown) => {
        res.writeHead(500, { 'content-type': 'application/json' })
        res.end(
          JSON.stringify({
            error: { message: String(error), type: 'server_error', param: null, code: null },
          }),
        )
      })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/v1`,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
