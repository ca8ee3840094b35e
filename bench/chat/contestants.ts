// What each library's code looks like for each job, as an entry module for esbuild. Each entry
// exports `main` so that nothing is dropped as unused. A job a library has no helper for is written
// the way its user would write it (a tool loop or JSON parsing by hand), so that every column does
// the same work.

/** The jobs measured, in table order. */
export const jobs = [
  'one chat call',
  'one streamed chat call (text)',
  'the tool loop',
  'structured outputs',
] as const
export type Job = (typeof jobs)[number]

/** A library measured: its name, the packages it needs, and its entry module for each job. */
export interface Contestant {
  name: string
  /** Package names that must resolve from the workspace root (the contestant is skipped otherwise). */
  needs: string[]
  entries: Record<Job, string>
}

const tool = `{ name: 'weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } }`
const schema = `{ type: 'object', properties: { city: { type: 'string' } }, required: ['city'], additionalProperties: false }`
const weather = `async ({ city }) => ({ city, celsius: 21 })`

// A tool loop as a user of a client without one writes it: parallel calls, errors sent to the model.
const handLoop = (complete: string) => `
const run = async (call) => {
  try { return JSON.stringify(await weather(JSON.parse(call.function.arguments))) }
  catch (error) { return 'Error: ' + error.message }
}
export const main = async (messages) => {
  for (let step = 0; step < 10; step++) {
    const message = (await ${complete}).choices[0].message
    messages.push(message)
    if (!message.tool_calls?.length) return message
    const outputs = await Promise.all(message.tool_calls.map(run))
    message.tool_calls.forEach((call, index) => messages.push({ role: 'tool', tool_call_id: call.id, content: outputs[index] }))
  }
}`

