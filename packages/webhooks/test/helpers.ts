import { WebhookVerificationError, type WebhookVerificationErrorKind } from '@oaikit/webhooks'
import { expect } from 'vitest'

/** A signing secret as the dashboard shows it, and its raw counterpart. */
export const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
export const rawSecret = 'a raw secret, used as its UTF-8 bytes'

/** A `response.completed` event as the API sends it. */
export const completed = {
  id: 'evt_685343a1381c819085d44c354e1b330e',
  object: 'event',
  type: 'response.completed',
  created_at: 1750287018,
  data: { id: 'resp_abc123' },
} as const

/** The current Unix time in seconds. */
export const now = (): number => Math.floor(Date.now() / 1000)

/**
 * Awaits `promise`, expects it to reject with a {@link WebhookVerificationError} of `kind`, and
 * that none of `secrets` (secrets, signatures) appears in its message or its JSON.
 */
export const expectRefusal = async (
  promise: Promise<unknown>,
  kind: WebhookVerificationErrorKind,
  secrets: readonly string[] = [],
): Promise<WebhookVerificationError> => {
  const error = await promise.then(
    () => expect.fail(`resolved, expected a ${kind} error`),
    (caught: unknown) => caught,
  )
  expect(WebhookVerificationError.isInstance(error)).toBe(true)
  const refusal = error as WebhookVerificationError
  expect(refusal.kind).toBe(kind)
  for (const value of secrets) {
    expect(refusal.message).not.toContain(value)
    expect(JSON.stringify(refusal)).not.toContain(value)
    expect(String(refusal.stack)).not.toContain(value)
  }
  return refusal
}
