/**
 * The headers of a webhook delivery: a `Headers`, or a plain record such as Node's
 * `IncomingMessage.headers`, whose names are matched case-insensitively. A header given as an
 * array (repeated lines) counts as its values joined by spaces.
 */
export type WebhookHeaders = Headers | Record<string, string | readonly string[] | undefined>

/** The value of the header `name` (lower case) in `headers`, `undefined` when absent. */
export const readHeader = (headers: WebhookHeaders, name: string): string | undefined => {
  if (typeof headers.get === 'function') return (headers as Headers).get(name) ?? undefined
  const record = headers as Record<string, string | readonly string[] | undefined>
  for (const key in record) {
    const value = record[key]
    if (key.toLowerCase() === name) return typeof value === 'object' ? value.join(' ') : value
  }
  return undefined
}
