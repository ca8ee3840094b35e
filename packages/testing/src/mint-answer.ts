import { mintMockClientSecret } from './realtime/mint.ts'
import type { OperationSpec } from './spec-data.ts'

type Json = Record<string, unknown>

/**
 * The answer of a Realtime client-secret operation (`/realtime/sessions`,
 * `/realtime/transcription_sessions`, `/realtime/client_secrets`): the spec's example with a fresh
 * `ek_mock_…` secret that expires a minute from now, as the mock Realtime server mints them; `undefined`
 * for other operations.
 */
export const mintAnswer = (operation: OperationSpec, body: Json = {}): Response | undefined => {
  const minted = mintMockClientSecret(`/v1${operation.path}`, body)
  if (!minted) return undefined
  const example = (operation.response.example ?? {}) as Json
  const nested = minted.client_secret as Json | undefined
  const value = nested
    ? { ...example, client_secret: { ...(example.client_secret as Json | undefined), ...nested } }
    : { ...example, value: minted.value, expires_at: minted.expires_at }
  return Response.json(value, { status: operation.response.status })
}
