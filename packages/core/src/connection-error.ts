import { APIError } from './api-error.ts'

/**
 * The request could not reach the API, or the connection broke before the whole answer arrived.
 * An {@link APIError} without a status; its `cause` is the platform's error.
 * @example
 * ```ts
 * new APIConnectionError({ message: 'Connection to api.openai.com failed: ECONNREFUSED', cause })
 * ```
 */
export class APIConnectionError extends APIError {
  static override readonly id: string = 'APIConnectionError'
  /** `'connection'` (`'timeout'` for an {@link APITimeoutError}). */
  override readonly kind: 'connection' | 'timeout' = 'connection'
  /** Always `true`: a request that got no answer may get one when sent again. */
  override readonly isRetryable = true
}

/**
 * No answer within the `timeout`, or no bytes of a streamed body within the `idleTimeout`.
 * @example
 * ```ts
 * new APITimeoutError({ message: 'No data for 600000 ms' })
 * ```
 */
export class APITimeoutError extends APIConnectionError {
  static override readonly id: string = 'APITimeoutError'
  /** Always `'timeout'`. */
  override readonly kind = 'timeout'
}
