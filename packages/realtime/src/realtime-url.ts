import type { Client } from '@oaikit/core'

/** The URL of a Realtime endpoint below the client's base URL, with the model when one is given. */
export const realtimeURL = (client: Client, path: string, model?: string): URL => {
  const url = new URL(`${client.options.baseURL ?? 'https://api.openai.com/v1'}/realtime${path}`)
  if (model) url.searchParams.set('model', model)
  return url
}
