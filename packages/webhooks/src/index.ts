export {
  createWebhookHandler,
  type WebhookEventHandler,
  type WebhookHandlerOptions,
} from './create-webhook-handler.ts'
export type * from './generated/events.ts'
export { unwrapWebhook } from './unwrap-webhook.ts'
export { verifyWebhookSignature, type WebhookVerifyOptions } from './verify-webhook-signature.ts'
export type { WebhookHeaders } from './webhook-headers.ts'
export { WebhookVerificationError, type WebhookVerificationErrorKind } from './webhook-verification-error.ts'
