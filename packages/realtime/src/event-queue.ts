/**
 * An async iterator fed by `push`, ended by `end` (after the queued values) or failed by `fail`;
 * `onReturn` runs once when the consumer stops early or the iterator finishes.
 */
export const createEventQueue = <T>(onReturn: () => void) => {
  const queue: T[] = []
  let wake: (() => void) | undefined
  let ended = false
  let failure: { error: unknown } | undefined
  const settle = () => {
    wake?.()
    wake = undefined
  }
  const finish = (): IteratorReturnResult<undefined> => {
    ended = true
    queue.length = 0
    onReturn()
    return { done: true, value: undefined }
  }
  const iterator: AsyncIterableIterator<T> = {
    async next() {
      while (true) {
        if (queue.length) return { done: false, value: queue.shift() as T }
        if (failure) {
          finish()
          throw failure.error
        }
        if (ended) return finish()
        await new Promise<void>((resolve) => {
          wake = resolve
        })
      }
    },
    async return() {
      return finish()
    },
    [Symbol.asyncIterator]() {
      return iterator
    },
  }
  return {
    iterator,
    push: (value: T) => {
      if (ended) return
      queue.push(value)
      settle()
    },
    end: () => {
      ended = true
      settle()
    },
    fail: (error: unknown) => {
      failure = { error }
      settle()
    },
  }
}
