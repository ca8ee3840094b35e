import type { ServerResponse } from 'node:http'

/**
 * Writes a web `Response` to a Node response, honouring backpressure. A client that goes away
 * cancels the body (a stalled stream ends there); a body that fails resets the connection, as a
 * server that dies mid-answer does.
 */
export const sendResponse = async (
  response: Response,
  res: ServerResponse,
  headers: Record<string, string>,
): Promise<void> => {
  res.writeHead(response.status, { ...Object.fromEntries(response.headers), ...headers })
  if (!response.body) return void res.end()
  const reader = response.body.getReader()
  const cancel = () => void reader.cancel().catch(() => undefined)
  res.once('close', cancel)
  let written: Promise<void> = Promise.resolve()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done || res.destroyed) break
      let ready = true
      written = new Promise((resolve) => {
        ready = res.write(value, () => resolve())
      })
      if (!ready) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve))
    }
    res.end()
  } catch {
    // What was sent before the failure reaches the client first, as with a server that dies a moment
    // after its last write: a browser drops bytes it holds unread when the connection breaks.
    await written
    await new Promise((resolve) => setTimeout(resolve, 25))
    res.destroy()
  } finally {
    res.off('close', cancel)
  }
}
