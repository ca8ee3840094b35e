import type { Client, RequestOptions } from '@oaikit/core'
import type { ChatMessage } from './chat-shapes.ts'
import { chatToolTurns } from './chat-tool-turns.ts'
import { createChatCompletion } from './generated/chat.ts'
import type { CreateChatCompletionRequest, CreateChatCompletionResponse } from './generated/types.ts'
import { runToolLoop, type ToolLoopOptions, type ToolLoopResult, toolLoop } from './tool-loop.ts'

/**
 * Runs a chat completion with tools: sends the messages, runs the tool calls of the answer (at the
 * same time), sends their results back, and so on until the model answers without calling a tool
 * or `maxSteps` turns have run. A tool that throws, unknown tools and invalid arguments are
 * reported to the model, not thrown. `options.signal` aborts the loop, the tools' `signal` included.
 * @example
 * ```ts
 * const { final, messages } = await runChatTools(
 *   client,
 *   { model: 'gpt-4o', messages: [{ role: 'user', content: 'Weather in Paris and Rome?' }] },
 *   { tools: [weather], maxSteps: 5 },
 * )
 * console.log(final.choices[0]?.message.content)
 * ```
 */
export const runChatTools = (
  client: Client,
  body: Omit<CreateChatCompletionRequest, 'stream'>,
  loop: ToolLoopOptions,
  options: RequestOptions = {},
): Promise<ToolLoopResult<CreateChatCompletionResponse, ChatMessage>> =>
  runToolLoop(
    toolLoop(
      [...body.messages],
      loop,
      options.signal,
      chatToolTurns<never>(body, loop, (request) => createChatCompletion(client, request, options)),
    ),
  )
