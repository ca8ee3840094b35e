import { APIConnectionError } from './connection-error.ts'

/**
 * The error of a request that got no answer from `host`, naming the host and the platform's
 * reason: the error code Node gives on the error's cause (`ECONNREFUSED`, `ENOTFOUND`,
 * `ECONNRESET`, a TLS code) or Bun on the error (`ConnectionRefused`), else the error's message
 * (Deno's says what failed, a browser's `Failed to fetch`). The URL carries no secret: a `baseURL`
 * with credentials is refused before any request.
 * @example
 * ```ts
 * connectionFailure('api.openai.com', error).message // 'Connection to api.openai.com failed: ECONNREFUSED'
 * ```
 */
export const connectionFailure = (host: string, cause: unknown): APIConnectionError => {
  const error = Object(cause)
  const reason = error.cause?.code ?? error.code ?? error.message
  return new APIConnectionError({ message: `Connection to ${host} failed: ${reason}`, cause })
}
