/** How `streamRequest` reads one kind of event stream (see `@oaikit/streaming`). */
export interface StreamFormat {
  /** Event types that end the stream without a `[DONE]` sentinel. */
  end?: string[]
  /** Whether events are named (`event:` lines) and yielded as `{ event, data }`. */
  named?: boolean
}

/** Stream formats by the event schema they carry; schemas not listed end at `[DONE]`. */
export const streamFormats: Record<string, StreamFormat> = {
  ResponseStreamEvent: { end: ['response.completed', 'response.failed', 'response.incomplete'] },
  CreateTranscriptionResponseStreamEvent: { end: ['transcript.text.done'] },
  AssistantStreamEvent: { named: true },
}

/**
 * The event schema of streaming operations whose spec entry declares no `text/event-stream`
 * response: legacy completions stream their usual objects, Assistants runs the assistant events.
 */
export const streamEventSchemaFallback: Record<string, string> = {
  createCompletion: 'CreateCompletionResponse',
  createRun: 'AssistantStreamEvent',
  createThreadAndRun: 'AssistantStreamEvent',
  submitToolOuputsToRun: 'AssistantStreamEvent',
}
