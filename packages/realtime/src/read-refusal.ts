import { redact } from '@oaikit/core'
import { RealtimeError } from './realtime-error.ts'

/**
 * The error for a refused handshake or SDP exchange: `expired` when the body's error code says the
 * key expired, `refused` otherwise, with the status and the API's message (the key redacted).
 */
export const readRefusal = async (response: Response, key: string): Promise<RealtimeError> => {
  const text = redact(await response.text().catch(() => ''), key)
  let error: { message?: string; code?: string } = {}
  try {
    error = JSON.parse(text).error ?? {}
  } catch {}
  const { status } = response
  const message = `The server refused the connection (HTTP ${status})${error.message ? `: ${error.message}` : ''}`
  return new RealtimeError(/expired/.test(error.code ?? '') ? 'expired' : 'refused', message, {
    status,
    code: error.code,
  })
}
