import { readHeader, type WebhookHeaders } from './webhook-headers.ts'
import { webhookSecretBytes } from './webhook-secret.ts'
import { WebhookVerificationError } from './webhook-verification-error.ts'

/** Options of {@link verifyWebhookSignature} and {@link unwrapWebhook}. */
export interface WebhookVerifyOptions {
  /**
   * How far, in seconds, `webhook-timestamp` may be from the current time, in the past or the
   * future, for the delivery to be accepted.
   * @defaultValue `300`
   */
  tolerance?: number
}

/** The headers of the Standard Webhooks scheme, in the order they are signed. */
const headerNames = ['webhook-id', 'webhook-timestamp', 'webhook-signature']

/** Whether two strings are equal, in a time that depends on their length only. */
const equalInConstantTime = (a: string, b: string): boolean => {
  let difference = a.length ^ b.length
  for (let index = 0; index < a.length; index++) difference |= a.charCodeAt(index) ^ b.charCodeAt(index)
  return difference === 0
}

/** Throws unless `timestamp` is a Unix time in seconds within `tolerance` seconds of now. */
const checkTimestamp = (timestamp: string, tolerance: number): void => {
  const isTime = /^\d{1,15}$/.test(timestamp)
  const skew = Math.floor(Date.now() / 1000) - Number(timestamp)
  if (isTime && Math.abs(skew) <= tolerance) return
  throw new WebhookVerificationError(
    'timestamp_outside_tolerance',
    isTime
      ? `The webhook-timestamp header is ${Math.abs(skew)} s in the ${skew > 0 ? 'past' : 'future'}, beyond the tolerance of ${tolerance} s`
      : 'The webhook-timestamp header is not a Unix time in seconds',
  )
}

/** The base64 HMAC-SHA256 of `content` with the key `secret`. */
const sign = async (secret: Uint8Array<ArrayBuffer>, content: string): Promise<string> => {
  const key = await crypto.subtle.importKey('raw', secret, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, new TextEncoder().encode(content)))
  return btoa(String.fromCharCode(...mac))
}

/**
 * Checks that a webhook delivery comes from the API, by the Standard Webhooks scheme: one of the
 * space-separated `v1,<base64>` signatures of `webhook-signature` must be the HMAC-SHA256 of
 * `${webhook-id}.${webhook-timestamp}.${body}` with the secret (compared in constant time), and
 * `webhook-timestamp` must be within `tolerance` of now. Resolves when it is; rejects with a
 * {@link WebhookVerificationError} whose `kind` says what failed. Uses Web Crypto only.
 * @param body - the request body exactly as received, unparsed
 * @param headers - the request headers, a `Headers` or a record (names in any case)
 * @param secret - the endpoint's signing secret, `whsec_<base64>` as the dashboard shows it, or raw
 * @example
 * ```ts
 * const body = await request.text()
 * await verifyWebhookSignature(body, request.headers, env.OPENAI_WEBHOOK_SECRET)
 * ```
 */
export const verifyWebhookSignature = async (
  body: string,
  headers: WebhookHeaders,
  secret: string,
  options: WebhookVerifyOptions = {},
): Promise<void> => {
  const key = webhookSecretBytes(secret)
  const values = headerNames.map((name) => readHeader(headers, name))
  const missing = headerNames.filter((_, index) => !values[index])
  if (missing.length > 0)
    throw new WebhookVerificationError('missing_headers', `The webhook has no ${missing.join(', ')} header`)
  const [id, timestamp, signature] = values as [string, string, string]
  checkTimestamp(timestamp, options.tolerance ?? 300)
  const expected = `v1,${await sign(key, `${id}.${timestamp}.${body}`)}`
  if (signature.split(' ').some((candidate) => equalInConstantTime(candidate, expected))) return
  throw new WebhookVerificationError(
    'bad_signature',
    'No v1 signature of the webhook-signature header matches the body with this secret',
  )
}
