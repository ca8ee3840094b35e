import type { ExpandedPath } from './expand-path.ts'
import { InvalidInputError } from './invalid-input-error.ts'

/**
 * The URL of an operation's `path` below `baseURL`: the path goes after the base's own path and
 * before its query, which is kept (the operation's query is appended to it: Azure's
 * `?api-version=…`); a fragment is never sent.
 * @throws InvalidInputError for a `baseURL` that is not an absolute URL, or that holds a user or
 * password (the error quotes neither the URL nor its cause, which may hold them).
 * @example
 * ```ts
 * resolveURL('https://x.openai.azure.com/openai?api-version=2024-10-21', '/chat/completions')
 * // https://x.openai.azure.com/openai/chat/completions?api-version=2024-10-21
 * ```
 */
export const resolveURL = (baseURL: string, path: string | ExpandedPath): URL => {
  let url: URL
  try {
    url = new URL(baseURL)
    if (url.username + url.password) throw 0
  } catch {
    throw new InvalidInputError('Invalid baseURL')
  }
  // A fragment stays on the URL, but fetch never sends one.
  url.pathname = url.pathname.replace(/\/$/, '') + path
  return url
}
