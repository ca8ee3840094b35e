// Short-lived tokens the Worker mints for its own page: `<expiry>.<HMAC-SHA-256 of it>`, checked
// with crypto.subtle.verify (constant time). The page holds only such a token, never the API key.

const encoder = new TextEncoder()

const hmacKey = (secret: string) =>
  crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
    'sign',
    'verify',
  ])

const base64url = (bytes: ArrayBuffer) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replace(/=+$/, '')

const fromBase64url = (text: string) =>
  Uint8Array.from(atob(text.replaceAll('-', '+').replaceAll('_', '/')), (char) => char.charCodeAt(0))

/** A token valid for `ttlSeconds`, and when it expires (Unix seconds). */
export const mintAppToken = async (secret: string, ttlSeconds: number) => {
  const expiresAt = Math.floor(Date.now() / 1000) + ttlSeconds
  const signature = await crypto.subtle.sign('HMAC', await hmacKey(secret), encoder.encode(String(expiresAt)))
  return { token: `${expiresAt}.${base64url(signature)}`, expires_at: expiresAt }
}

/** Whether `token` was minted with `secret` and has not expired. */
export const verifyAppToken = async (secret: string, token: string): Promise<boolean> => {
  const [expiresAt, signature, ...rest] = token.split('.')
  if (!expiresAt || !signature || rest.length > 0 || !/^\d+$/.test(expiresAt)) return false
  if (Number(expiresAt) <= Date.now() / 1000) return false
  try {
    return await crypto.subtle.verify(
      'HMAC',
      await hmacKey(secret),
      fromBase64url(signature),
      encoder.encode(expiresAt),
    )
  } catch {
    return false
  }
}
