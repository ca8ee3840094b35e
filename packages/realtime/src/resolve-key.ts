import { type Client, InvalidInputError } from '@oaikit/core'

/** The client's key, resolved (a provider is called once); refuses a missing one. */
export const resolveKey = async (client: Client): Promise<string> => {
  const { apiKey } = client.options
  const key = typeof apiKey === 'function' ? await apiKey() : apiKey
  if (!key)
    throw new InvalidInputError('No API key: create the client with an apiKey (a client secret in browsers)')
  return key
}
