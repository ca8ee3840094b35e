import type { CreateChatCompletionResponse, CreateChatCompletionStreamResponse } from './generated/types.ts'

type Choice = CreateChatCompletionResponse['choices'][number]

/**
 * Folds one chunk of a chat completion stream into a snapshot of the completion the non-streaming
 * call would return: content and refusal joined, tool calls with their arguments joined, finish
 * reasons, log probabilities and usage. Pass `undefined` with the first chunk; the snapshot is
 * updated in place and returned, so it is current after each chunk (a choice's `finish_reason` is
 * `null` until it finishes).
 * @example
 * ```ts
 * let completion: CreateChatCompletionResponse | undefined
 * for await (const chunk of await createChatCompletionStream(client, { model, messages })) {
 *   completion = accumulateChatCompletion(completion, chunk)
 *   render(completion.choices[0]?.message.content)
 * }
 * ```
 */
export const accumulateChatCompletion = (
  snapshot: CreateChatCompletionResponse | undefined,
  chunk: CreateChatCompletionStreamResponse,
): CreateChatCompletionResponse => {
  const { choices, usage, object, ...rest } = chunk
  const completion = snapshot ?? { ...rest, object: 'chat.completion', choices: [] }
  if (usage) completion.usage = usage
  for (const { index, delta, finish_reason, logprobs } of choices) {
    completion.choices[index] ??= {
      index,
      // The spec types a finished choice; a streamed one has no finish reason until it finishes.
      finish_reason: null as unknown as Choice['finish_reason'],
      logprobs: null,
      message: { role: 'assistant', content: null, refusal: null },
    }
    const choice = completion.choices[index]
    const { message } = choice
    if (finish_reason) choice.finish_reason = finish_reason
    if (logprobs) {
      choice.logprobs ??= { content: null, refusal: null }
      const joined = choice.logprobs
      if (logprobs.content) joined.content = [...(joined.content ?? []), ...logprobs.content]
      if (logprobs.refusal) joined.refusal = [...(joined.refusal ?? []), ...logprobs.refusal]
    }
    if (delta.content != null) message.content = (message.content ?? '') + delta.content
    if (delta.refusal != null) message.refusal = (message.refusal ?? '') + delta.refusal
    for (const { index: position, id, function: call } of delta.tool_calls ?? []) {
      message.tool_calls ??= []
      message.tool_calls[position] ??= { id: '', type: 'function', function: { name: '', arguments: '' } }
      const toolCall = message.tool_calls[position]
      if (id) toolCall.id = id
      if (call?.name) toolCall.function.name = call.name
      if (call?.arguments) toolCall.function.arguments += call.arguments
    }
  }
  return completion
}
