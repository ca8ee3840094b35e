import type { CreateChatCompletionRequest, CreateChatCompletionResponse } from './generated/types.ts'

// Each union is written `… | never`, which is the same type, so that editors, type errors and the
// API reference show its name rather than its members.

/**
 * A message of a chat conversation, as sent in `messages`: a `system`, `developer`, `user`,
 * `assistant` or `tool` message.
 * @example
 * ```ts
 * const messages: ChatMessage[] = [{ role: 'user', content: 'Hi' }]
 * ```
 */
export type ChatMessage = CreateChatCompletionRequest['messages'][number] | never

/** A tool the model may call, as sent in `tools`: a `function` tool or a `custom` tool. */
export type ChatTool = NonNullable<CreateChatCompletionRequest['tools']>[number] | never

/** A tool call of an assistant message: a `function` call (name, JSON arguments) or a `custom` one (name, input). */
export type ChatToolCall = NonNullable<ChatCompletionMessage['tool_calls']>[number] | never

/** The assistant message of a choice of a chat completion. */
export type ChatCompletionMessage = CreateChatCompletionResponse['choices'][number]['message']
