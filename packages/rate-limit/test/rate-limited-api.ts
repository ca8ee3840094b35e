import { type Client, createClient } from '@oaikit/core'
import { createMockTransport } from '@oaikit/testing'

/** What the rate-limited mock saw. */
export interface RateLimitedApi {
  client: Client
  /** The status of every answer, in order. */
  statuses: number[]
  /** When each request arrived (`Date.now()`). */
  arrivals: number[]
  /** The most requests under way at once. */
  peak: number
}

/**
 * A client on the spec-checked mock of `@oaikit/testing`, limited as the API limits a key:
 * `limit` requests per window of `windowMs` (a window starts with its first request), answered
 * with `x-ratelimit-remaining-requests` and `x-ratelimit-reset-requests` (5 ms late, as a server
 * rounds up), and a 429 once the window's budget is spent. Each answer takes `latency` ms; no retries.
 */
export const rateLimitedApi = ({ limit = 10, windowMs = 100, latency = 2 } = {}): RateLimitedApi => {
  const mock = createMockTransport()
  let windowStart = 0
  let used = 0
  let inFlight = 0
  const api: RateLimitedApi = {
    statuses: [],
    arrivals: [],
    peak: 0,
    client: createClient({
      apiKey: 'test-key',
      maxRetries: 0,
      transport: async (request) => {
        const now = Date.now()
        api.arrivals.push(now)
        if (now - windowStart >= windowMs) {
          windowStart = now
          used = 0
        }
        const spent = used >= limit
        if (!spent) used++
        const headers = {
          'x-ratelimit-limit-requests': String(limit),
          'x-ratelimit-remaining-requests': String(limit - used),
          'x-ratelimit-reset-requests': `${windowMs - (now - windowStart) + 5}ms`,
        }
        api.peak = Math.max(api.peak, ++inFlight)
        try {
          const checked = await mock(request)
          await new Promise((resolve) => setTimeout(resolve, latency))
          api.statuses.push(spent ? 429 : checked.status)
          if (spent)
            return Response.json(
              { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } },
              { status: 429, headers },
            )
          return new Response(checked.body, {
            status: checked.status,
            headers: { ...Object.fromEntries(checked.headers), ...headers },
          })
        } finally {
          inFlight--
        }
      },
    }),
  }
  return api
}
