import { describeIssues, type Schema, validate } from './schema.ts'
import { StructuredOutputError } from './structured-output-error.ts'

/**
 * Parses the text of a structured output as JSON and checks it with the schema (its Standard
 * Schema `validate`, when it has one), resolving with the schema's output.
 * @throws StructuredOutputError of kind `'invalid-json'` or `'invalid-output'`.
 * @example
 * ```ts
 * const weather = await parseStructuredOutput(completion.choices[0]!.message.content!, WeatherSchema)
 * ```
 */
export const parseStructuredOutput = async <Output>(
  text: string,
  schema: Schema<Output>,
): Promise<Output> => {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (cause) {
    throw new StructuredOutputError('invalid-json', 'The structured output is not JSON', { text, cause })
  }
  const result = await validate(schema, value)
  if (result.issues)
    throw new StructuredOutputError(
      'invalid-output',
      `The structured output does not match its schema: ${describeIssues(result.issues)}`,
      {
        text,
        issues: result.issues,
      },
    )
  return result.value
}
