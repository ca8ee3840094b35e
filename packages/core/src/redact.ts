/**
 * `text` with every occurrence of `secret` (when given) and every `sk-` token replaced by
 * `[redacted]`: for text a server sent (an error body, an error event) before it goes into an
 * error's message, since a server or a proxy may echo the key it was sent.
 * @example
 * ```ts
 * redact('Incorrect API key provided: sk-proj-abc123', key) // 'Incorrect API key provided: [redacted]'
 * ```
 */
export const redact = (text: string, secret?: string | null): string =>
  (secret ? text.replaceAll(secret, '[redacted]') : text).replace(/\bsk-[\w-]+/g, '[redacted]')
