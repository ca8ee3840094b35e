// The page's code, bundled by esbuild into public/app.js. It never holds the API key: the client
// asks the Worker for a short-lived token before each request, and calls the API through the
// Worker's `/v1` proxy.
import {
  type CreateChatCompletionStreamResponse,
  createChatCompletionStream,
  fromEventStreamResponse,
  textDeltas,
} from '@oaikit/chat'
import { createClient } from '@oaikit/core'

const output = (id: string) => document.getElementById(id) as HTMLOutputElement

/** Fetches a short-lived token from the Worker; the client calls it for every attempt. */
const appToken = async () => {
  const response = await fetch('/token', { method: 'POST' })
  if (!response.ok) throw new Error(`No token: HTTP ${response.status}`)
  return ((await response.json()) as { token: string }).token
}

const client = createClient({ apiKey: appToken, baseURL: new URL('/v1', location.origin).href })
const messages = [{ role: 'user' as const, content: 'Say hello from the browser.' }]

try {
  for await (const text of textDeltas(
    await createChatCompletionStream(client, { model: 'gpt-4o-mini', messages }),
  ))
    output('direct').append(text)

  const response = await fetch('/chat', { method: 'POST', body: JSON.stringify({ messages }) })
  const stream = await fromEventStreamResponse<CreateChatCompletionStreamResponse>(response)
  for await (const text of textDeltas(stream)) output('streamed').append(text)
  document.getElementById('status')!.textContent = 'done'
} catch (error) {
  document.getElementById('status')!.textContent = `failed: ${error instanceof Error ? error.message : error}`
}
