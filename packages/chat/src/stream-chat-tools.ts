import type { Client, RequestOptions } from '@oaikit/core'
import { accumulateChatCompletion } from './accumulate-chat-completion.ts'
import type { ChatMessage } from './chat-shapes.ts'
import { chatToolTurns } from './chat-tool-turns.ts'
import { foldStream } from './fold-stream.ts'
import { createChatCompletionStream } from './generated/chat.ts'
import type {
  CreateChatCompletionRequest,
  CreateChatCompletionResponse,
  CreateChatCompletionStreamResponse,
} from './generated/types.ts'
import { type ToolLoopOptions, toolLoop } from './tool-loop.ts'
import { type ToolLoopStream, toToolLoopStream } from './tool-loop-stream.ts'

/**
 * {@link runChatTools}, streamed: every model turn is streamed, and the chunks of all turns come
 * out of one stream, so {@link textDeltas} and {@link toEventStreamResponse} work on it. The tools
 * run between turns; `result` gives the loop's end. Leaving the iteration early stops the loop.
 * @example
 * ```ts
 * const run = streamChatTools(client, { model: 'gpt-4o', messages }, { tools: [weather] })
 * for await (const text of textDeltas(run)) output.append(text)
 * const { messages: conversation } = await run.result
 * ```
 */
export const streamChatTools = (
  client: Client,
  body: Omit<CreateChatCompletionRequest, 'stream'>,
  loop: ToolLoopOptions,
  options: RequestOptions = {},
): ToolLoopStream<CreateChatCompletionStreamResponse, CreateChatCompletionResponse, ChatMessage> =>
  toToolLoopStream(
    toolLoop(
      [...body.messages],
      loop,
      options.signal,
      chatToolTurns(body, loop, async function* (request) {
        return yield* foldStream(
          await createChatCompletionStream(client, request, options),
          accumulateChatCompletion,
        )
      }),
    ),
  )
