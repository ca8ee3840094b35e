import type { ResponseObject } from './generated/types.ts'
import { contentParts, outputText } from './output-text.ts'
import { parseStructuredOutput } from './parse-structured-output.ts'
import type { Schema } from './schema.ts'
import { StructuredOutputError } from './structured-output-error.ts'

/**
 * The structured output of a response (from {@link createResponse}, or a stream folded with
 * {@link accumulateResponse}), parsed and checked with the schema.
 * @throws StructuredOutputError: `'refusal'` when the model refused, `'incomplete'` when the
 * response is incomplete, `'invalid-json'` or `'invalid-output'` when it does not parse or validate.
 * @example
 * ```ts
 * const response = await createResponse(client, { model, input, text: responseTextFormat({ schema: Weather }) })
 * const weather = await parseResponse(response, Weather)
 * ```
 */
export const parseResponse = async <Output>(
  response: ResponseObject,
  schema: Schema<Output>,
): Promise<Output> => {
  const text = outputText(response)
  const refusal = contentParts(response)
    .map((part) => (part.type === 'refusal' ? part.refusal : ''))
    .join('')
  if (refusal) throw new StructuredOutputError('refusal', `The model refused: ${refusal}`, { text: refusal })
  if (response.status === 'incomplete')
    throw new StructuredOutputError(
      'incomplete',
      `The structured output was cut short (${response.incomplete_details?.reason ?? 'incomplete'})`,
      { text },
    )
  return parseStructuredOutput(text, schema)
}
