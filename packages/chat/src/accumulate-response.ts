import type { ResponseObject, ResponseStreamEvent } from './generated/types.ts'

/** A content part of an output item that deltas extend: text (of a message or reasoning), a refusal. */
interface GrowingPart {
  text?: string
  refusal?: string
  annotations?: unknown[]
}

/**
 * The fields of an output item that deltas extend; each item type has some of them (a message its
 * content, a reasoning item its summary and content, a function or MCP call its arguments, a
 * custom tool call its input, a code interpreter call its code).
 */
interface GrowingItem {
  content?: GrowingPart[]
  summary?: GrowingPart[]
  arguments?: string
  input?: string
  code?: string | null
}

/**
 * The snapshot before the stream's first event: `response.created` replaces it with the response
 * the API started, so its placeholder fields are never seen once a stream is well formed.
 */
const emptyResponse = (): ResponseObject => ({
  id: '',
  object: 'response',
  created_at: 0,
  status: 'in_progress',
  error: null,
  incomplete_details: null,
  instructions: null,
  model: '',
  tools: [],
  tool_choice: 'auto',
  metadata: null,
  temperature: null,
  top_p: null,
  parallel_tool_calls: true,
  output: [],
})

/** Puts `value` at `index` of the list in `target[field]`, starting the list when there is none. */
const place = <Key extends 'content' | 'summary' | 'annotations'>(
  target: { [field in Key]?: unknown[] } | undefined,
  field: Key,
  index: number,
  value: unknown,
) => {
  if (!target) return
  const list = target[field] ?? []
  list[index] = value
  target[field] = list
}

/** Folds a delta (or, with `done`, the final value) into the field of `target` it extends. */
const grow = <Key extends string>(
  target: { [field in Key]?: string | null } | undefined,
  field: Key,
  text: string,
  done = false,
) => {
  if (target) target[field] = done ? text : (target[field] ?? '') + text
}

/**
 * Folds one event of a Responses stream into a snapshot of the response the non-streaming call
 * would return: output items of every type as they are added and done; text and reasoning text,
 * refusals, annotations, reasoning summaries, function, MCP and custom tool call input, and code
 * interpreter code joined from their deltas; and the whole response (usage and status included)
 * from each event that carries it (`response.created`, `response.completed`, ...). Pass
 * `undefined` with the first event; use the returned snapshot, which is updated in place between
 * events that carry the whole response.
 * @example
 * ```ts
 * let response: ResponseObject | undefined
 * for await (const event of await createResponseStream(client, { model, input })) {
 *   response = accumulateResponse(response, event)
 * }
 * ```
 */
export const accumulateResponse = (
  snapshot: ResponseObject | undefined,
  event: ResponseStreamEvent,
): ResponseObject => {
  if ('response' in event) return event.response
  const response = snapshot ?? emptyResponse()
  const output = response.output as unknown[]
  const item = ('output_index' in event ? output[event.output_index] : undefined) as GrowingItem | undefined
  const part = 'content_index' in event ? item?.content?.[event.content_index] : undefined
  const summary = 'summary_index' in event ? item?.summary?.[event.summary_index] : undefined
  switch (event.type) {
    case 'response.output_item.added':
    case 'response.output_item.done':
      output[event.output_index] = event.item
      break
    case 'response.content_part.added':
    case 'response.content_part.done':
      place(item, 'content', event.content_index, event.part)
      break
    case 'response.reasoning_summary_part.added':
    case 'response.reasoning_summary_part.done':
      place(item, 'summary', event.summary_index, event.part)
      break
    case 'response.output_text.delta':
    case 'response.reasoning_text.delta':
      grow(part, 'text', event.delta)
      break
    case 'response.output_text.done':
    case 'response.reasoning_text.done':
      grow(part, 'text', event.text, true)
      break
    case 'response.output_text.annotation.added':
      place(part, 'annotations', event.annotation_index, event.annotation)
      break
    case 'response.refusal.delta':
      grow(part, 'refusal', event.delta)
      break
    case 'response.refusal.done':
      grow(part, 'refusal', event.refusal, true)
      break
    case 'response.reasoning_summary_text.delta':
      grow(summary, 'text', event.delta)
      break
    case 'response.reasoning_summary_text.done':
      grow(summary, 'text', event.text, true)
      break
    case 'response.function_call_arguments.delta':
    case 'response.mcp_call_arguments.delta':
      grow(item, 'arguments', event.delta)
      break
    case 'response.function_call_arguments.done':
    case 'response.mcp_call_arguments.done':
      grow(item, 'arguments', event.arguments, true)
      break
    case 'response.custom_tool_call_input.delta':
      grow(item, 'input', event.delta)
      break
    case 'response.custom_tool_call_input.done':
      grow(item, 'input', event.input, true)
      break
    case 'response.code_interpreter_call_code.delta':
      grow(item, 'code', event.delta)
      break
    case 'response.code_interpreter_call_code.done':
      grow(item, 'code', event.code, true)
  }
  return response
}
