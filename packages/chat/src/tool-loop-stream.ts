import { APIUserAbortError } from '@oaikit/core'
import type { ToolLoopResult } from './tool-loop.ts'

/**
 * The stream of a streamed tool loop: the events of every model turn, in order, and the loop's
 * result once the iteration ends. It can be iterated once.
 */
export interface ToolLoopStream<Event, Result, Item> extends AsyncIterable<Event> {
  /**
   * How the loop ended. Settles when the iteration does: rejects with the loop's failure, or with
   * an `APIUserAbortError` when the iteration is left early.
   */
  readonly result: Promise<ToolLoopResult<Result, Item>>
}

/**
 * Wraps a streamed loop: iterating it runs the loop, its end settles `result`.
 * @example
 * ```ts
 * const run = toToolLoopStream(toolLoop(conversation, options, signal, turns))
 * for await (const event of run) render(event)
 * const { final } = await run.result
 * ```
 */
export const toToolLoopStream = <Event, Result, Item>(
  loop: AsyncGenerator<Event, ToolLoopResult<Result, Item>>,
): ToolLoopStream<Event, Result, Item> => {
  let resolve!: (value: ToolLoopResult<Result, Item>) => void
  let reject!: (reason: unknown) => void
  const result = new Promise<ToolLoopResult<Result, Item>>((...settle) => ([resolve, reject] = settle))
  // The rejection reaches whoever awaits `result`; unobserved, it is no unhandled rejection.
  result.catch(() => {})
  return {
    result,
    async *[Symbol.asyncIterator]() {
      try {
        resolve(yield* loop)
      } catch (error) {
        reject(error)
        throw error
      } finally {
        reject(new APIUserAbortError({ message: 'The tool loop was left before it ended' }))
      }
    },
  }
}
