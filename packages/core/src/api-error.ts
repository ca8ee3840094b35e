import { OaikitError } from './oaikit-error.ts'

/** The error object of an API error body: `{ "error": { message, type, code, param } }`. */
export interface APIErrorBody {
  message?: string
  type?: string
  code?: string | null
  param?: string | null
}

/**
 * What {@link APIError} is made from: an HTTP error response, an error event of a stream (no
 * status), or, for its subclasses, what kept the answer from arriving (a message and its cause).
 */
export interface APIErrorInit {
  /** The HTTP status; absent for an error that arrived inside a stream. */
  status?: number
  /** The `error` member of the body, ideally an {@link APIErrorBody} (anything else is ignored). */
  error?: unknown
  /** The response headers. */
  headers?: Headers
  /** The message to use when the body has none. */
  message?: string
  /** What led to the error: the platform's error for a failed connection, the abort reason. */
  cause?: unknown
}

/**
 * The family of an {@link APIError}: from its status for an answer, else `'connection'`
 * ({@link APIConnectionError}), `'timeout'` ({@link APITimeoutError}) or `'abort'`
 * ({@link APIUserAbortError}).
 */
export type APIErrorKind =
  | 'bad_request'
  | 'authentication'
  | 'permission_denied'
  | 'not_found'
  | 'conflict'
  | 'unprocessable_entity'
  | 'rate_limit'
  | 'server'
  | 'other'
  | 'connection'
  | 'timeout'
  | 'abort'

/**
 * The kind of each status from 400 to 429, comma-separated in order (400 first); an empty entry
 * has no kind of its own. One string, since it is on the path of every request.
 */
const kinds =
  'bad_request,authentication,,permission_denied,not_found,,,,,conflict,,,,,,,,,,,,,unprocessable_entity,,,,,,,rate_limit'

/**
 * An error of a call to the API: an HTTP error status, an error event inside a stream, or (its
 * subclasses, which have no `status`) a failed connection, a timeout, an abort. One `catch` with
 * `APIError.isInstance(error)` (or `instanceof APIError`) covers every way a call can fail but bad
 * input ({@link InvalidInputError}); `kind` tells them apart.
 * @example
 * ```ts
 * new APIError({ status: 429, error: { message: 'Slow down', type: 'requests' }, headers })
 * ```
 */
export class APIError extends OaikitError {
  static override readonly id: string = 'APIError'
  /** The HTTP status; `undefined` for an error that arrived inside a stream, and when no answer came. */
  declare readonly status: number | undefined
  /**
   * The family of the error: `'rate_limit'` for 429, `'server'` for 5xx, `'other'` when no status
   * family fits; `'connection'`, `'timeout'` or `'abort'` when no answer came.
   */
  declare readonly kind: APIErrorKind
  /** The API's error code, e.g. `'invalid_api_key'`. */
  declare readonly code: string | null | undefined
  /** The API's error type, e.g. `'invalid_request_error'`. */
  declare readonly type: string | undefined
  /** The request parameter the error is about. */
  declare readonly param: string | null | undefined
  /** The `x-request-id` response header, to quote when asking for support. */
  declare readonly requestId: string | null
  /** The response headers (empty for an error inside a stream, or without an answer); not enumerable, so never logged. */
  declare readonly headers: Headers
  /** Whether the same request may succeed if sent again: 408, 409, 429 and 5xx, unless `x-should-retry` says otherwise. */
  declare readonly isRetryable: boolean

  constructor(init: APIErrorInit) {
    const { status = 0, error, headers = new Headers(), message } = init
    const body = (error ?? {}) as APIErrorBody
    // The init is the `ErrorOptions` too: its `cause`, when it has one, becomes the error's.
    super(body.message || message || `HTTP ${status}`, init)
    const retry = headers.get('x-should-retry')
    this.status = status || undefined
    this.kind = (kinds.split(',')[status - 400] || (status > 499 ? 'server' : 'other')) as APIErrorKind
    this.code = body.code
    this.type = body.type
    this.param = body.param
    this.requestId = headers.get('x-request-id')
    // Not enumerable: left out of `util.inspect`, `console.log` and `toJSON` (a server or proxy may
    // echo credentials in headers), yet readable.
    Object.defineProperty(this, 'headers', { value: headers })
    this.isRetryable = retry ? retry === 'true' : status > 499 || [408, 409, 429].includes(status)
  }
}
