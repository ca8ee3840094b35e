/** The key under which a JSON result records its response, invisibly (no enumerable key, not serialised). */
export const responseKey: unique symbol = Symbol.for('oaikit.response')

/** The rate-limit headers of a response (`x-ratelimit-*`). */
export interface RateLimit {
  limitRequests?: number
  limitTokens?: number
  remainingRequests?: number
  remainingTokens?: number
  /** Time until the request budget resets, as sent, e.g. `'1s'`. */
  resetRequests?: string
  /** Time until the token budget resets, as sent, e.g. `'6m0s'`. */
  resetTokens?: string
}

/** What the response of a result says beyond its body. */
export interface ResponseMeta {
  /** The raw response (its body already read for JSON results). */
  response: Response
  /** The `x-request-id` header, to quote when asking for support. */
  requestId: string | undefined
  /** The rate-limit headers. */
  rateLimit: RateLimit
}

/**
 * The response behind a result: pass any JSON object an operation returned (or a `Response` a
 * binary or streaming operation returned). `undefined` for a value that came from elsewhere.
 * @example
 * ```ts
 * const models = await listModels(client)
 * const { requestId, rateLimit } = getResponseMeta(models)!
 * ```
 */
export const getResponseMeta = (result: unknown): ResponseMeta | undefined => {
  const response =
    result instanceof Response ? result : (result as { [responseKey]?: Response } | null)?.[responseKey]
  if (!response) return
  const header = (name: string) => response.headers.get(`x-ratelimit-${name}`) ?? undefined
  const count = (name: string) => {
    const value = header(name)
    return value === undefined ? undefined : Number(value)
  }
  return {
    response,
    requestId: response.headers.get('x-request-id') ?? undefined,
    rateLimit: {
      limitRequests: count('limit-requests'),
      limitTokens: count('limit-tokens'),
      remainingRequests: count('remaining-requests'),
      remainingTokens: count('remaining-tokens'),
      resetRequests: header('reset-requests'),
      resetTokens: header('reset-tokens'),
    },
  }
}
