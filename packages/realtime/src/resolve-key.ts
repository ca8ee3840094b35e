import { type Client, InvalidInputError } from '@oaikit/core'

/**
 * The client's key, resolved (a provider is called once). Refuses a missing one and, when the key
 * would be `exposed` to the page (a subprotocol, a browser's SDP request), a secret `sk-` key unless
 * the client sets `dangerouslyAllowBrowser`.
 */
export const resolveKey = async (client: Client, exposed: boolean): Promise<string> => {
  const { apiKey, dangerouslyAllowBrowser } = client.options
  const key = typeof apiKey === 'function' ? await apiKey() : apiKey
  if (!key)
    throw new InvalidInputError('No API key: create the client with an apiKey (a client secret in browsers)')
  if (exposed && key.startsWith('sk-') && !dangerouslyAllowBrowser) {
    throw new InvalidInputError(
      'Refusing to expose a secret API key (sk-…) to the page: mint a client secret on your server, ' +
        'or set dangerouslyAllowBrowser: true',
    )
  }
  return key
}
