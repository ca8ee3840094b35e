import { APIError, getResponseMeta } from '@oaikit/core'
import { parseDuration } from './parse-duration.ts'

/** What the last response said of one budget (requests or tokens): what is left, and until when. */
interface Window {
  remaining: number
  /** `Date.now()` at which the budget is whole again. */
  resetAt: number
}

/**
 * The request and token budgets the API last reported, from the `x-ratelimit-*` headers of each
 * answer (a result, or the `APIError` of a failure). A budget is known until its reset time; after
 * it, nothing holds a call back until an answer reports it again.
 */
export interface RateLimitBudget {
  /** Reads the headers of a call's result or error; a 429 without headers holds back for `retry-after`. */
  update: (outcome: unknown) => void
  /**
   * Milliseconds to wait before a call may start, 0 when it may start now: `inFlight` calls are
   * under way (spending `tokensInFlight` tokens), this one would spend `tokens`.
   */
  wait: (inFlight: number, tokensInFlight: number, tokens: number) => number
}

/**
 * A budget that starts unknown, keeping `reserveRequests` requests and `reserveTokens` tokens unspent.
 * @example
 * ```ts
 * const budget = rateLimitBudget(0, 0)
 * budget.update(await listModels(client))
 * const ms = budget.wait(3, 0, 0)
 * ```
 */
export const rateLimitBudget = (reserveRequests: number, reserveTokens: number): RateLimitBudget => {
  let requests: Window | undefined
  let tokens: Window | undefined
  const read = (headers: Headers, kind: 'requests' | 'tokens'): Window | undefined => {
    const remaining = Number(headers.get(`x-ratelimit-remaining-${kind}`) ?? Number.NaN)
    const reset = parseDuration(headers.get(`x-ratelimit-reset-${kind}`) ?? undefined)
    return Number.isFinite(remaining) && reset !== undefined
      ? { remaining, resetAt: Date.now() + reset }
      : undefined
  }
  // The time left until the window resets, when spending `need` of it would dip into the reserve.
  const hold = (window: Window | undefined, need: number, reserve: number) => {
    const left = window ? window.resetAt - Date.now() : 0
    return left > 0 && window!.remaining - need < reserve ? left : 0
  }
  return {
    update(outcome) {
      const error = APIError.isInstance(outcome) ? outcome : undefined
      const headers = error ? error.headers : getResponseMeta(outcome)?.response.headers
      if (!headers) return
      requests = read(headers, 'requests') ?? requests
      tokens = read(headers, 'tokens') ?? tokens
      const after = parseFloat(headers.get('retry-after') ?? '') * 1000
      if (error?.status === 429 && after > 0 && !(requests && requests.remaining <= 0))
        requests = { remaining: 0, resetAt: Date.now() + after }
    },
    // This call is one more request, and at least one more token.
    wait: (inFlight, tokensInFlight, cost) =>
      Math.max(
        hold(requests, inFlight + 1, reserveRequests),
        hold(tokens, tokensInFlight + Math.max(cost, 1), reserveTokens),
      ),
  }
}
