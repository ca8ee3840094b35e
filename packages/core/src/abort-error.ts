import { OaikitError } from './oaikit-error.ts'

/** The caller's `signal` aborted the request or its body; its reason is the `cause`. */
export class APIUserAbortError extends OaikitError {
  static override readonly id: string = 'APIUserAbortError'
}
