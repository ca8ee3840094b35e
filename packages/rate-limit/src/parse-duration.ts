const units: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1000, ms: 1 }

/**
 * Milliseconds of a duration as the API writes its `x-ratelimit-reset-*` headers (`'1s'`,
 * `'6m0s'`, `'20ms'`, `'1h2m3.5s'`); `undefined` for anything else.
 * @example
 * ```ts
 * parseDuration('6m0s') // 360000
 * ```
 */
export const parseDuration = (text: string | undefined): number | undefined => {
  if (!text || !/^(\d+(\.\d+)?(h|ms|m|s))+$/.test(text)) return
  let total = 0
  for (const [, amount, unit] of text.matchAll(/(\d+(?:\.\d+)?)(h|ms|m|s)/g))
    total += Number(amount) * units[unit!]!
  return total
}
