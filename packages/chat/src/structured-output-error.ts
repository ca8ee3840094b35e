import { OaikitError } from '@oaikit/core'
import type { SchemaIssue } from './schema.ts'

/**
 * Why a structured output could not be used:
 * - `'refusal'`: the model refused; `text` holds the refusal;
 * - `'incomplete'`: the output was cut short (token limit, content filter) before its JSON ended;
 * - `'invalid-json'`: the output is not JSON;
 * - `'invalid-output'`: the JSON does not pass the schema's validation; `issues` says why.
 */
export type StructuredOutputErrorKind = 'refusal' | 'incomplete' | 'invalid-json' | 'invalid-output'

/** @deprecated Renamed {@link StructuredOutputErrorKind}, as `type` was renamed `kind`. */
export type StructuredOutputErrorType = StructuredOutputErrorKind

/**
 * The error a structured output fails with; `kind` says why (`kind`, as in every oaikit error).
 * @example
 * ```ts
 * try {
 *   const { data } = await createStructuredChatCompletion(client, body, { schema })
 * } catch (error) {
 *   if (StructuredOutputError.isInstance(error) && error.kind === 'refusal') show(error.text)
 * }
 * ```
 */
export class StructuredOutputError extends OaikitError {
  static override readonly id: string = 'StructuredOutputError'
  /** Why the output could not be used. */
  declare readonly kind: StructuredOutputErrorKind
  /** The model's output as it came (its refusal for `'refusal'`). */
  declare readonly text: string
  /** What the schema found wrong, for `'invalid-output'`. */
  declare readonly issues: ReadonlyArray<SchemaIssue> | undefined

  /** Creates the error; `message` says what went wrong. */
  constructor(
    kind: StructuredOutputErrorKind,
    message: string,
    { text, issues, cause }: { text: string; issues?: ReadonlyArray<SchemaIssue>; cause?: unknown },
  ) {
    super(message, { cause })
    Object.assign(this, { kind, text, issues })
  }

  /** @deprecated Use {@link StructuredOutputError.kind}, the name every oaikit error gives its discriminant. */
  get type(): StructuredOutputErrorKind {
    return this.kind
  }
}
