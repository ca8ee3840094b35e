// A Cloudflare Worker that streams a chat completion to the browser: the browser posts its messages,
// the Worker adds its key and forwards the API's stream as Server-Sent Events. The browser side,
// `readChat`, reads the forwarded stream back as text. Tested end to end in test/proxy-worker.test.ts.
import {
  type CreateChatCompletionStreamResponse,
  createChatCompletionStream,
  fromEventStreamResponse,
  textDeltas,
  toEventStreamResponse,
} from '@oaikit/chat'
import { createClient } from '@oaikit/core'

/** The Worker's bindings: the secret key, and optionally another API base URL. */
export interface Env {
  OPENAI_API_KEY: string
  OPENAI_BASE_URL?: string
}

/** A chat message as the browser sends it. */
export interface Message {
  role: 'user' | 'assistant'
  content: string
}

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    if (request.method !== 'POST') return new Response('Method not allowed', { status: 405 })
    const { messages } = (await request.json()) as { messages: Message[] }
    const client = createClient({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL })
    const stream = await createChatCompletionStream(
      client,
      { model: 'gpt-4o-mini', messages },
      { signal: request.signal },
    )
    return toEventStreamResponse(stream)
  },
}

/** The browser side: posts the messages to the Worker's route and yields the answer's text as it arrives. */
export async function* readChat(
  url: string,
  messages: Message[],
  fetcher: (request: Request) => Promise<Response> = fetch,
): AsyncGenerator<string, void> {
  const response = await fetcher(new Request(url, { method: 'POST', body: JSON.stringify({ messages }) }))
  yield* textDeltas(await fromEventStreamResponse<CreateChatCompletionStreamResponse>(response))
}
