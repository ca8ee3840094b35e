import { foldStream } from './fold-stream.ts'

/**
 * Reads a stream to its end, folding each event into a snapshot with `accumulate`
 * ({@link accumulateChatCompletion} or {@link accumulateResponse}), and resolves with the final
 * object, the one the non-streaming call would have returned. A stream that fails (cut short, an
 * error event) rejects; so does one that ends without any event (a `StreamError` of type
 * `'incomplete'`).
 * @example
 * ```ts
 * const stream = await createChatCompletionStream(client, { model, messages })
 * const completion = await collectStream(stream, accumulateChatCompletion)
 * ```
 */
export const collectStream = async <Event, Snapshot>(
  stream: AsyncIterable<Event>,
  accumulate: (snapshot: Snapshot | undefined, event: Event) => Snapshot,
): Promise<Snapshot> => {
  const events = foldStream(stream, accumulate)
  for (;;) {
    const step = await events.next()
    if (step.done) return step.value
  }
}
