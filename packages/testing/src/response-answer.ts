import { deltasOf, halves, type ModelTurn, type NextId } from './model-turn.ts'

type Json = Record<string, unknown>

/** The `output` items of a Responses answer saying `turn`: a message, then one `function_call` per call. */
export const responseOutput = (turn: ModelTurn, nextId: NextId): Json[] => {
  const items: Json[] = []
  const content =
    turn.refusal !== undefined
      ? [{ type: 'refusal', refusal: turn.refusal }]
      : turn.text !== undefined
        ? [{ type: 'output_text', text: turn.text, annotations: [], logprobs: [] }]
        : []
  if (content.length > 0)
    items.push({ id: nextId('msg_'), type: 'message', role: 'assistant', status: 'completed', content })
  for (const call of turn.toolCalls)
    items.push({
      id: nextId('fc_'),
      type: 'function_call',
      call_id: call.id,
      name: call.name,
      arguments: call.arguments,
      status: 'completed',
    })
  return items
}

/** A Responses answer with these output items, on the spec's example, echoing what the request set. */
export const responseObject = (
  example: Json,
  output: readonly unknown[],
  request: Json,
  id: string,
): Json => {
  const echoed = Object.fromEntries(
    ['model', 'instructions', 'previous_response_id', 'metadata', 'tools', 'tool_choice', 'text'].flatMap(
      (key) => (request[key] === undefined || !(key in example) ? [] : [[key, request[key]]]),
    ),
  )
  return {
    ...example,
    ...echoed,
    id,
    object: 'response',
    created_at: Math.floor(Date.now() / 1000),
    status: 'completed',
    error: null,
    incomplete_details: null,
    output,
  }
}

const itemEvents = (item: Json, output_index: number): Json[] => {
  const opened =
    item.type === 'message'
      ? { ...item, status: 'in_progress', content: [] }
      : { ...item, status: 'in_progress', arguments: '' }
  const events: Json[] = [{ type: 'response.output_item.added', output_index, item: opened }]
  const item_id = item.id
  if (item.type === 'function_call') {
    for (const delta of halves(String(item.arguments)))
      events.push({ type: 'response.function_call_arguments.delta', item_id, output_index, delta })
    events.push({
      type: 'response.function_call_arguments.done',
      item_id,
      name: item.name,
      output_index,
      arguments: item.arguments,
    })
  }
  ;((item.type === 'message' ? item.content : []) as Json[]).forEach((part, content_index) => {
    const at = { item_id, output_index, content_index }
    const empty = part.type === 'refusal' ? { type: 'refusal', refusal: '' } : { ...part, text: '' }
    events.push({ type: 'response.content_part.added', ...at, part: empty })
    if (part.type === 'output_text') {
      for (const delta of deltasOf(String(part.text)))
        events.push({ type: 'response.output_text.delta', ...at, delta, logprobs: [] })
      events.push({ type: 'response.output_text.done', ...at, text: part.text, logprobs: [] })
    } else {
      for (const delta of deltasOf(String(part.refusal)))
        events.push({ type: 'response.refusal.delta', ...at, delta })
      events.push({ type: 'response.refusal.done', ...at, refusal: part.refusal })
    }
    events.push({ type: 'response.content_part.done', ...at, part })
  })
  events.push({ type: 'response.output_item.done', output_index, item })
  return events
}

/**
 * The events of a Responses stream ending in `response`: `response.created`, each output item
 * opened, its deltas and closed, and `response.completed`, numbered by `sequence_number`.
 */
export const responseEvents = (response: Json): Json[] => {
  const events: Json[] = [
    { type: 'response.created', response: { ...response, status: 'in_progress', output: [] } },
    ...(response.output as Json[]).flatMap(itemEvents),
    { type: 'response.completed', response },
  ]
  return events.map((event, sequence_number) => ({ ...event, sequence_number }))
}
