import type { CreateResponse } from './generated/types.ts'
import { type StructuredOutputOptions, toJsonSchemaFormat } from './structured-output-options.ts'

/**
 * The `text` option of a Responses request that asks for JSON following the schema
 * (`json_schema`, strict unless told otherwise).
 * @example
 * ```ts
 * const response = await createResponse(client, {
 *   model: 'gpt-4o',
 *   input,
 *   text: responseTextFormat({ schema: Weather, name: 'weather' }),
 * })
 * ```
 */
export const responseTextFormat = (
  options: StructuredOutputOptions,
): NonNullable<CreateResponse['text']> => ({
  format: { type: 'json_schema', ...toJsonSchemaFormat(options) },
})
