import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RequestHandler } from 'msw'
import { apiError } from './api-error.ts'
import { createMock, type Mock } from './mock.ts'
import { createMockTransport } from './mock-transport.ts'
import { createMockControl } from './server-control.ts'
import { readIncoming } from './server-request.ts'
import { sendResponse } from './server-send.ts'

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on, on 127.0.0.1. @defaultValue `0` (any free port) */
  port?: number
  /** The mock to serve at `url`. @defaultValue a new `createMock()` */
  mock?: Mock
  /** Handlers tried before the mock's, e.g. your own overrides. @defaultValue none */
  handlers?: readonly RequestHandler[]
  /** The largest request body accepted; a larger one gets a 413. @defaultValue `33554432` (32 MiB) */
  maxBodyBytes?: number
}

/** A running mock server. */
export interface MockServer {
  /** Base URL of the API it serves, ending in `/v1`. */
  url: string
  /** The mock it serves at `url`: script it, reset it between tests. */
  mock: Mock
  /** Stops the server and closes its connections. */
  close(): Promise<void>
}

/** The API answers browsers' CORS requests; so does the mock, for any origin and header. */
const cors = (req: IncomingMessage): Record<string, string> => ({
  'access-control-allow-origin': req.headers.origin ?? '*',
  'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '*',
  'access-control-expose-headers': '*',
  'access-control-max-age': '600',
})

/**
 * Serves a mock of the API over HTTP on 127.0.0.1, for runtimes and processes that cannot share
 * MSW handlers in-process (a demo, a Deno or Bun test run, a Worker in workerd). Script it through
 * `server.mock`, or from any runtime with `connectMockServer(server.url)`, which gets a mock of its
 * own. A malformed request (a bad target or `Host`, broken multipart) gets a 400, a body over
 * `maxBodyBytes` a 413; neither stops the server.
 * @example
 * ```ts
 * const server = await startMockServer()
 * server.mock.script('createChatCompletion', { text: 'Hello!' })
 * const client = createClient({ apiKey: 'sk-test', baseURL: server.url })
 * await server.close()
 * ```
 */
export const startMockServer = async (options: MockServerOptions = {}): Promise<MockServer> => {
  const mock = options.mock ?? createMock()
  const transport = createMockTransport([...(options.handlers ?? []), ...mock.handlers])
  const maxBodyBytes = options.maxBodyBytes ?? 32 * 1024 * 1024
  let origin = 'http://127.0.0.1'
  const control = createMockControl(() => origin)
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors(req)).end()
    const closed = new AbortController()
    res.once('close', () => closed.abort(new Error('The client closed the connection')))
    const request = await readIncoming(req, origin, maxBodyBytes, closed.signal)
    const response =
      request instanceof Response ? request : ((await control(request)) ?? (await transport(request)))
    await sendResponse(response, res, cors(req))
  }
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A client gone mid-request (an abort, a timeout during `latency`) needs no answer.
      if (res.headersSent || res.destroyed) return void res.destroy()
      const response = apiError(
        500,
        `The mock server failed: ${error instanceof Error ? error.message : String(error)}`,
        {
          type: 'server_error',
        },
      )
      sendResponse(response, res, cors(req)).catch(() => res.destroy())
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/v1`,
    mock,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
