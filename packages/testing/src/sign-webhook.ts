import { InvalidInputError, type Transport } from '@oaikit/core'

/** Options of {@link signWebhook} and {@link sendWebhook}. */
export interface SignWebhookOptions {
  /** The `webhook-id` header. @defaultValue a random `msg_…` id */
  id?: string
  /** The `webhook-timestamp` header, a Unix time in seconds. @defaultValue the current time */
  timestamp?: number
}

/** Options of {@link sendWebhook}. */
export interface SendWebhookOptions extends SignWebhookOptions {
  /**
   * Sends the request: a handler under test, a Worker's `fetch`, a service binding.
   * @defaultValue the global `fetch`
   */
  transport?: Transport
}

/** A signed webhook delivery: the body to send and its headers. */
export interface SignedWebhook {
  /** The JSON body (the event, serialized). */
  body: string
  /** `content-type`, `webhook-id`, `webhook-timestamp` and `webhook-signature`. */
  headers: Record<string, string>
}

/** The HMAC key bytes of a secret, `whsec_<base64>` or raw (the bytes of its UTF-8). */
const keyBytes = (secret: string): Uint8Array<ArrayBuffer> => {
  if (!secret.startsWith('whsec_')) return new TextEncoder().encode(secret)
  try {
    return Uint8Array.from(atob(secret.slice(6)), (char) => char.charCodeAt(0))
  } catch {
    throw new InvalidInputError('signWebhook: the secret starts with whsec_ but the rest is not base64')
  }
}

/** The `v1,<base64>` Standard Webhooks signature of `content` with `secret`. */
const signature = async (secret: string, content: Uint8Array<ArrayBuffer>): Promise<string> => {
  const algorithm = { name: 'HMAC', hash: 'SHA-256' }
  const key = await crypto.subtle.importKey('raw', keyBytes(secret), algorithm, false, ['sign'])
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, content))
  return `v1,${btoa(Array.from(mac, (byte) => String.fromCharCode(byte)).join(''))}`
}

/**
 * Signs a webhook event the way the API does (Standard Webhooks: HMAC-SHA256 of
 * `${id}.${timestamp}.${body}`), to test a receiver. With several secrets (a key rotation) the
 * `webhook-signature` header carries one space-separated signature per secret. A string event is
 * sent as the body unchanged. Web Crypto only: it runs in every runtime, and does not share code
 * with `@oaikit/webhooks`, so a test of one checks the other.
 * @param event - the event object (serialized with `JSON.stringify`), or the exact body
 * @param secret - `whsec_<base64>` or a raw secret, or several
 * @example
 * ```ts
 * const { body, headers } = await signWebhook(
 *   { id: 'evt_1', object: 'event', type: 'response.completed', created_at: 1719168000, data: { id: 'resp_1' } },
 *   'whsec_c2VjcmV0',
 * )
 * const response = await handler(new Request('https://example.com/hook', { method: 'POST', body, headers }))
 * ```
 */
export const signWebhook = async (
  event: object | string,
  secret: string | readonly string[],
  options: SignWebhookOptions = {},
): Promise<SignedWebhook> => {
  const body = typeof event === 'string' ? event : JSON.stringify(event)
  const id = options.id ?? `msg_${crypto.randomUUID().replaceAll('-', '')}`
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000))
  const content = new TextEncoder().encode(`${id}.${timestamp}.${body}`)
  const secrets = typeof secret === 'string' ? [secret] : secret
  const signatures = await Promise.all(secrets.map((each) => signature(each, content)))
  return {
    body,
    headers: {
      'content-type': 'application/json',
      'webhook-id': id,
      'webhook-timestamp': timestamp,
      'webhook-signature': signatures.join(' '),
    },
  }
}

/**
 * Delivers a signed webhook event: POSTs it, signed by {@link signWebhook}, to `url`, as the API
 * delivers to a registered endpoint, and resolves the receiver's answer.
 * @example
 * ```ts
 * const response = await sendWebhook('http://127.0.0.1:8787/webhooks', event, 'whsec_c2VjcmV0')
 * expect(response.status).toBe(200)
 * ```
 */
export const sendWebhook = async (
  url: string | URL,
  event: object | string,
  secret: string | readonly string[],
  options: SendWebhookOptions = {},
): Promise<Response> => {
  const { body, headers } = await signWebhook(event, secret, options)
  const request = new Request(url, { method: 'POST', body, headers })
  return (options.transport ?? ((input: Request) => fetch(input)))(request)
}