export const contestants: Contestant[] = [
  {
    name: 'oaikit',
    needs: [],
    entries: {
      'one chat call': `
import { createClient } from '@oaikit/core'
import { createChatCompletion } from '@oaikit/chat'
export const main = (messages) => createChatCompletion(createClient({ apiKey: 'key' }), { model: 'gpt-4o', messages })`,
      'one streamed chat call (text)': `
import { createClient } from '@oaikit/core'
import { createChatCompletionStream, textDeltas } from '@oaikit/chat'
export const main = async (messages, write) => {
  for await (const text of textDeltas(await createChatCompletionStream(createClient({ apiKey: 'key' }), { model: 'gpt-4o', messages }))) write(text)
}`,
      'the tool loop': `
import { createClient } from '@oaikit/core'
import { runChatTools } from '@oaikit/chat'
export const main = (messages) =>
  runChatTools(createClient({ apiKey: 'key' }), { model: 'gpt-4o', messages }, { tools: [{ ...${tool}, execute: ${weather} }] })`,
      'structured outputs': `
import { createClient } from '@oaikit/core'
import { createStructuredChatCompletion } from '@oaikit/chat'
export const main = (messages) =>
  createStructuredChatCompletion(createClient({ apiKey: 'key' }), { model: 'gpt-4o', messages }, { schema: ${schema}, name: 'weather' })`,
    },
  },
  {
    name: 'openai (official SDK)',
    needs: ['openai'],
    entries: {
      'one chat call': `
import OpenAI from 'openai'
export const main = (messages) => new OpenAI({ apiKey: 'key' }).chat.completions.create({ model: 'gpt-4o', messages })`,
      'one streamed chat call (text)': `
import OpenAI from 'openai'
export const main = async (messages, write) => {
  const stream = await new OpenAI({ apiKey: 'key' }).chat.completions.create({ model: 'gpt-4o', messages, stream: true })
  for await (const chunk of stream) write(chunk.choices[0]?.delta.content ?? '')
}`,
      'the tool loop': `
import OpenAI from 'openai'
const { name, parameters } = ${tool}
export const main = (messages) =>
  new OpenAI({ apiKey: 'key' }).chat.completions
    .runTools({ model: 'gpt-4o', messages, tools: [{ type: 'function', function: { name, parameters, function: ${weather}, parse: JSON.parse } }] })
    .finalContent()`,
      'structured outputs': `
import OpenAI from 'openai'
export const main = async (messages) =>
  (await new OpenAI({ apiKey: 'key' }).chat.completions.parse({
    model: 'gpt-4o',
    messages,
    response_format: { type: 'json_schema', json_schema: { name: 'weather', schema: ${schema}, strict: true } },
  })).choices[0].message.parsed`,
    },
  },
  {
    name: 'openai-fetch',
    needs: ['openai-fetch'],
    entries: {
      'one chat call': `
import { OpenAIClient } from 'openai-fetch'
export const main = (messages) => new OpenAIClient({ apiKey: 'key' }).createChatCompletion({ model: 'gpt-4o', messages })`,
      'one streamed chat call (text)': `
import { OpenAIClient } from 'openai-fetch'
export const main = async (messages, write) => {
  const stream = await new OpenAIClient({ apiKey: 'key' }).streamChatCompletion({ model: 'gpt-4o', messages })
  for await (const chunk of stream) write(chunk.choices[0]?.delta.content ?? '')
}`,
      'the tool loop': `
import { OpenAIClient } from 'openai-fetch'
const client = new OpenAIClient({ apiKey: 'key' })
const weather = ${weather}
const tools = [{ type: 'function', function: ${tool} }]
${handLoop(`client.createChatCompletion({ model: 'gpt-4o', messages, tools })`)}`,
      'structured outputs': `
import { OpenAIClient } from 'openai-fetch'
export const main = async (messages) => {
  const completion = await new OpenAIClient({ apiKey: 'key' }).createChatCompletion({
    model: 'gpt-4o',
    messages,
    response_format: { type: 'json_schema', json_schema: { name: 'weather', schema: ${schema}, strict: true } },
  })
  const { content, refusal } = completion.choices[0].message
  if (refusal) throw new Error(refusal)
  return JSON.parse(content)
}`,
    },
  },
  {
    name: 'openapi-fetch + eventsource-parser',
    needs: ['openapi-fetch', 'eventsource-parser'],
    entries: {
      'one chat call': `
import createClient from 'openapi-fetch'
const client = createClient({ baseUrl: 'https://api.openai.com/v1', headers: { authorization: 'Bearer key' } })
export const main = async (messages) => (await client.POST('/chat/completions', { body: { model: 'gpt-4o', messages } })).data`,
      'one streamed chat call (text)': `
import createClient from 'openapi-fetch'
import { EventSourceParserStream } from 'eventsource-parser/stream'
const client = createClient({ baseUrl: 'https://api.openai.com/v1', headers: { authorization: 'Bearer key' } })
export const main = async (messages, write) => {
  const { data, error } = await client.POST('/chat/completions', { body: { model: 'gpt-4o', messages, stream: true }, parseAs: 'stream' })
  if (error) throw new Error(error.error?.message)
  for await (const { data: text } of data.pipeThrough(new TextDecoderStream()).pipeThrough(new EventSourceParserStream())) {
    if (text === '[DONE]') return
    write(JSON.parse(text).choices[0]?.delta.content ?? '')
  }
  throw new Error('The stream ended early')
}`,
      'the tool loop': `
import createClient from 'openapi-fetch'
const client = createClient({ baseUrl: 'https://api.openai.com/v1', headers: { authorization: 'Bearer key' } })
const weather = ${weather}
const tools = [{ type: 'function', function: ${tool} }]
${handLoop(`client.POST('/chat/completions', { body: { model: 'gpt-4o', messages, tools } }).then(({ data }) => data)`)}`,
      'structured outputs': `
import createClient from 'openapi-fetch'
const client = createClient({ baseUrl: 'https://api.openai.com/v1', headers: { authorization: 'Bearer key' } })
export const main = async (messages) => {
  const { data } = await client.POST('/chat/completions', {
    body: { model: 'gpt-4o', messages, response_format: { type: 'json_schema', json_schema: { name: 'weather', schema: ${schema}, strict: true } } },
  })
  const { content, refusal } = data.choices[0].message
  if (refusal) throw new Error(refusal)
  return JSON.parse(content)
}`,
    },
  },
]
