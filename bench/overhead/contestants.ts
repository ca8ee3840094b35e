// The same two calls (one chat completion; one streamed chat completion read to its end) written
// with each library, all over `cannedFetch`. Raw fetch is what a user writes without a library:
// build the request, send it, parse the JSON (or split the event stream's lines).
import { cannedFetch } from './canned.ts'

/** One library's two calls. */
export interface Contestant {
  name: string
  json: () => Promise<unknown>
  stream: () => Promise<number>
}

const body = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'Hi' }] }
const url = 'https://api.openai.com/v1/chat/completions'
const init = (stream: boolean): RequestInit => ({
  method: 'POST',
  headers: { authorization: 'Bearer sk-bench', 'content-type': 'application/json' },
  body: JSON.stringify(stream ? { ...body, stream: true } : body),
})

const rawFetch: Contestant = {
  name: 'raw fetch',
  json: async () => (await cannedFetch(url, init(false))).json(),
  stream: async () => {
    const response = await cannedFetch(url, init(true))
    const decoder = new TextDecoder()
    let buffer = ''
    let count = 0
    for await (const bytes of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(bytes, { stream: true })
      const lines = buffer.split('\n')
      buffer = lines.pop()!
      for (const line of lines) if (line.startsWith('data: {')) count += JSON.parse(line.slice(6)) ? 1 : 0
    }
    return count
  },
}

/** The contestants, each loaded from what a user installs (the built `dist` for oaikit). */
export const loadContestants = async (): Promise<Contestant[]> => {
  const { createClient } = await import('../../packages/core/dist/index.js')
  const { createChatCompletion, createChatCompletionStream } = await import(
    '../../packages/chat/dist/index.js'
  )
  const client = createClient({ apiKey: 'sk-bench', transport: (request: Request) => cannedFetch(request) })
  const oaikit: Contestant = {
    name: 'oaikit',
    json: () => createChatCompletion(client, body),
    stream: async () => {
      let count = 0
      for await (const chunk of await createChatCompletionStream(client, body)) count += chunk ? 1 : 0
      return count
    },
  }
  const { default: OpenAI } = await import('openai')
  const openai = new OpenAI({ apiKey: 'sk-bench', fetch: cannedFetch as typeof fetch })
  const sdk: Contestant = {
    name: 'openai',
    json: () => openai.chat.completions.create(body),
    stream: async () => {
      let count = 0
      for await (const chunk of await openai.chat.completions.create({ ...body, stream: true }))
        count += chunk ? 1 : 0
      return count
    },
  }
  return [rawFetch, oaikit, sdk]
}
