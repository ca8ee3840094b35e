// The README's demo: a few real calls through oaikit. Without OPENAI_API_KEY it starts the bundled
// mock of the API (@oaikit/testing) on 127.0.0.1 and runs offline: the mock validates every request
// against the spec, and the model's answers are scripted below from what each request sent, so what
// is printed follows from what was sent. With OPENAI_API_KEY the same calls go to the real API (the
// admin call needs OPENAI_ADMIN_KEY there, an organization admin key) and no script is used.
import { listProjects } from '@oaikit/admin'
import {
  createChatCompletionStream,
  createStructuredChatCompletion,
  defineTool,
  jsonSchema,
  runChatTools,
  textDeltas,
} from '@oaikit/chat'
import { createClient, getResponseMeta } from '@oaikit/core'
import { createFile, listFiles } from '@oaikit/files'
import { listModels } from '@oaikit/models'
import { startMockServer } from '@oaikit/testing/server'

const apiKey = process.env.OPENAI_API_KEY
const server = apiKey ? undefined : await startMockServer()
const mock = server?.mock
const client = createClient(server ? { apiKey: 'sk-demo', baseURL: server.url } : { apiKey })
const adminKey = server ? 'sk-admin-demo' : process.env.OPENAI_ADMIN_KEY
const admin =
  adminKey && createClient(server ? { apiKey: adminKey, baseURL: server.url } : { apiKey: adminKey })
const model = 'gpt-4o-mini'

const step = (title, source) => console.log(`\n▸ ${title}${mock && source ? `  [${source}]` : ''}`)
const lastUserText = (body) => body.messages.findLast((message) => message.role === 'user').content

// The weather the tool reports: the demo's own data, sent to the model as tool results.
const forecasts = { Paris: { celsius: 21, sky: 'sunny' }, Rome: { celsius: 25, sky: 'clear' } }
const weather = defineTool({
  name: 'weather',
  description: 'The current weather in a city',
  parameters: jsonSchema({
    type: 'object',
    properties: { city: { type: 'string' } },
    required: ['city'],
    additionalProperties: false,
  }),
  execute: ({ city }) => ({ city, ...(forecasts[city] ?? { celsius: null, sky: 'unknown' }) }),
})

console.log(
  server
    ? `oaikit demo, offline against the mock API at ${server.url}\n(answers in [brackets] come from the mock: its script, its stored objects or the spec's examples)`
    : 'oaikit demo, against the OpenAI API',
)
try {
  step('listModels', "the spec's example list")
  const models = await listModels(client)
  console.log(`  ${models.data.length} models: ${models.data.map((entry) => entry.id).join(', ')}`)

  step(
    'runChatTools: two parallel tool calls, then an answer from their results',
    'scripted tool calls, then an answer written from the tool results sent back',
  )
  mock?.script(
    'createChatCompletion',
    { toolCalls: Object.keys(forecasts).map((city) => ({ name: 'weather', arguments: { city } })) },
    ({ body }) => {
      const results = body.messages
        .filter((message) => message.role === 'tool')
        .map((message) => JSON.parse(message.content))
      return { text: results.map(({ city, celsius, sky }) => `${city}: ${celsius}°C and ${sky}.`).join(' ') }
    },
  )
  const loop = await runChatTools(
    client,
    { model, messages: [{ role: 'user', content: 'What is the weather in Paris and in Rome?' }] },
    { tools: [weather] },
  )
  for (const call of loop.steps[0].choices[0].message.tool_calls ?? [])
    console.log(`  step 1 called ${call.function.name}(${call.function.arguments})`)
  console.log(`  step ${loop.steps.length} answered: ${loop.final.choices[0].message.content}`)
  console.log(`  request id: ${getResponseMeta(loop.final)?.requestId ?? '(none)'}`)

  step('createStructuredChatCompletion: typed JSON out of a sentence', 'JSON scripted from the sentence sent')
  const sentence = 'Lisbon will reach 19 degrees on Saturday.'
  mock?.script('createChatCompletion', ({ body }) => {
    const [, city, celsius, day] = /(\w+) will reach (\d+) degrees on (\w+)/.exec(lastUserText(body))
    return { json: { city, celsius: Number(celsius), day } }
  })
  const { data } = await createStructuredChatCompletion(
    client,
    { model, messages: [{ role: 'user', content: `Extract the forecast: ${sentence}` }] },
    {
      name: 'forecast',
      schema: jsonSchema({
        type: 'object',
        properties: { city: { type: 'string' }, celsius: { type: 'number' }, day: { type: 'string' } },
        required: ['city', 'celsius', 'day'],
        additionalProperties: false,
      }),
    },
  )
  console.log(`  ${JSON.stringify(data)}`)

  step('createChatCompletionStream', 'a reply scripted from the message sent, streamed word by word')
  mock?.script('createChatCompletion', ({ body }) => ({
    text: `You asked ${lastUserText(body).split(' ').length} words: "${lastUserText(body)}"`,
  }))
  process.stdout.write('  ')
  const stream = await createChatCompletionStream(client, {
    model,
    messages: [{ role: 'user', content: 'Say hello to oaikit in five words.' }],
  })
  for await (const text of textDeltas(stream)) process.stdout.write(text)
  process.stdout.write('\n')

  step('createFile (multipart upload)', 'stored by the mock with the name and size sent')
  const lines = [
    { custom_id: 'r1', method: 'POST', url: '/v1/chat/completions', body: { model, messages: [] } },
  ]
  const upload = new File([lines.map((line) => JSON.stringify(line)).join('\n')], 'requests.jsonl', {
    type: 'application/jsonl',
  })
  const file = await createFile(client, { file: upload, purpose: 'batch' })
  console.log(
    `  sent ${upload.name} (${upload.size} bytes); stored as ${file.id}: ${file.filename} (${file.bytes} bytes)`,
  )

  step('listFiles, two per page', "the mock's stored files, in real pages")
  for (const name of ['a.jsonl', 'b.jsonl'])
    await createFile(client, { file: new File(['{}'], name), purpose: 'batch' })
  let page = await listFiles(client, { limit: 2, purpose: 'batch' })
  for (let number = 1; ; number++) {
    console.log(
      `  page ${number}: ${page.data.map((entry) => entry.filename).join(', ')}${page.has_more ? ' (has_more)' : ''}`,
    )
    if (!page.has_more || number === 3) break
    page = await listFiles(client, { limit: 2, purpose: 'batch', after: page.data.at(-1).id })
  }

  step('listProjects (admin, every page lazily)', "the spec's example list")
  if (!admin) console.log('  skipped: set OPENAI_ADMIN_KEY to an admin key to list projects')
  else {
    let count = 0
    for await (const project of listProjects(admin, { limit: 20 })) {
      if (count++ < 3) console.log(`  ${project.id}  ${project.name}`)
    }
    console.log(`  ${count} projects in all`)
  }
} finally {
  await server?.close()
}
