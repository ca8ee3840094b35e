export { accumulateChatCompletion } from './accumulate-chat-completion.ts'
export { accumulateCompletion } from './accumulate-completion.ts'
export { accumulateResponse } from './accumulate-response.ts'
export { chatResponseFormat } from './chat-response-format.ts'
export type { ChatCompletionMessage, ChatMessage, ChatTool, ChatToolCall } from './chat-shapes.ts'
export { collectStream } from './collect-stream.ts'
export { createStructuredChatCompletion } from './create-structured-chat-completion.ts'
export { createStructuredResponse } from './create-structured-response.ts'
export { fromEventStreamResponse } from './from-event-stream-response.ts'
export * from './generated/index.ts'
export { outputText } from './output-text.ts'
export { parseChatCompletion } from './parse-chat-completion.ts'
export { parseResponse } from './parse-response.ts'
export { parseStructuredOutput } from './parse-structured-output.ts'
export { pollResponse } from './poll-response.ts'
export type { ResponseInputItem, ResponseOutputItem, ResponseTool } from './response-shapes.ts'
export { responseTextFormat } from './response-text-format.ts'
export { runChatTools } from './run-chat-tools.ts'
export { runResponseTools } from './run-response-tools.ts'
export type { ToolCall, ToolErrorMessage } from './run-tool-calls.ts'
export {
  type Infer,
  type JsonSchema,
  jsonSchema,
  type Schema,
  type SchemaIssue,
  type StandardSchema,
  type TypedJsonSchema,
} from './schema.ts'
export {
  type BackgroundResponseInput,
  type BackgroundResponseOptions,
  streamBackgroundResponse,
} from './stream-background-response.ts'
export { streamChatTools } from './stream-chat-tools.ts'
export { streamResponseTools } from './stream-response-tools.ts'
export {
  StructuredOutputError,
  type StructuredOutputErrorKind,
  type StructuredOutputErrorType,
} from './structured-output-error.ts'
export type { StructuredOutputOptions } from './structured-output-options.ts'
export { type TextStreamEvent, textDeltas } from './text-deltas.ts'
export { toEventStreamResponse } from './to-event-stream-response.ts'
export { defineTool, type Tool, type ToolContext } from './tool.ts'
export type { ToolLoopOptions, ToolLoopResult } from './tool-loop.ts'
export type { ToolLoopStream } from './tool-loop-stream.ts'
