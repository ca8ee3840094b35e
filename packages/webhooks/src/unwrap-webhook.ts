import type { WebhookEvent } from './generated/events.ts'
import { verifyWebhookSignature, type WebhookVerifyOptions } from './verify-webhook-signature.ts'
import type { WebhookHeaders } from './webhook-headers.ts'
import { WebhookVerificationError } from './webhook-verification-error.ts'

/** The event of a verified body; throws an `'invalid_json'` error unless it is a JSON object with a string `type`. */
const parseEvent = (body: string): WebhookEvent => {
  let event: { type?: unknown } | null = null
  try {
    event = JSON.parse(body)
  } catch {}
  if (typeof event === 'object' && typeof event?.type === 'string') return event as WebhookEvent
  throw new WebhookVerificationError(
    'invalid_json',
    'The webhook body is not a JSON object with a string type',
  )
}

/**
 * Verifies a webhook delivery (see {@link verifyWebhookSignature}) and parses its body into the
 * typed event, so that `switch (event.type)` narrows `event.data`. Rejects with a
 * {@link WebhookVerificationError} when the delivery fails verification or its body is not an event.
 * The event is not validated against its schema: an event type newer than this package still parses.
 * @param body - the request body exactly as received, unparsed
 * @param headers - the request headers, a `Headers` or a record (names in any case)
 * @param secret - the endpoint's signing secret, `whsec_<base64>` or raw
 * @example
 * ```ts
 * const event = await unwrapWebhook(await request.text(), request.headers, env.OPENAI_WEBHOOK_SECRET)
 * if (event.type === 'response.completed') console.log(event.data.id)
 * ```
 */
export const unwrapWebhook = async (
  body: string,
  headers: WebhookHeaders,
  secret: string,
  options?: WebhookVerifyOptions,
): Promise<WebhookEvent> => {
  await verifyWebhookSignature(body, headers, secret, options)
  return parseEvent(body)
}
