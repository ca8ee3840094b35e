/**
 * How long to wait before retry number `retry` (0 for the first): the server's `retry-after-ms`,
 * else its `retry-after` (seconds or an HTTP date), else exponential backoff from `initialDelay`
 * with up to 25 % jitter; never more than `maxDelay`.
 */
export const retryDelay = (
  headers: Headers | undefined,
  retry: number,
  initialDelay: number,
  maxDelay: number,
): number => {
  const after = headers?.get('retry-after')
  let delay = Number.parseFloat(headers?.get('retry-after-ms') as string)
  if (!(delay >= 0) && after) delay = +after >= 0 ? +after * 1000 : Date.parse(after) - Date.now()
  return Math.min(delay >= 0 ? delay : initialDelay * 2 ** retry * (1 - Math.random() / 4), maxDelay)
}
