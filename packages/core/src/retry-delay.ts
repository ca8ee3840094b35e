import type { ClientOptions } from './client.ts'

/**
 * How long to wait before retry number `retry` (1 for the first): the server's `retry-after-ms`,
 * else its `retry-after` (seconds or an HTTP date), else exponential backoff from the client's
 * `initialRetryDelay` with up to 25 % jitter; never more than its `maxRetryDelay`.
 */
export const retryDelay = (
  headers: Headers | undefined,
  retry: number,
  { initialRetryDelay = 500, maxRetryDelay = 60_000 }: ClientOptions,
): number => {
  const after = headers?.get('retry-after')
  let delay = parseFloat(headers?.get('retry-after-ms') as string)
  if (!(delay >= 0) && after) delay = +after >= 0 ? +after * 1000 : Date.parse(after) - Date.now()
  return Math.min(
    delay >= 0 ? delay : initialRetryDelay * 2 ** retry * (0.5 - Math.random() / 8),
    maxRetryDelay,
  )
}
