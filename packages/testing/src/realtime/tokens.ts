/** Keys the mock servers refuse as expired, to exercise a client's expired-token path. */
export const expiredToken = 'ek_mock_expired'

/** Why the mock refuses a key: the API's status, error code and message. */
export interface TokenRefusal {
  status: number
  code: string
  message: string
}

/** The keys one mock server knows: the secrets it minted, with their expiry. */
export interface MockTokens {
  /** Records a secret the mock minted, so that it is refused once `expiresAt` (seconds) has passed. */
  remember(token: string, expiresAt: number): void
  /**
   * Why the key is refused, as the API answers (`401`, an `invalid_request_error` code), or
   * `undefined` when it is accepted: any `sk-` or `ek_` key but {@link expiredToken} and minted
   * secrets past their `expires_at`.
   */
  refuse(token: string | undefined): TokenRefusal | undefined
}

/** The key registry of one mock server; `now` (milliseconds) is its clock. */
export const createMockTokens = (now: () => number = Date.now): MockTokens => {
  const expiries = new Map<string, number>()
  return {
    remember: (token, expiresAt) => void expiries.set(token, expiresAt),
    refuse(token) {
      if (!token) return { status: 401, code: 'missing_api_key', message: 'You did not provide an API key.' }
      const expiresAt = expiries.get(token)
      if (token === expiredToken || (expiresAt !== undefined && expiresAt * 1000 <= now()))
        return { status: 401, code: 'expired_api_key', message: 'The ephemeral key has expired.' }
      if (!/^(sk-|ek_)/.test(token))
        return { status: 401, code: 'invalid_api_key', message: 'Incorrect API key provided.' }
      return undefined
    },
  }
}
