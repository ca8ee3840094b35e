// oaikit, loaded from what a user installs: the built `dist` of core and chat.
import { createChatCompletion, createChatCompletionStream } from '../../../packages/chat/dist/index.js'
import { createClient } from '../../../packages/core/dist/index.js'
import { body } from '../call.ts'
import { cannedFetch } from '../canned.ts'

const client = createClient({ apiKey: 'sk-bench', transport: (request: Request) => cannedFetch(request) })

/** One chat completion. */
export const json = (): Promise<{ id: string }> => createChatCompletion(client, body)

/** One streamed chat completion read to its end; resolves with the number of chunks. */
export const stream = async (): Promise<number> => {
  let count = 0
  for await (const chunk of createChatCompletionStream(client, body)) count += chunk ? 1 : 0
  return count
}
