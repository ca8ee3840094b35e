import { OaikitError } from './oaikit-error.ts'

/** The request could not reach the API, or the connection broke before the whole answer arrived. */
export class APIConnectionError extends OaikitError {
  static override readonly id: string = 'APIConnectionError'
  /** Always `true`: a request that got no answer may get one when sent again. */
  readonly isRetryable = true
}

/** No answer within the `timeout`, or no bytes of a streamed body within the `idleTimeout`. */
export class APITimeoutError extends APIConnectionError {
  static override readonly id: string = 'APITimeoutError'
}
