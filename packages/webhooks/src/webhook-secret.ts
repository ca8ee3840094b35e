import { WebhookVerificationError } from './webhook-verification-error.ts'

/**
 * The HMAC key bytes of a webhook secret: the base64 value after `whsec_`, or the UTF-8 bytes of a
 * raw secret. Throws a `'malformed_secret'` {@link WebhookVerificationError} (without the secret)
 * for an empty secret or a `whsec_` value that is not base64.
 */
export const webhookSecretBytes = (secret: string): Uint8Array<ArrayBuffer> => {
  const fail = (what: string): never => {
    throw new WebhookVerificationError('malformed_secret', `The webhook secret ${what}`)
  }
  if (typeof secret !== 'string' || secret === '') fail('is empty or not a string')
  if (!secret.startsWith('whsec_')) return new TextEncoder().encode(secret)
  let binary = ''
  try {
    binary = atob(secret.slice(6))
  } catch {
    fail('starts with whsec_ but the rest is not base64')
  }
  if (binary === '') fail('is whsec_ with no key after it')
  return Uint8Array.from(binary, (char) => char.charCodeAt(0))
}
