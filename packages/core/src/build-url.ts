import { InvalidInputError } from './invalid-input-error.ts'

const appendQuery = (params: URLSearchParams, key: string, value: unknown): void => {
  if (Array.isArray(value)) for (const item of value) appendQuery(params, key, item)
  else if (value && typeof value === 'object')
    for (const [name, item] of Object.entries(value)) appendQuery(params, `${key}[${name}]`, item)
  else if (value != null) params.append(key, `${value}`)
}

/**
 * The URL of an operation: `baseURL` + `path` with each `{name}` replaced by its percent-encoded
 * parameter, then each query object serialised in order. Arrays repeat their key; objects nest as
 * `key[name]=value` (deepObject style); `undefined` and `null` are skipped.
 * @throws InvalidInputError when a path parameter is missing, empty, `.` or `..` (also percent-encoded).
 */
export const buildURL = (
  baseURL: string,
  path: string,
  pathParams: Record<string, string | number> = {},
  ...queries: (object | undefined)[]
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
  for (const query of queries)
    for (const [key, value] of Object.entries(query ?? {})) appendQuery(url.searchParams, key, value)
  return url
}
