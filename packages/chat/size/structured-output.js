// One structured chat completion.
import { createClient } from '@oaikit/core'
import { createStructuredChatCompletion } from '../dist/index.js'

const schema = {
  type: 'object',
  properties: { city: { type: 'string' } },
  required: ['city'],
  additionalProperties: false,
}

export const main = (messages) =>
  createStructuredChatCompletion(createClient({ apiKey: 'key' }), { model: 'gpt-4o', messages }, { schema })
