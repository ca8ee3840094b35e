// A Worker in front of the OpenAI API for a browser page (public/): it mints short-lived tokens
// for the page, proxies the API calls the page may make with them, streams a chat answer of its
// own to the browser, and mints Realtime client secrets.
import { type ChatMessage, createChatCompletionStream, toEventStreamResponse } from '@oaikit/chat'
import { createClient } from '@oaikit/core'
import { createClientSecretHandler } from '@oaikit/realtime'
import { mintAppToken } from './app-token.ts'
import type { Env } from './env.ts'
import { proxyApiCall } from './proxy.ts'

const apiClient = (env: Env) =>
  createClient({
    apiKey: env.OPENAI_API_KEY,
    ...(env.OPENAI_BASE_URL ? { baseURL: env.OPENAI_BASE_URL } : {}),
  })

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url)
    if (url.pathname.startsWith('/v1/')) return proxyApiCall(request, env, url)
    if (request.method !== 'POST') return new Response('Not found', { status: 404 })
    switch (url.pathname) {
      case '/token':
        return Response.json(await mintAppToken(env.TOKEN_SECRET, Number(env.TOKEN_TTL_SECONDS)), {
          headers: { 'cache-control': 'no-store' },
        })
      case '/chat': {
        const { messages } = (await request.json()) as { messages: ChatMessage[] }
        const stream = await createChatCompletionStream(apiClient(env), { model: 'gpt-4o-mini', messages })
        return toEventStreamResponse(stream)
      }
      case '/realtime/token':
        return createClientSecretHandler(apiClient(env), {
          mint: { protocol: 'ga', session: { type: 'realtime', model: 'gpt-realtime' } },
        })(request)
      default:
        return new Response('Not found', { status: 404 })
    }
  },
}
