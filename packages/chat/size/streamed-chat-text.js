// One streamed chat call read with the text iterator.
import { createClient } from '@oaikit/core'
import { createChatCompletionStream, textDeltas } from '../dist/index.js'

export const main = async (messages, write) => {
  const stream = await createChatCompletionStream(createClient({ apiKey: 'key' }), {
    model: 'gpt-4o',
    messages,
  })
  for await (const text of textDeltas(stream)) write(text)
}
