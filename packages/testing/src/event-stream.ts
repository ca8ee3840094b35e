import type { MockStreamEvent } from './spec-data.ts'

/** How a mocked stream is framed: named events, and whether it ends with `[DONE]`. */
export interface EventStreamFormat {
  /** Writes an `event:` line before each data line (Assistants runs). */
  named: boolean
  /** Ends with a `data: [DONE]` event (every stream but those ending on a final event). */
  done: boolean
}

/**
 * A `text/event-stream` answer carrying the events, one chunk each, as the API frames them.
 * @example
 * ```ts
 * eventStreamResponse([{ data: { type: 'transcript.text.done', text: 'Hi' } }], { named: false, done: false })
 * ```
 */
export const eventStreamResponse = (
  events: readonly MockStreamEvent[],
  format: EventStreamFormat,
): Response => {
  const encoder = new TextEncoder()
  const frames = events.map(
    ({ event, data }) =>
      `${format.named && event ? `event: ${event}\n` : ''}data: ${JSON.stringify(data)}\n\n`,
  )
  if (format.done) frames.push(`${format.named ? 'event: done\n' : ''}data: [DONE]\n\n`)
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const frame = frames.shift()
      if (frame === undefined) controller.close()
      else controller.enqueue(encoder.encode(frame))
    },
  })
  return new Response(body, {
    headers: { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' },
  })
}
