/** A `ReadableStream` that `for await` can iterate in every runtime (Safari lacks the built-in). */
export type IterableStream<T> = ReadableStream<T> & AsyncIterable<T>

/**
 * Parses one chunk of the source, pushing what it yields onto `items`; returns `true` once the
 * stream is complete (the rest of the source is then cancelled). Called with `undefined` when the
 * source ends, where it may throw to report a stream that ended too early.
 */
export type ChunkParser<T> = (chunk: Uint8Array | string | undefined, items: T[]) => boolean | undefined

/**
 * Reads `source` through `parse`, a whole chunk at a time, and offers the items as a stream.
 *
 * Its async iterator hands items out of each chunk's batch directly: one stream read per chunk
 * instead of one per item, which is where Web Streams spend their time at hundreds of thousands of
 * events a second. Readers, `tee`, `pipeTo` and `pipeThrough` see a plain stream of items.
 * Cancelling (a `break` out of `for await`, or `cancel()`) cancels the source; so does a failure.
 */
export const createBatchedStream = <T>(
  source: ReadableStream<Uint8Array | string>,
  parse: ChunkParser<T>,
): IterableStream<T> => {
  const reader = source.getReader()
  let items: T[] = []
  let next = 0
  let finished = false
  let failure: { error: unknown } | undefined

  // Resolves when an item is ready (true) or the stream has ended (false).
  const fill = async (): Promise<boolean> => {
    while (next === items.length) {
      if (failure) throw failure.error
      if (finished) return false
      items = []
      next = 0
      try {
        const { done, value } = await reader.read()
        // Cancelled while reading: nothing more to parse, and nothing to report.
        if (finished) return false
        finished = parse(value, items) === true || done
        if (finished && !done) reader.cancel().catch(() => {})
      } catch (error) {
        failure = { error }
        items = []
        reader.cancel(error).catch(() => {})
      }
    }
    return true
  }

  const stream = new ReadableStream<T>(
    {
      async pull(controller) {
        if (!(await fill())) return controller.close()
        while (next < items.length) controller.enqueue(items[next++]!)
      },
      cancel(reason) {
        finished = true
        items = []
        return reader.cancel(reason)
      },
    },
    { highWaterMark: 0 },
  )

  const values = ({ preventCancel = false } = {}): AsyncIterableIterator<T> => {
    const lock = stream.getReader()
    let locked = true
    let queue: Promise<IteratorResult<T>> | undefined
    const release = () => {
      if (locked) lock.releaseLock()
      locked = false
    }
    const take = async (): Promise<IteratorResult<T>> => {
      try {
        if (await fill()) return { done: false, value: items[next++]! }
      } catch (error) {
        release()
        throw error
      }
      release()
      return { done: true, value: undefined }
    }
    return {
      next() {
        if (!queue && next < items.length) return Promise.resolve({ done: false, value: items[next++]! })
        const result = queue ? queue.then(take) : take()
        const settled = () => {
          if (queue === result) queue = undefined
        }
        result.then(settled, settled)
        queue = result
        return result
      },
      async return(value?: unknown) {
        if (locked && !preventCancel) await lock.cancel(value)
        release()
        return { done: true, value: undefined }
      },
      [Symbol.asyncIterator]() {
        return this
      },
    }
  }

  return Object.assign(stream, { values, [Symbol.asyncIterator]: values })
}
