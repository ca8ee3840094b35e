// The token server: a Worker that serves the page (public/) and mints it a short-lived Realtime
// client secret with the API key it keeps. The page then talks to the Realtime API directly, over
// a WebSocket authenticated with that secret.
import { createClient } from '@oaikit/core'
import { createClientSecretHandler } from '@oaikit/realtime'
import type { Env } from './env.ts'

const apiBaseURL = (env: Env) => env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1'

/** Mints a secret for a speech-to-speech session; a real app would first check who is asking (answer a 401 Response from `mint`). */
const mintSecret = (env: Env) =>
  createClientSecretHandler(createClient({ apiKey: env.OPENAI_API_KEY, baseURL: apiBaseURL(env) }), {
    mint: {
      session: {
        type: 'realtime',
        model: 'gpt-realtime',
        instructions: 'You are a friendly voice assistant. Keep your answers short.',
        audio: { output: { voice: 'marin' } },
      },
    },
    onError: (error) => console.error('Minting a client secret failed:', error),
  })

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const { pathname } = new URL(request.url)
    if (pathname === '/realtime/token') return mintSecret(env)(request)
    // Where the page opens its WebSocket: the API, or the server OPENAI_BASE_URL names.
    if (pathname === '/realtime/config' && request.method === 'GET')
      return Response.json({ baseURL: apiBaseURL(env) })
    return new Response('Not found', { status: 404 })
  },
}
