/** Keys the mock servers refuse as expired, to exercise a client's expired-token path. */
export const expiredToken = 'ek_mock_expired'

/** Why the mock refuses a key, or `undefined` when it accepts it (any `sk-` or `ek_` key but the expired one). */
export const refuseToken = (
  token: string | undefined,
): { status: number; code: string; message: string } | undefined => {
  if (!token) return { status: 401, code: 'missing_api_key', message: 'You did not provide an API key.' }
  if (token === expiredToken)
    return { status: 401, code: 'expired_api_key', message: 'The ephemeral key has expired.' }
  if (!/^(sk-|ek_)/.test(token))
    return { status: 401, code: 'invalid_api_key', message: 'Incorrect API key provided.' }
  return undefined
}
