import type { Parameter } from './operations.ts'
import { resolve, type Schema, type Spec } from './spec.ts'

/** How `streamRequest` reads one kind of event stream (see `@oaikit/streaming`). */
export interface StreamFormat {
  /** Event types that end the stream without a `[DONE]` sentinel. */
  end?: string[]
  /** Event types after which the body may end without a `[DONE]` sentinel, read to its end. */
  final?: string[]
  /** Whether events are named (`event:` lines) and yielded as `{ event, data }`. */
  named?: boolean
}

/** Stream formats by the event schema they carry; schemas not listed end at `[DONE]`. */
export const streamFormats: Record<string, StreamFormat> = {
  ResponseStreamEvent: { end: ['response.completed', 'response.failed', 'response.incomplete'] },
  BetaResponseStreamEvent: { end: ['response.completed', 'response.failed', 'response.incomplete'] },
  CreateTranscriptionResponseStreamEvent: { end: ['transcript.text.done'] },
  CreateSpeechResponseStreamEvent: { end: ['speech.audio.done'] },
  // One completed event per image (`n` may be more than 1): the body's end ends the stream.
  ImageGenStreamEvent: { final: ['image_generation.completed'] },
  ImageEditStreamEvent: { final: ['image_edit.completed'] },
  AssistantStreamEvent: { named: true },
}

/**
 * The event schema of streaming operations whose spec entry declares no `text/event-stream`
 * response: legacy completions stream their usual objects, Assistants runs the assistant events,
 * a stored response is streamed again as its events.
 */
export const streamEventSchemaFallback: Record<string, string> = {
  createCompletion: 'CreateCompletionResponse',
  createRun: 'AssistantStreamEvent',
  createThreadAndRun: 'AssistantStreamEvent',
  submitToolOuputsToRun: 'AssistantStreamEvent',
  getResponse: 'ResponseStreamEvent',
  beta_getResponse: 'BetaResponseStreamEvent',
}

/** What asks an operation for its event stream: a body field or a query parameter and its value. */
export interface StreamSwitch {
  in: 'body' | 'query'
  field: string
  value: true | string
}

/**
 * How a request asks for the stream, from what the spec says of its fields: a `stream` body field,
 * a `stream_format` body field that offers `sse`, or a `stream` query parameter; `undefined` when
 * none of them is there.
 */
export const streamSwitchOf = (
  spec: Spec,
  bodyFields: Record<string, Schema>,
  query: Parameter[],
): StreamSwitch | undefined => {
  if ('stream' in bodyFields) return { in: 'body', field: 'stream', value: true }
  const format = resolve<Schema | undefined>(spec, bodyFields.stream_format)
  if (format?.enum?.includes('sse')) return { in: 'body', field: 'stream_format', value: 'sse' }
  if (query.some((parameter) => parameter.name === 'stream'))
    return { in: 'query', field: 'stream', value: true }
  return undefined
}
