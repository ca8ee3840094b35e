/**
 * `text` with every occurrence of `key` replaced by `[redacted]`: for what a server echoes back
 * (error messages, close reasons), which can quote the key it was sent.
 */
export const redact = (text: string, key: string | undefined): string =>
  key ? text.replaceAll(key, '[redacted]') : text
