import { APIError } from './api-error.ts'

/**
 * The caller's `signal` aborted the request or its body: an {@link APIError} without a status,
 * never retried; the signal's reason is the `cause`.
 * @example
 * ```ts
 * new APIUserAbortError({ message: 'Request aborted', cause: signal.reason })
 * ```
 */
export class APIUserAbortError extends APIError {
  static override readonly id: string = 'APIUserAbortError'
  /** Always `'abort'`. */
  override readonly kind = 'abort'
}
