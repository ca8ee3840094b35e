// A Bun script: uploads a JSONL file read with Bun.file, then asks for a chat completion and
// prints its request id. With OPENAI_BASE_URL it talks to another server speaking the API.
//   bun run main.ts
import { createChatCompletion } from '@oaikit/chat'
import { createClient, getResponseMeta } from '@oaikit/core'
import { createFile } from '@oaikit/files'

const apiKey = Bun.env.OPENAI_API_KEY
if (!apiKey) throw new Error('Set OPENAI_API_KEY')
const baseURL = Bun.env.OPENAI_BASE_URL
const client = createClient(baseURL ? { apiKey, baseURL } : { apiKey })

const requests = Bun.file(new URL('requests.jsonl', import.meta.url).pathname)
const file = await createFile(client, {
  file: new File([await requests.arrayBuffer()], 'requests.jsonl', { type: 'application/jsonl' }),
  purpose: 'batch',
})
console.log(`uploaded: ${file.id} (${file.purpose})`)

const completion = await createChatCompletion(client, {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Say hello from Bun.' }],
})
console.log(`answer: ${completion.choices[0]?.message.content}`)
console.log(`request id: ${getResponseMeta(completion)?.requestId ?? '(none)'}`)
