import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
}

/** A route a static server answers before looking for a file. */
export type Route = (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>

/**
 * Serves a folder over HTTP on 127.0.0.1 (`/` is `index.html`), for the checks that open pages in
 * Chromium. `route` answers first where it returns true (a token endpoint, say).
 * @returns its origin and a function that stops it
 */
export const serveStatic = async (
  folder: string,
  route?: Route,
): Promise<{ url: string; close: () => Promise<void> }> => {
  const server = createServer(async (req, res) => {
    if (route && (await route(req, res))) return
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname)
    const file = join(folder, normalize(path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(folder) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
