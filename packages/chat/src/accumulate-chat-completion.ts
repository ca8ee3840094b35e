import type { CreateChatCompletionResponse, CreateChatCompletionStreamResponse } from './generated/types.ts'

type Choice = CreateChatCompletionResponse['choices'][number]
type ToolCall = NonNullable<Choice['message']['tool_calls']>[number]

/**
 * A streamed piece of a tool call: the spec types function calls only, but calls of custom tools
 * stream as `{ type: 'custom', custom: { name, input } }` pieces.
 */
type ToolCallDelta = Omit<
  NonNullable<CreateChatCompletionStreamResponse['choices'][number]['delta']['tool_calls']>[number],
  'type'
> & {
  type?: 'function' | 'custom'
  custom?: { name?: string; input?: string }
}

/** The call a delta begins: a custom tool call when it says so, else a function call. */
const emptyCall = (delta: ToolCallDelta): ToolCall =>
  delta.type === 'custom' || delta.custom
    ? { id: '', type: 'custom', custom: { name: '', input: '' } }
    : { id: '', type: 'function', function: { name: '', arguments: '' } }

/** Joins one delta into its tool call: the id, then the name and the arguments (or the custom input). */
const appendToolCall = (call: ToolCall, delta: ToolCallDelta): void => {
  if (delta.id) call.id = delta.id
  if (call.type === 'function') {
    if (delta.function?.name) call.function.name = delta.function.name
    if (delta.function?.arguments) call.function.arguments += delta.function.arguments
  } else {
    if (delta.custom?.name) call.custom.name = delta.custom.name
    if (delta.custom?.input) call.custom.input += delta.custom.input
  }
}

/**
 * Folds one chunk of a chat completion stream into a snapshot of the completion the non-streaming
 * call would return: content and refusal joined, function and custom tool calls with their arguments (or input) joined, finish
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
    for (const toolCall of (delta.tool_calls ?? []) as ToolCallDelta[]) {
      message.tool_calls ??= []
      message.tool_calls[toolCall.index] ??= emptyCall(toolCall)
      appendToolCall(message.tool_calls[toolCall.index]!, toolCall)
    }
  }
  return completion
}
