import type { Client, RequestOptions } from '@oaikit/core'
import { createResponse } from './generated/responses.ts'
import type { CreateResponse, ResponseObject } from './generated/types.ts'
import { parseResponse } from './parse-response.ts'
import { responseTextFormat } from './response-text-format.ts'
import type { Schema } from './schema.ts'
import type { StructuredOutputOptions } from './structured-output-options.ts'

/**
 * Creates a response whose output is JSON following the schema (strict `json_schema` text format),
 * and resolves with the output parsed and checked, and the response itself.
 * @throws StructuredOutputError when the model refuses, or its output is cut short, not JSON, or
 * invalid; `APIError` and the other request errors as {@link createResponse} does.
 * @example
 * ```ts
 * const { data } = await createStructuredResponse(
 *   client,
 *   { model: 'gpt-4o', input: 'Weather in Paris?' },
 *   { schema: Weather, name: 'weather' },
 * )
 * ```
 */
export const createStructuredResponse = async <Output>(
  client: Client,
  body: Omit<CreateResponse, 'stream' | 'text'>,
  output: StructuredOutputOptions<Schema<Output>>,
  options?: RequestOptions,
): Promise<{ data: Output; response: ResponseObject }> => {
  const response = await createResponse(client, { ...body, text: responseTextFormat(output) }, options)
  return { data: await parseResponse(response, output.schema), response }
}
