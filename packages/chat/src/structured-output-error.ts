import { OaikitError } from '@oaikit/core'
import type { SchemaIssue } from './schema.ts'

/**
 * Why a structured output could not be used:
 * - `'refusal'`: the model refused; `text` holds the refusal;
 * - `'incomplete'`: the output was cut short (token limit, content filter) before its JSON ended;
 * - `'invalid-json'`: the output is not JSON;
 * - `'invalid-output'`: the JSON does not pass the schema's validation; `issues` says why.
 */
export type StructuredOutputErrorType = 'refusal' | 'incomplete' | 'invalid-json' | 'invalid-output'

/**
 * The error a structured output fails with; `type` says why.
 * @example
 * ```ts
 * try {
 *   const { data } = await createStructuredChatCompletion(client, body, { schema })
 * } catch (error) {
 *   if (StructuredOutputError.isInstance(error) && error.type === 'refusal') show(error.text)
 * }
 * ```
 */
export class StructuredOutputError extends OaikitError {
  static override readonly id: string = 'StructuredOutputError'
  /** Why the output could not be used. */
  declare readonly type: StructuredOutputErrorType
  /** The model's output as it came (its refusal for `'refusal'`). */
  declare readonly text: string
  /** What the schema found wrong, for `'invalid-output'`. */
  declare readonly issues: ReadonlyArray<SchemaIssue> | undefined

  /** Creates the error; `message` says what went wrong. */
  constructor(
    type: StructuredOutputErrorType,
    message: string,
    { text, issues, cause }: { text: string; issues?: ReadonlyArray<SchemaIssue>; cause?: unknown },
  ) {
    super(message, { cause })
    Object.assign(this, { type, text, issues })
  }
}
