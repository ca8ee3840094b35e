import { mintMockClientSecret } from './realtime/mint.ts'
import type { MockTokens } from './realtime/tokens.ts'
import type { OperationSpec } from './spec-data.ts'

type Json = Record<string, unknown>

/**
 * The answer of a Realtime client-secret operation (`/realtime/client_secrets`, the beta
 * `/realtime/sessions` and `/realtime/transcription_sessions`): the spec's example with a fresh
 * `ek_mock_…` secret minted as the mock Realtime server mints them (it expires in the future:
 * a minute for beta, ten minutes or `expires_after.seconds` for GA), or its 400 for a bad
 * `expires_after`; `undefined` for other operations.
 */
export const mintAnswer = (
  operation: OperationSpec,
  body: Json = {},
  tokens: MockTokens,
): Response | undefined => {
  const minted = mintMockClientSecret(tokens, Date.now(), `/v1${operation.path}`, body)
  if (!minted) return undefined
  if (minted.status !== 200) return Response.json(minted.body, { status: minted.status })
  const example = (operation.response.example ?? {}) as Json
  const nested = minted.body.client_secret as Json | undefined
  const value = nested
    ? { ...example, client_secret: { ...(example.client_secret as Json | undefined), ...nested } }
    : { ...example, value: minted.body.value, expires_at: minted.body.expires_at }
  return Response.json(value, { status: operation.response.status })
}
