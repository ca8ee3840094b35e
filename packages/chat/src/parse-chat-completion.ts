import type { CreateChatCompletionResponse } from './generated/types.ts'
import { parseStructuredOutput } from './parse-structured-output.ts'
import type { Schema } from './schema.ts'
import { StructuredOutputError } from './structured-output-error.ts'

/**
 * The structured output of a chat completion's first choice (from {@link createChatCompletion}, or
 * a stream folded with {@link accumulateChatCompletion}), parsed and checked with the schema.
 * @throws StructuredOutputError: `'refusal'` when the model refused, `'incomplete'` when the output
 * was cut short, `'invalid-json'` or `'invalid-output'` when it does not parse or validate.
 * @example
 * ```ts
 * const completion = await collectStream(stream, accumulateChatCompletion)
 * const weather = await parseChatCompletion(completion, Weather)
 * ```
 */
export const parseChatCompletion = async <Output>(
  completion: CreateChatCompletionResponse,
  schema: Schema<Output>,
): Promise<Output> => {
  const { message, finish_reason } = completion.choices[0] ?? {}
  const { content, refusal } = message ?? {}
  if (refusal) throw new StructuredOutputError('refusal', `The model refused: ${refusal}`, { text: refusal })
  if (finish_reason === 'length' || finish_reason === 'content_filter')
    throw new StructuredOutputError('incomplete', `The structured output was cut short (${finish_reason})`, {
      text: content ?? '',
    })
  return parseStructuredOutput(content ?? '', schema)
}
