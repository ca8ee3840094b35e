import { APIUserAbortError, InvalidInputError } from '@oaikit/core'
import { rateLimitBudget } from './rate-limit-budget.ts'

/** How a {@link RateLimiter} paces the calls it runs. */
export interface RateLimiterOptions {
  /**
   * Calls under way at once.
   * @defaultValue `4`
   */
  concurrency?: number
  /**
   * Requests of the budget left unspent: a call waits for the reset once fewer would remain.
   * @defaultValue `0`
   */
  reserveRequests?: number
  /**
   * Tokens of the budget left unspent, for other clients of the same key.
   * @defaultValue `0`
   */
  reserveTokens?: number
  /** Aborts every call, queued or under way. */
  signal?: AbortSignal
}

/** Options of one call of {@link RateLimiter.run}. */
export interface RateLimitedCallOptions {
  /**
   * The tokens the call will spend, as far as known (prompt and most output): it waits until the
   * token budget holds them.
   * @defaultValue `0`: the call waits only for an exhausted token budget
   */
  tokens?: number
  /** Aborts this call, queued or under way. */
  signal?: AbortSignal
}

/** Runs calls a few at a time, holding each back while the API's rate-limit budget is spent. */
export interface RateLimiter {
  /**
   * Runs `call` once a slot is free and the budget allows it, and resolves or rejects as it does.
   * `call` gets the signal to pass on to its request. Its result (or its `APIError`) updates the
   * budget from its `x-ratelimit-*` headers.
   * @throws APIUserAbortError when a signal aborts the call before it starts.
   */
  run<T>(call: (signal: AbortSignal | undefined) => Promise<T>, options?: RateLimitedCallOptions): Promise<T>
  /** An operation function whose every call goes through {@link RateLimiter.run}. */
  wrap<A extends unknown[], T>(operation: (...args: A) => Promise<T>): (...args: A) => Promise<T>
}

/**
 * A limiter for many calls against one API key: at most `concurrency` at once, and none started
 * while the request or token budget the last answer reported (`x-ratelimit-remaining-*`) is spent
 * before its reset (`x-ratelimit-reset-*`): calls wait for the reset instead of running into 429s.
 * Works around any operation function, streamed ones included.
 * @throws InvalidInputError for a `concurrency` that is not a positive integer.
 * @example
 * ```ts
 * const limiter = createRateLimiter({ concurrency: 8 })
 * const embeddings = await Promise.all(
 *   chunks.map((input) => limiter.run((signal) => createEmbedding(client, { model, input }, { signal }))),
 * )
 * ```
 */
export const createRateLimiter = (options: RateLimiterOptions = {}): RateLimiter => {
  const { concurrency = 4, reserveRequests = 0, reserveTokens = 0, signal: shared } = options
  if (!(Number.isInteger(concurrency) && concurrency > 0))
    throw new InvalidInputError(`concurrency must be a positive integer, not ${concurrency}`)
  const budget = rateLimitBudget(reserveRequests, reserveTokens)
  const queue: { cost: number; start: () => void }[] = []
  let inFlight = 0
  let tokensInFlight = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  // Starts what may start, in order; the first call the budget holds back holds the rest too.
  const pump = () => {
    clearTimeout(timer)
    while (queue.length && inFlight < concurrency) {
      const wait = budget.wait(inFlight, tokensInFlight, queue[0]!.cost)
      if (wait > 0) {
        timer = setTimeout(pump, wait)
        return
      }
      queue.shift()!.start()
    }
  }
  const run: RateLimiter['run'] = (call, { tokens = 0, signal: own } = {}) => {
    const signals = [shared, own].filter((signal) => signal !== undefined)
    const signal = signals.length > 1 ? AbortSignal.any(signals) : signals[0]
    return new Promise((resolve, reject) => {
      const task = {
        cost: tokens,
        start: () => {
          signal?.removeEventListener('abort', onAbort)
          inFlight++
          tokensInFlight += tokens
          Promise.resolve(signal)
            .then(call)
            .then(
              (value) => {
                budget.update(value)
                resolve(value)
              },
              (error) => {
                budget.update(error)
                reject(error)
              },
            )
            .finally(() => {
              inFlight--
              tokensInFlight -= tokens
              pump()
            })
        },
      }
      const onAbort = () => {
        const index = queue.indexOf(task)
        if (index >= 0) queue.splice(index, 1)
        reject(new APIUserAbortError({ message: 'Call aborted before it started', cause: signal?.reason }))
        pump()
      }
      if (signal?.aborted) return onAbort()
      signal?.addEventListener('abort', onAbort)
      queue.push(task)
      pump()
    })
  }
  return {
    run,
    wrap:
      (operation) =>
      (...args) =>
        run(() => operation(...args)),
  }
}
