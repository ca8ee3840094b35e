import type { ResponseObject, ResponseStreamEvent } from './generated/types.ts'

/**
 * Folds one event of a Responses stream into a snapshot of the response the non-streaming call
 * would return: output items as they are added, text, refusals, reasoning summaries and function
 * call arguments joined from their deltas, and the whole response (usage and status included) from
 * each event that carries it (`response.created`, `response.completed`, ...). Pass `undefined` with
 * the first event; use the returned snapshot, which is updated in place between events that carry
 * the whole response.
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
  const response: ResponseObject = snapshot ?? {
    id: '',
    object: 'response',
    created_at: 0,
    status: 'in_progress',
    error: null,
    incomplete_details: null,
    parallel_tool_calls: true,
    output: [],
  }
  const { output } = response
  const item = 'output_index' in event ? output[event.output_index] : undefined
  const part =
    item?.type === 'message' && 'content_index' in event ? item.content[event.content_index] : undefined
  const summary =
    item?.type === 'reasoning' && 'summary_index' in event ? item.summary[event.summary_index] : undefined
  switch (event.type) {
    case 'response.output_item.added':
    case 'response.output_item.done':
      output[event.output_index] = event.item
      break
    case 'response.content_part.added':
    case 'response.content_part.done':
      if (item?.type === 'message') item.content[event.content_index] = event.part
      break
    case 'response.reasoning_summary_part.added':
    case 'response.reasoning_summary_part.done':
      if (item?.type === 'reasoning') item.summary[event.summary_index] = event.part
      break
    case 'response.output_text.delta':
      if (part?.type === 'output_text') part.text += event.delta
      break
    case 'response.output_text.done':
      if (part?.type === 'output_text') part.text = event.text
      break
    case 'response.output_text.annotation.added':
      if (part?.type === 'output_text') part.annotations[event.annotation_index] = event.annotation
      break
    case 'response.refusal.delta':
      if (part?.type === 'refusal') part.refusal += event.delta
      break
    case 'response.refusal.done':
      if (part?.type === 'refusal') part.refusal = event.refusal
      break
    case 'response.reasoning_summary_text.delta':
      if (summary) summary.text += event.delta
      break
    case 'response.reasoning_summary_text.done':
      if (summary) summary.text = event.text
      break
    case 'response.function_call_arguments.delta':
      if (item?.type === 'function_call') item.arguments += event.delta
      break
    case 'response.function_call_arguments.done':
      if (item?.type === 'function_call') item.arguments = event.arguments
  }
  return response
}
