import { deltasOf, halves, type ModelTurn } from './model-turn.ts'

type Json = Record<string, unknown>

const finishReason = (turn: ModelTurn): string => (turn.toolCalls.length > 0 ? 'tool_calls' : 'stop')

/**
 * A chat completion saying `turn`, on the spec's example (so every field the schema requires is
 * there), for the model the request named.
 */
export const chatCompletion = (example: Json, turn: ModelTurn, request: Json, id: string): Json => {
  const [choice] = (example.choices as Json[] | undefined) ?? []
  const message: Json = {
    ...((choice?.message as Json | undefined) ?? {}),
    role: 'assistant',
    content: turn.text ?? null,
    refusal: turn.refusal ?? null,
  }
  if (turn.toolCalls.length > 0)
    message.tool_calls = turn.toolCalls.map(({ id: callId, name, arguments: args }) => ({
      id: callId,
      type: 'function',
      function: { name, arguments: args },
    }))
  return {
    ...example,
    id,
    created: Math.floor(Date.now() / 1000),
    model: request.model ?? example.model,
    choices: [{ index: 0, message, logprobs: null, finish_reason: finishReason(turn) }],
  }
}

/**
 * The chunks of a chat completion stream saying `turn`: the role, the text word by word, each
 * tool call's name then its arguments in pieces, the finish reason, and the usage when the request
 * asked for it (`stream_options.include_usage`).
 */
export const chatChunks = (
  exampleChunk: Json,
  usage: unknown,
  turn: ModelTurn,
  request: Json,
  id: string,
): Json[] => {
  const base = {
    ...exampleChunk,
    id,
    created: Math.floor(Date.now() / 1000),
    model: request.model ?? exampleChunk.model,
  }
  const chunk = (delta: Json, finish: string | null = null): Json => ({
    ...base,
    choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
  })
  const chunks = [chunk({ role: 'assistant', content: turn.text === undefined ? null : '' })]
  if (turn.refusal !== undefined) chunks.push(...deltasOf(turn.refusal).map((refusal) => chunk({ refusal })))
  if (turn.text) chunks.push(...deltasOf(turn.text).map((content) => chunk({ content })))
  turn.toolCalls.forEach(({ id: callId, name, arguments: args }, index) => {
    chunks.push(
      chunk({ tool_calls: [{ index, id: callId, type: 'function', function: { name, arguments: '' } }] }),
    )
    for (const piece of halves(args))
      chunks.push(chunk({ tool_calls: [{ index, function: { arguments: piece } }] }))
  })
  chunks.push(chunk({}, finishReason(turn)))
  if ((request.stream_options as Json | undefined)?.include_usage === true && usage)
    chunks.push({ ...base, choices: [], usage })
  return chunks
}
