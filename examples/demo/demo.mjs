// The README's demo: a few real calls through oaikit. Without OPENAI_API_KEY it starts the bundled
// mock of the API (@oaikit/testing) on 127.0.0.1 and runs offline; with it, the same calls go to the
// real API (the admin call needs OPENAI_ADMIN_KEY there, an organization admin key).
import { listProjects } from '@oaikit/admin'
import { createChatCompletion, createChatCompletionStream } from '@oaikit/chat'
import { createClient, getResponseMeta } from '@oaikit/core'
import { createFile } from '@oaikit/files'
import { listModels } from '@oaikit/models'
import { startMockServer } from '@oaikit/testing/server'

const apiKey = process.env.OPENAI_API_KEY
const mock = apiKey ? undefined : await startMockServer()
const client = createClient(mock ? { apiKey: 'sk-demo', baseURL: mock.url } : { apiKey })
const adminKey = mock ? 'sk-admin-demo' : process.env.OPENAI_ADMIN_KEY
const admin = adminKey && createClient(mock ? { apiKey: adminKey, baseURL: mock.url } : { apiKey: adminKey })
const model = 'gpt-4o-mini'
const messages = [{ role: 'user', content: 'Say hello to oaikit in five words.' }]

const step = (title) => console.log(`\n▸ ${title}`)

console.log(
  mock ? `oaikit demo, offline against the mock API at ${mock.url}` : 'oaikit demo, against the OpenAI API',
)
try {
  step('listModels')
  const models = await listModels(client)
  console.log(
    `  ${models.data.length} models: ${models.data
      .slice(0, 3)
      .map((entry) => entry.id)
      .join(', ')}, ...`,
  )

  step('createChatCompletion')
  const completion = await createChatCompletion(client, { model, messages })
  console.log(`  ${completion.choices[0]?.message.content}`)
  console.log(`  request id: ${getResponseMeta(completion)?.requestId ?? '(none)'}`)

  step('createChatCompletionStream')
  process.stdout.write('  ')
  for await (const chunk of await createChatCompletionStream(client, { model, messages })) {
    process.stdout.write(chunk.choices[0]?.delta?.content ?? '')
  }
  process.stdout.write('\n')

  step('createFile (multipart upload)')
  const lines = [{ custom_id: 'r1', method: 'POST', url: '/v1/chat/completions', body: { model, messages } }]
  const file = await createFile(client, {
    file: new File([lines.map((line) => JSON.stringify(line)).join('\n')], 'requests.jsonl', {
      type: 'application/jsonl',
    }),
    purpose: 'batch',
  })
  console.log(`  uploaded ${file.filename} as ${file.id} (${file.bytes} bytes)`)

  step('listProjects (admin, every page lazily)')
  if (!admin) console.log('  skipped: set OPENAI_ADMIN_KEY to an admin key to list projects')
  else {
    let count = 0
    for await (const project of listProjects(admin, { limit: 20 })) {
      if (count++ < 3) console.log(`  ${project.id}  ${project.name}`)
    }
    console.log(`  ${count} projects in all`)
  }
} finally {
  await mock?.close()
}
