// The chat tool loop with one tool.
import { createClient } from '@oaikit/core'
import { defineTool, runChatTools } from '../dist/index.js'

const weather = defineTool({
  name: 'weather',
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
  execute: ({ city }) => ({ city, celsius: 21 }),
})

export const main = (messages) =>
  runChatTools(createClient({ apiKey: 'key' }), { model: 'gpt-4o', messages }, { tools: [weather] })
