import type { ChatMessage } from './chat-shapes.ts'
import type { CreateChatCompletionRequest, CreateChatCompletionResponse } from './generated/types.ts'
import { toJsonSchema } from './schema.ts'
import type { ToolLoopOptions, ToolLoopTurns } from './tool-loop.ts'

type Request = Omit<CreateChatCompletionRequest, 'stream'>

/**
 * The Chat Completions side of a tool loop: tools as `function` tools, results as `tool` messages.
 * @example
 * ```ts
 * const turns = chatToolTurns(body, { tools }, (request) => createChatCompletion(client, request))
 * ```
 */
export const chatToolTurns = <Event>(
  body: Request,
  { tools }: ToolLoopOptions,
  send: (
    request: Request,
  ) => Promise<CreateChatCompletionResponse> | AsyncGenerator<Event, CreateChatCompletionResponse>,
): ToolLoopTurns<CreateChatCompletionResponse, ChatMessage, Event> => ({
  send: (messages) =>
    send({
      ...body,
      messages,
      tools: [
        ...(body.tools ?? []),
        ...tools.map(({ name, description, parameters, strict = false }) => ({
          type: 'function' as const,
          function: { name, description, parameters: toJsonSchema(parameters), strict },
        })),
      ],
    }),
  calls: (completion) =>
    (completion.choices[0]?.message.tool_calls ?? []).flatMap((call) =>
      call.type === 'function' ? [{ id: call.id, ...call.function }] : [],
    ),
  answer: (completion, calls, outputs) => {
    const { content, refusal, tool_calls } = completion.choices[0]!.message
    return [
      { role: 'assistant', content, refusal, tool_calls },
      ...calls.map((call, index) => ({
        role: 'tool' as const,
        tool_call_id: call.id,
        content: outputs[index]!,
      })),
    ]
  },
})
