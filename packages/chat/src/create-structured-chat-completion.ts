import type { Client, RequestOptions } from '@oaikit/core'
import { chatResponseFormat } from './chat-response-format.ts'
import { createChatCompletion } from './generated/chat.ts'
import type { CreateChatCompletionRequest, CreateChatCompletionResponse } from './generated/types.ts'
import { parseChatCompletion } from './parse-chat-completion.ts'
import type { Schema } from './schema.ts'
import type { StructuredOutputOptions } from './structured-output-options.ts'

/**
 * Creates a chat completion whose answer is JSON following the schema (strict `json_schema`
 * response format), and resolves with the answer parsed and checked, and the completion itself.
 * @throws StructuredOutputError when the model refuses, or its output is cut short, not JSON, or
 * invalid; `APIError` and the other request errors as {@link createChatCompletion} does.
 * @example
 * ```ts
 * const Weather = z.object({ city: z.string(), celsius: z.number() })
 * const { data } = await createStructuredChatCompletion(
 *   client,
 *   { model: 'gpt-4o', messages: [{ role: 'user', content: 'Weather in Paris?' }] },
 *   { schema: Weather, name: 'weather' },
 * )
 * data.celsius // number
 * ```
 */
export const createStructuredChatCompletion = async <Output>(
  client: Client,
  body: Omit<CreateChatCompletionRequest, 'stream' | 'response_format'>,
  output: StructuredOutputOptions<Schema<Output>>,
  options?: RequestOptions,
): Promise<{ data: Output; completion: CreateChatCompletionResponse }> => {
  const completion = await createChatCompletion(
    client,
    { ...body, response_format: chatResponseFormat(output) },
    options,
  )
  return { data: await parseChatCompletion(completion, output.schema), completion }
}
