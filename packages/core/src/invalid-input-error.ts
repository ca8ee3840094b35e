import { OaikitError } from './oaikit-error.ts'

/** An argument or option the pipeline cannot send (an unsafe path parameter, a CR/LF in a header, a secret key in a browser). */
export class InvalidInputError extends OaikitError {
  static override readonly id: string = 'InvalidInputError'
}
