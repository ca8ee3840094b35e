import { signWebhook } from '@oaikit/testing'
import { unwrapWebhook, WebhookVerificationError } from '@oaikit/webhooks'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { completed, now, secret } from './helpers.ts'

/** Header values dense in what the verifier parses: versions, commas, spaces, digits, base64. */
const headerValue = fc
  .array(fc.constantFrom('v1', 'v1,', ',', ' ', '  ', 'v2,', '=', '+/', 'AAAA', '0', '17', 'é', '\t'), {
    maxLength: 12,
  })
  .map((pieces) => pieces.join(''))

/** What unwrapWebhook settles with: the event, or the error it rejects with. */
const settle = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    (event) => ({ event }),
    (error: unknown) => error,
  )

describe('unwrapWebhook on untrusted input', () => {
  it('rejects forged headers and bodies with a WebhookVerificationError, never another error', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.option(headerValue, { nil: undefined }),
        fc.option(fc.oneof(headerValue, fc.constant(String(now()))), { nil: undefined }),
        fc.option(headerValue, { nil: undefined }),
        fc.string({ maxLength: 80 }),
        async (id, timestamp, signature, body) => {
          const headers = { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature }
          const outcome = await settle(unwrapWebhook(body, headers, secret))
          expect(WebhookVerificationError.isInstance(outcome)).toBe(true)
        },
      ),
      { numRuns: 300 },
    )
  })

  it('accepts a signed delivery whatever other candidates surround its signature', async () => {
    const { body, headers } = await signWebhook(completed, secret)
    await fc.assert(
      fc.asyncProperty(fc.array(headerValue, { maxLength: 4 }), fc.nat(4), async (others, at) => {
        const candidates = [...others]
        candidates.splice(Math.min(at, candidates.length), 0, headers['webhook-signature']!)
        const outcome = await settle(
          unwrapWebhook(body, { ...headers, 'webhook-signature': candidates.join(' ') }, secret),
        )
        expect(outcome).toEqual({ event: completed })
      }),
      { numRuns: 100 },
    )
  })
})
