import type { CreateChatCompletionRequest } from './generated/types.ts'
import { type StructuredOutputOptions, toJsonSchemaFormat } from './structured-output-options.ts'

/**
 * The `response_format` of a chat completion request that asks for JSON following the schema
 * (`json_schema`, strict unless told otherwise).
 * @example
 * ```ts
 * const stream = await createChatCompletionStream(client, {
 *   model: 'gpt-4o',
 *   messages,
 *   response_format: chatResponseFormat({ schema: Weather, name: 'weather' }),
 * })
 * ```
 */
export const chatResponseFormat = (
  options: StructuredOutputOptions,
): NonNullable<CreateChatCompletionRequest['response_format']> => ({
  type: 'json_schema',
  json_schema: toJsonSchemaFormat(options),
})
