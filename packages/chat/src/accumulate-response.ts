import type { ResponseObject, ResponseStreamEvent } from './generated/types.ts'

/** The fields of the stream events this fold reads, all optional: events are told apart by `type`. */
interface EventFields {
  type: string
  response?: ResponseObject
  output_index?: number
  content_index?: number
  summary_index?: number
  annotation_index?: number
  item?: unknown
  part?: unknown
  annotation?: unknown
  delta?: string
  text?: string
  refusal?: string
  arguments?: string
}

/** An output item or content part as the fold edits it: the fields named by the events. */
type Entry = Record<string, unknown> & {
  content?: Entry[]
  summary?: Entry[]
  annotations?: unknown[]
  text?: string
  refusal?: string
  arguments?: string
}

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
  const fields = event as EventFields
  if (fields.response) return fields.response
  const response =
    snapshot ??
    ({
      id: '',
      object: 'response',
      created_at: 0,
      status: 'in_progress',
      output: [],
    } as unknown as ResponseObject)
  const output = response.output as unknown as Entry[]
  const item = output[fields.output_index!]
  const part = item?.content?.[fields.content_index!]
  const summary = item?.summary?.[fields.summary_index!]
  const { delta = '' } = fields
  switch (fields.type) {
    case 'response.output_item.added':
    case 'response.output_item.done':
      output[fields.output_index!] = fields.item as Entry
      break
    case 'response.content_part.added':
    case 'response.content_part.done':
      if (item) {
        item.content ??= []
        item.content[fields.content_index!] = fields.part as Entry
      }
      break
    case 'response.reasoning_summary_part.added':
    case 'response.reasoning_summary_part.done':
      if (item) {
        item.summary ??= []
        item.summary[fields.summary_index!] = fields.part as Entry
      }
      break
    case 'response.output_text.delta':
      if (part) part.text = (part.text ?? '') + delta
      break
    case 'response.output_text.done':
      if (part) part.text = fields.text
      break
    case 'response.output_text.annotation.added':
      if (part) {
        part.annotations ??= []
        part.annotations[fields.annotation_index!] = fields.annotation
      }
      break
    case 'response.refusal.delta':
      if (part) part.refusal = (part.refusal ?? '') + delta
      break
    case 'response.refusal.done':
      if (part) part.refusal = fields.refusal
      break
    case 'response.reasoning_summary_text.delta':
      if (summary) summary.text = (summary.text ?? '') + delta
      break
    case 'response.reasoning_summary_text.done':
      if (summary) summary.text = fields.text
      break
    case 'response.function_call_arguments.delta':
      if (item) item.arguments = (item.arguments ?? '') + delta
      break
    case 'response.function_call_arguments.done':
      if (item) item.arguments = fields.arguments
  }
  return response
}
