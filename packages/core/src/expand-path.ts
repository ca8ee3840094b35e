import { InvalidInputError } from './invalid-input-error.ts'

/**
 * A path with parameters, expanded only when it is read as a string (by `request`, as it builds
 * the URL), so that a bad parameter rejects the request instead of throwing where the operation
 * was called.
 */
export interface ExpandedPath {
  /** The path with each `{name}` replaced by its percent-encoded parameter. */
  toString(): string
}

/**
 * The path of an operation with parameters: `template` with each `{name}` replaced by the
 * percent-encoded `params[name]`, so that an id like `../organization/users` never changes the
 * path. Only operations with path parameters import it.
 * @throws InvalidInputError, when the path is read, for a parameter that is missing, empty, `.` or
 * `..` (also percent-encoded), naming the parameter.
 * @example
 * ```ts
 * const model = await request<Model>(client, { method: 'GET', path: expandPath('/models/{model}', { model: 'gpt-4o' }) })
 * ```
 */
export const expandPath = (template: string, params: Record<string, string | number>): ExpandedPath => ({
  toString: () =>
    template.replace(/\{(\w+)\}/g, (_, name: string) => {
      const value = `${params[name] ?? ''}`
      if (/^(\.|%2e){0,2}$/i.test(value))
        throw new InvalidInputError(`Path parameter "${name}" must not be empty, "." or ".."`)
      return encodeURIComponent(value)
    }),
})
