import { type Client, InvalidInputError, inBrowser } from '@oaikit/core'

/**
 * The client's key, resolved (a provider is called once). Refuses a missing key, one that is not a
 * string, or one with characters no handshake can carry (space, quote, comma, backslash, control
 * characters), naming what is wrong and never the key. Where the key would be `exposed` to the page
 * (a subprotocol, a browser's SDP request) or the code runs in a browser (a page or a Web Worker),
 * a secret `sk-` key is refused unless the client sets `dangerouslyAllowBrowser`.
 */
export const resolveKey = async (client: Client, exposed: boolean): Promise<string> => {
  const { apiKey, dangerouslyAllowBrowser } = client.options
  const key: unknown = typeof apiKey === 'function' ? await apiKey() : apiKey
  if (!key)
    throw new InvalidInputError('No API key: create the client with an apiKey (a client secret in browsers)')
  if (typeof key !== 'string')
    throw new InvalidInputError(`The API key must be a string, not a ${typeof key}`)
  if (!/^[!#-+\--[\]-~]+$/.test(key)) {
    throw new InvalidInputError(
      'The API key holds a character no handshake can carry (a space, quote, comma, backslash or control character)',
    )
  }
  if (/^sk-/.test(key) && (exposed || inBrowser()) && !dangerouslyAllowBrowser) {
    throw new InvalidInputError(
      'Refusing to expose a secret API key (sk-…) to the page: mint a client secret on your server, ' +
        'or set dangerouslyAllowBrowser: true',
    )
  }
  return key
}
