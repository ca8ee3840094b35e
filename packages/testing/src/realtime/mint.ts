import type { MockTokens } from './tokens.ts'

let minted = 0

/** The secret's lifetime: `expires_after.seconds` (10 to 7200) when given, else the API's defaults. */
const lifetime = (body: Record<string, unknown>, fallback: number) => {
  const seconds = (body.expires_after as { seconds?: unknown } | undefined)?.seconds
  return typeof seconds === 'number' ? seconds : fallback
}

/** The API's 400 for a bad minting request. */
const invalid = (message: string, param: string) => ({
  status: 400,
  body: { error: { type: 'invalid_request_error', code: 'invalid_value', message, param } },
})

/**
 * Answers the client-secret endpoints of both protocol generations (a status and a body), or
 * `undefined` for other paths. Every secret expires after `now` (a minute for beta, ten minutes or
 * `expires_after.seconds` for GA), and `tokens` refuses it once it has expired.
 */
export const mintMockClientSecret = (
  tokens: MockTokens,
  now: number,
  path: string,
  body: Record<string, unknown>,
): { status: number; body: Record<string, unknown> } | undefined => {
  const ga = path === '/v1/realtime/client_secrets' || path === '/v1/realtime/translations/client_secrets'
  const beta = path === '/v1/realtime/sessions' || path === '/v1/realtime/transcription_sessions'
  if (!ga && !beta) return undefined
  const seconds = lifetime(body, ga ? 600 : 60)
  if (!Number.isInteger(seconds) || seconds < 10 || seconds > 7200)
    return invalid('expires_after.seconds must be an integer from 10 to 7200.', 'expires_after.seconds')
  const value = `ek_mock_${++minted}`
  const secret = { value, expires_at: Math.floor(now / 1000) + seconds }
  if (beta) {
    tokens.remember(value, secret.expires_at)
    return {
      status: 200,
      body: { id: `sess_${minted}`, object: 'realtime.session', ...body, client_secret: secret },
    }
  }
  const session = (body.session ?? { type: 'realtime' }) as Record<string, unknown>
  const translation = path.includes('/translations/')
  if (translation && typeof session.model !== 'string')
    return invalid("Missing required parameter: 'session.model'.", 'session.model')
  if (!translation && session.type !== 'realtime' && session.type !== 'transcription')
    return invalid("Missing required parameter: 'session.type'.", 'session.type')
  tokens.remember(value, secret.expires_at)
  return {
    status: 200,
    body: { ...secret, session: { id: `sess_${minted}`, object: 'realtime.session', ...session } },
  }
}
