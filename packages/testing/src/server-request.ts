import type { IncomingMessage } from 'node:http'
import { apiError } from './api-error.ts'

/**
 * A web `Request` of an incoming HTTP request, its body read into memory up to `maxBodyBytes`; or
 * the 400 (a target that is no URL, `Host: [`) or 413 (a body over the limit) answer. The request
 * is addressed to `origin` whatever its `Host` header says, so no header can make it unparsable.
 */
export const readIncoming = async (
  message: IncomingMessage,
  origin: string,
  maxBodyBytes: number,
  signal: AbortSignal,
): Promise<Request | Response> => {
  const target = message.url ?? '/'
  let url: URL
  try {
    // An absolute-form target (`GET http://host/v1/models`) keeps its path and query only.
    const absolute = target.startsWith('/') ? undefined : new URL(target)
    url = new URL(absolute ? absolute.pathname + absolute.search : target, origin)
  } catch {
    return apiError(400, 'The request target is not a valid URL.', { code: 'invalid_url' })
  }
  const tooLarge = () => {
    const response = apiError(
      413,
      `The request body is larger than the ${maxBodyBytes} bytes this mock server accepts.`,
      {
        code: 'request_too_large',
      },
    )
    response.headers.set('connection', 'close')
    return response
  }
  if (Number(message.headers['content-length'] ?? 0) > maxBodyBytes) return tooLarge()
  const method = message.method ?? 'GET'
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers, signal })
  const chunks: Uint8Array[] = []
  let size = 0
  // Past the limit the rest is read and dropped, so the client can finish sending and read the 413.
  for await (const chunk of message as AsyncIterable<Uint8Array>) {
    size += chunk.length
    if (size > maxBodyBytes) chunks.length = 0
    else chunks.push(chunk)
  }
  if (size > maxBodyBytes) return tooLarge()
  const body = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.length
  }
  return new Request(url, { method, headers, body, signal })
}
