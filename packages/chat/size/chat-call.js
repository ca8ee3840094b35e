// One chat call: a client and createChatCompletion.
import { createClient } from '@oaikit/core'
import { createChatCompletion } from '../dist/index.js'

export const main = (messages) =>
  createChatCompletion(createClient({ apiKey: 'key' }), { model: 'gpt-4o', messages })
