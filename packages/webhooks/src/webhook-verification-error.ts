import { OaikitError } from '@oaikit/core'

/**
 * Why a webhook failed verification:
 * - `'missing_headers'`: `webhook-id`, `webhook-timestamp` or `webhook-signature` is absent or empty;
 * - `'bad_signature'`: no `v1` signature of `webhook-signature` matches the body and the secret;
 * - `'timestamp_outside_tolerance'`: `webhook-timestamp` is not a Unix time in seconds within
 *   `tolerance` of now (a replayed, delayed or clock-skewed delivery);
 * - `'malformed_secret'`: the secret is empty, or its `whsec_` value is not base64;
 * - `'invalid_json'`: the verified body is not a JSON event (an object with a string `type`).
 */
export type WebhookVerificationErrorKind =
  | 'missing_headers'
  | 'bad_signature'
  | 'timestamp_outside_tolerance'
  | 'malformed_secret'
  | 'invalid_json'

/**
 * A webhook that cannot be trusted or read; `kind` says why. Its message names the header or the
 * check at fault, never the secret or a signature.
 * @example
 * ```ts
 * try {
 *   const event = await unwrapWebhook(body, request.headers, env.OPENAI_WEBHOOK_SECRET)
 * } catch (error) {
 *   if (WebhookVerificationError.isInstance(error)) return new Response(null, { status: 400 })
 *   throw error
 * }
 * ```
 */
export class WebhookVerificationError extends OaikitError {
  static override readonly id: string = 'WebhookVerificationError'
  /** Why verification failed. */
  readonly kind: WebhookVerificationErrorKind

  /** Creates the error; `message` says what was wrong and where. */
  constructor(kind: WebhookVerificationErrorKind, message: string) {
    super(message)
    this.kind = kind
  }
}
