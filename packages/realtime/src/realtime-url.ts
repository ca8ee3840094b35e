import { type Client, InvalidInputError } from '@oaikit/core'

/**
 * The URL of a Realtime endpoint below the client's base URL (whose own query, such as an
 * `api-version`, is kept), with the query parameters that are set.
 * @throws InvalidInputError when the base URL is not a URL (the message does not quote it).
 */
export const realtimeURL = (client: Client, path: string, query: Record<string, string | undefined>): URL => {
  let url: URL
  try {
    url = new URL(client.options.baseURL ?? 'https://api.openai.com/v1')
  } catch {
    throw new InvalidInputError('The client baseURL is not a valid URL')
  }
  url.pathname = `${url.pathname.replace(/\/$/, '')}/realtime${path}`
  url.hash = ''
  for (const [name, value] of Object.entries(query)) if (value) url.searchParams.set(name, value)
  return url
}
