import type { ScriptedContent } from './scripted-answer.ts'

/** What the model says in one answer, in the terms both chat and Responses answers are made of. */
export interface ModelTurn {
  text?: string
  refusal?: string
  toolCalls: { id: string; name: string; arguments: string }[]
}

/** Counts ids per mock, so that every call, message and object id of one mock is distinct. */
export type NextId = (prefix: string) => string

/** The turn a scripted answer describes, or `undefined` when it is no model output (a body, an error). */
export const toModelTurn = (content: ScriptedContent, nextId: NextId): ModelTurn | undefined => {
  if ('text' in content && !('toolCalls' in content)) return { text: content.text, toolCalls: [] }
  if ('refusal' in content) return { refusal: content.refusal, toolCalls: [] }
  if ('json' in content) return { text: JSON.stringify(content.json), toolCalls: [] }
  if ('toolCalls' in content)
    return {
      text: content.text,
      toolCalls: content.toolCalls.map((call) => ({
        id: call.id ?? nextId('call_'),
        name: call.name,
        arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {}),
      })),
    }
  return undefined
}

/** A text cut into the deltas a stream sends: one per word, spaces kept. */
export const deltasOf = (text: string): string[] => text.match(/\s*\S+\s*/g) ?? [text]

/** Arguments cut in two, as the API sends them in pieces. */
export const halves = (text: string): string[] => {
  const middle = Math.ceil(text.length / 2)
  return text.length < 2 ? [text] : [text.slice(0, middle), text.slice(middle)]
}
