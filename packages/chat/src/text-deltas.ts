import type {
  CreateChatCompletionStreamResponse,
  CreateCompletionResponse,
  ResponseStreamEvent,
} from './generated/types.ts'

/** An event of any of the three streaming APIs: chat chunks, Responses events, legacy completion chunks. */
export type TextStreamEvent =
  | CreateChatCompletionStreamResponse
  | ResponseStreamEvent
  | CreateCompletionResponse

/**
 * The text of a stream, piece by piece as it arrives: the content deltas of a chat completion
 * stream's first choice, the `response.output_text.delta` events of a Responses stream, or the
 * text of a legacy completion stream's first choice. Leaving the loop early cancels the stream; a
 * stream that fails (cut short, an error event) makes the loop throw, never end early.
 * @example
 * ```ts
 * for await (const text of textDeltas(await createChatCompletionStream(client, { model, messages }))) {
 *   output.append(text)
 * }
 * ```
 */
export async function* textDeltas(stream: AsyncIterable<TextStreamEvent>): AsyncGenerator<string, void> {
  for await (const event of stream) {
    const text =
      'choices' in event
        ? event.choices
            .map((choice) => (choice.index ? '' : 'delta' in choice ? choice.delta.content : choice.text))
            .join('')
        : event.type === 'response.output_text.delta'
          ? event.delta
          : ''
    if (text) yield text
  }
}
