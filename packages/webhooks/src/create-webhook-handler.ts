import type { WebhookEvent } from './generated/events.ts'
import { unwrapWebhook } from './unwrap-webhook.ts'
import type { WebhookVerifyOptions } from './verify-webhook-signature.ts'
import { webhookSecretBytes } from './webhook-secret.ts'
import { WebhookVerificationError } from './webhook-verification-error.ts'

/** Options of {@link createWebhookHandler}. */
export interface WebhookHandlerOptions extends WebhookVerifyOptions {
  /**
   * Called with each delivery that fails verification, before the 400 answer: the place to log
   * its `kind` (the answer itself carries no detail).
   * @defaultValue none
   */
  onError?: (error: WebhookVerificationError, request: Request) => void
}

/** What a {@link WebhookEventHandler} answers: a `Response`, or nothing for an empty 200. */
// biome-ignore lint/suspicious/noConfusingVoidType: a handler that answers nothing returns void (or Promise<void>).
type HandlerAnswer = Response | void

/**
 * What a webhook handler does with a verified event; it also gets the request (for its URL and
 * headers: the body is already read). Its `Response` (or, when it returns none, an empty 200) is
 * the answer. The API retries deliveries answered with anything but a 2xx.
 */
export type WebhookEventHandler = (
  event: WebhookEvent,
  request: Request,
) => HandlerAnswer | Promise<HandlerAnswer>

/**
 * A `(Request) => Promise<Response>` endpoint for `fetch`-style servers (Cloudflare Workers,
 * Deno.serve, Bun.serve, Hono…): it reads the body once, verifies it with `secret`, and calls
 * `handler` with the typed event. A delivery that fails verification gets an empty 400, any method
 * but POST a 405. What `handler` throws is rethrown, so the server answers 5xx and the API retries.
 * The secret is checked at once: a malformed one throws a `'malformed_secret'`
 * {@link WebhookVerificationError} here rather than failing every delivery.
 * @example
 * ```ts
 * export default {
 *   fetch: (request: Request, env: Env) =>
 *     createWebhookHandler(env.OPENAI_WEBHOOK_SECRET, async (event) => {
 *       if (event.type === 'response.completed') await env.QUEUE.send(event.data.id)
 *     })(request),
 * }
 * ```
 */
export const createWebhookHandler = (
  secret: string,
  handler: WebhookEventHandler,
  options: WebhookHandlerOptions = {},
): ((request: Request) => Promise<Response>) => {
  webhookSecretBytes(secret)
  return async (request) => {
    if (request.method !== 'POST') return new Response(null, { status: 405, headers: { allow: 'POST' } })
    let event: WebhookEvent
    try {
      event = await unwrapWebhook(await request.text(), request.headers, secret, options)
    } catch (error) {
      if (!WebhookVerificationError.isInstance(error)) throw error
      options.onError?.(error, request)
      return new Response(null, { status: 400 })
    }
    return (await handler(event, request)) ?? new Response(null, { status: 200 })
  }
}
