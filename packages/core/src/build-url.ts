import { flatten } from './flatten.ts'
import { InvalidInputError } from './invalid-input-error.ts'

/**
 * The URL of an operation: `baseURL` + `path` with each `{name}` replaced by its percent-encoded
 * parameter, then `query` serialised: arrays repeat their key, objects nest as `key[name]=value`
 * (deepObject style), `undefined` and `null` are skipped.
 * @throws InvalidInputError when a path parameter is missing, empty, `.` or `..` (also percent-encoded).
 */
export const buildURL = (
  baseURL: string,
  path: string,
  pathParams: Record<string, string | number> = {},
  query: object,
): URL => {
  const url = new URL(
    baseURL.replace(/\/$/, '') +
      path.replace(/\{(\w+)\}/g, (_, name: string) => {
        const value = `${pathParams[name] ?? ''}`
        if (/^(\.|%2e){0,2}$/i.test(value))
          throw new InvalidInputError(`Path parameter "${name}" must not be empty, "." or ".."`)
        return encodeURIComponent(value)
      }),
  )
  flatten(query, (name, value) => url.searchParams.append(name, `${value}`))
  return url
}
