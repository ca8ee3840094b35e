import { once } from 'node:events'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** A local HTTP server of one test file, on 127.0.0.1, that records its connections. */
export interface LocalServer {
  /** Its base URL, e.g. `http://127.0.0.1:41234`, with no trailing slash. */
  url: string
  /** How many connections are open now. */
  open(): number
  /** How many open connections have carried a request (a client may open a spare one). */
  busy(): number
  /** How many connections the client (or the server) closed so far. */
  closed(): number
  /** Resolves once no connection is open, or rejects after `ms` milliseconds naming how many are. */
  drained(ms?: number): Promise<void>
  /** Stops the server, destroying every connection left. */
  close(): Promise<void>
}

/** Answers one request of a {@link LocalServer}. */
export type LocalHandler = (request: IncomingMessage, response: ServerResponse) => void | Promise<void>

/**
 * Starts a server on 127.0.0.1 (an ephemeral port) that answers with `handler` and counts the
 * sockets it holds, so that a test can tell whether the client's abort reached the connection.
 */
export const startLocalServer = async (handler: LocalHandler): Promise<LocalServer> => {
  const sockets = new Set<Socket>()
  const busy = new Set<Socket>()
  let closed = 0
  let waiters: (() => void)[] = []
  const server = createServer((request, response) => {
    busy.add(request.socket)
    Promise.resolve(handler(request, response)).catch(() => response.destroy())
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => {
      sockets.delete(socket)
      busy.delete(socket)
      closed++
      if (sockets.size === 0) for (const wake of waiters.splice(0)) wake()
    })
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    open: () => sockets.size,
    busy: () => busy.size,
    closed: () => closed,
    drained: (ms = 2000) =>
      new Promise((resolve, reject) => {
        if (sockets.size === 0) return resolve()
        const timer = setTimeout(() => reject(new Error(`${sockets.size} connections still open`)), ms)
        waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      }),
    close: async () => {
      waiters = []
      for (const socket of sockets) socket.destroy()
      server.close()
      await once(server, 'close')
    },
  }
}

/** Writes `chunk` to `response` until `total` bytes are out, waiting for each drain; then `last`, and ends. */
export const writeRepeated = async (
  response: ServerResponse,
  chunk: Uint8Array,
  total: number,
  last?: string,
): Promise<void> => {
  for (let sent = 0; sent < total && !response.destroyed; sent += chunk.length)
    if (!response.write(chunk)) await Promise.race([once(response, 'drain'), once(response, 'close')])
  response.end(last)
}
