import { OaikitError } from './oaikit-error.ts'

/** An argument or option the pipeline cannot send (an unsafe path parameter, a control character in a header, a malformed `baseURL`, a body that is not JSON, a secret key in a browser). */
export class InvalidInputError extends OaikitError {
  static override readonly id: string = 'InvalidInputError'
}
