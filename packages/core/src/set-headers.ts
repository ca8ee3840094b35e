import { InvalidInputError } from './invalid-input-error.ts'

/** Header values by name: `undefined` leaves a header as it is, `null` removes it. */
export type HeaderValues = Record<string, string | null | undefined>

/**
 * Sets the headers of each of `values` on `headers`, in order.
 * @throws InvalidInputError when a value contains CR or LF (naming the header, never its value).
 */
export const setHeaders = (headers: Headers, ...values: (HeaderValues | undefined)[]): Headers => {
  for (const entries of values)
    for (const [name, value] of Object.entries(entries ?? {}))
      if (value === null) headers.delete(name)
      else if (value !== undefined) {
        if (/[\r\n]/.test(value)) throw new InvalidInputError(`Header "${name}" contains CR or LF`)
        headers.set(name, value)
      }
  return headers
}
