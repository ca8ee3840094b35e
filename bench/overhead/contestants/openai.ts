// The official `openai` package, given the canned transport as its `fetch`.
import OpenAI from 'openai'
import { body } from '../call.ts'
import { cannedFetch } from '../canned.ts'

const openai = new OpenAI({ apiKey: 'sk-bench', fetch: cannedFetch as typeof fetch })

/** One chat completion. */
export const json = (): Promise<{ id: string }> => openai.chat.completions.create(body)

/** One streamed chat completion read to its end; resolves with the number of chunks. */
export const stream = async (): Promise<number> => {
  let count = 0
  for await (const chunk of await openai.chat.completions.create({ ...body, stream: true }))
    count += chunk ? 1 : 0
  return count
}
