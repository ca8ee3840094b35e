import { OaikitError } from './oaikit-error.ts'

/** The error object of an API error body: `{ "error": { message, type, code, param } }`. */
export interface APIErrorBody {
  message?: string
  type?: string
  code?: string | null
  param?: string | null
}

/** What {@link APIError} is made from: an HTTP error response, or an error event of a stream (no status). */
export interface APIErrorInit {
  /** The HTTP status; absent for an error that arrived inside a stream. */
  status?: number
  /** The `error` member of the body, ideally an {@link APIErrorBody} (anything else is ignored). */
  error?: unknown
  /** The response headers. */
  headers?: Headers
  /** The message to use when the body has none. */
  message?: string
}

/** The family of an {@link APIError}, from its status. */
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

/**
 * The kind of each status from 400 to 429, comma-separated in order (400 first); an empty entry
 * has no kind of its own. One string, since it is on the path of every request.
 */
const kinds =
  'bad_request,authentication,,permission_denied,not_found,,,,,conflict,,,,,,,,,,,,,unprocessable_entity,,,,,,,rate_limit'

/**
 * An error answered by the API: an HTTP error status, or an error event inside a stream.
 * @example
 * ```ts
 * new APIError({ status: 429, error: { message: 'Slow down', type: 'requests' }, headers })
 * ```
 */
export class APIError extends OaikitError {
  static override readonly id: string = 'APIError'
  /** The HTTP status; `undefined` for an error that arrived inside a stream. */
  declare readonly status: number | undefined
  /** The family of the status: `'rate_limit'` for 429, `'server'` for 5xx, `'other'` when none fits. */
  declare readonly kind: APIErrorKind
  /** The API's error code, e.g. `'invalid_api_key'`. */
  declare readonly code: string | null | undefined
  /** The API's error type, e.g. `'invalid_request_error'`. */
  declare readonly type: string | undefined
  /** The request parameter the error is about. */
  declare readonly param: string | null | undefined
  /** The `x-request-id` response header, to quote when asking for support. */
  declare readonly requestId: string | null
  /** The response headers (empty for an error inside a stream); not enumerable, so never logged. */
  declare readonly headers: Headers
  /** Whether the same request may succeed if sent again: 408, 409, 429 and 5xx, unless `x-should-retry` says otherwise. */
  declare readonly isRetryable: boolean

  constructor({ status = 0, error, headers = new Headers(), message }: APIErrorInit) {
    const body = (error ?? {}) as APIErrorBody
    super(body.message || message || `HTTP ${status}`)
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
