import { StreamError } from '@oaikit/streaming'

/**
 * Passes each event of `stream` on while folding it into a snapshot with `accumulate`, and returns
 * the final snapshot. A stream that ends without any event fails with a `StreamError` of type
 * `'incomplete'`.
 * @example
 * ```ts
 * const completion = yield* foldStream(stream, accumulateChatCompletion)
 * ```
 */
export async function* foldStream<Event, Snapshot>(
  stream: AsyncIterable<Event>,
  accumulate: (snapshot: Snapshot | undefined, event: Event) => Snapshot,
): AsyncGenerator<Event, Snapshot> {
  let snapshot: Snapshot | undefined
  for await (const event of stream) {
    snapshot = accumulate(snapshot, event)
    yield event
  }
  if (snapshot === undefined) throw new StreamError('incomplete', 'The stream ended without any event')
  return snapshot
}
