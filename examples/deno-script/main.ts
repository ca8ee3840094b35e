// A Deno script: lists models, then streams a chat answer to stdout. With OPENAI_BASE_URL it talks
// to another server speaking the API (a local mock, a proxy).
//   deno run --allow-env --allow-net main.ts
import { createChatCompletionStream, textDeltas } from 'npm:@oaikit/chat'
import { createClient } from 'npm:@oaikit/core'
import { listModels } from 'npm:@oaikit/models'

const apiKey = Deno.env.get('OPENAI_API_KEY')
if (!apiKey) throw new Error('Set OPENAI_API_KEY')
const baseURL = Deno.env.get('OPENAI_BASE_URL')
const client = createClient(baseURL ? { apiKey, baseURL } : { apiKey })

const models = await listModels(client)
console.log(`models: ${models.data.length}`)

const stream = await createChatCompletionStream(client, {
  model: 'gpt-4o-mini',
  messages: [{ role: 'user', content: 'Say hello from Deno.' }],
})
const encoder = new TextEncoder()
await Deno.stdout.write(encoder.encode('answer: '))
for await (const text of textDeltas(stream)) await Deno.stdout.write(encoder.encode(text))
console.log()
