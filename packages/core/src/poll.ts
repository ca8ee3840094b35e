import { APIUserAbortError } from './abort-error.ts'
import { APITimeoutError } from './connection-error.ts'
import { InvalidInputError } from './invalid-input-error.ts'
import type { RequestOptions } from './request.ts'
import { getResponseMeta } from './response-meta.ts'

/** How {@link poll} paces its checks, when it gives up, and what it reports; plus the per-call options of each check. */
export interface PollOptions<T> extends RequestOptions {
  /**
   * Milliseconds between the first two checks when the server names no interval (its
   * `openai-poll-after-ms` header); each later wait is 1.5 times longer, up to `maxPollInterval`.
   * @defaultValue `1000`
   */
  pollInterval?: number
  /**
   * The longest wait between two checks the backoff reaches.
   * @defaultValue `30_000`
   */
  maxPollInterval?: number
  /**
   * Milliseconds from the first check after which polling stops with an `APITimeoutError`.
   * @defaultValue none: polling goes on until the value is done or `signal` aborts
   */
  pollTimeout?: number
  /** Called with every value checked, the last one included (progress, request counts, status). */
  onPoll?: (value: T) => void
}

/**
 * Checks a value until it is done: calls `check` (with the per-call options and a signal that
 * aborts it on `pollTimeout` or on the caller's `signal`), then waits the server's
 * `openai-poll-after-ms` when its response has one, else a growing interval, and checks again.
 * Resolves with the first value `isDone` accepts; an error of `check` rejects as is.
 * @throws APITimeoutError when `pollTimeout` passes first, APIUserAbortError when `signal` aborts,
 * InvalidInputError for an interval or timeout that is not a number of milliseconds.
 * @example
 * ```ts
 * const batch = await poll(
 *   (options) => retrieveBatch(client, 'batch_abc123', options),
 *   (batch) => ['completed', 'failed', 'expired', 'cancelled'].includes(batch.status),
 *   { pollTimeout: 3_600_000, onPoll: (batch) => console.log(batch.request_counts) },
 * )
 * ```
 */
export const poll = async <T>(
  check: (options: RequestOptions) => Promise<T>,
  isDone: (value: T) => boolean,
  options: PollOptions<T> = {},
): Promise<T> => {
  const { pollInterval = 1000, maxPollInterval = 30_000, pollTimeout, onPoll, ...rest } = options
  for (const [name, value] of Object.entries({ pollInterval, maxPollInterval, pollTimeout }))
    if (value !== undefined && !(value >= 0 && value < Number.POSITIVE_INFINITY))
      throw new InvalidInputError(`${name} must be a number of milliseconds, not ${value}`)
  const caller = options.signal
  const controller = new AbortController()
  const { signal } = controller
  const onAbort = () =>
    controller.abort(new APIUserAbortError({ message: 'Polling aborted', cause: caller?.reason }))
  const aborted = new Promise<never>((_, reject) => (signal.onabort = () => reject(signal.reason)))
  // The abort comes first: once the deadline or the caller's signal fired, nothing else goes on.
  const race = <R>(value: Promise<R>) =>
    Promise.race([aborted, value]).catch((error) => {
      throw signal.aborted ? signal.reason : error
    })
  let sleep: ReturnType<typeof setTimeout> | undefined
  const deadline =
    pollTimeout === undefined
      ? undefined
      : setTimeout(
          () =>
            controller.abort(
              new APITimeoutError({ message: `Not done after polling for ${pollTimeout} ms` }),
            ),
          pollTimeout,
        )
  if (caller?.aborted) onAbort()
  else caller?.addEventListener('abort', onAbort)
  try {
    for (let interval = pollInterval; ; interval = Math.min(interval * 1.5, maxPollInterval)) {
      const value = await race(check({ ...rest, signal }))
      onPoll?.(value)
      if (isDone(value)) return value
      const after = getResponseMeta(value)?.response.headers.get('openai-poll-after-ms')
      const wait = after && Number(after) >= 0 ? Number(after) : interval
      await race(new Promise((resolve) => (sleep = setTimeout(resolve, wait))))
    }
  } finally {
    clearTimeout(sleep)
    clearTimeout(deadline)
    caller?.removeEventListener('abort', onAbort)
  }
}
