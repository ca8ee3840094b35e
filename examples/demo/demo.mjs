// The README's demo. Without OPENAI_API_KEY it starts the bundled mock of the API on 127.0.0.1 and
// runs offline; with it, the same calls go to the real API.
import { createClient } from '@oaikit/core'
import { listModels } from '@oaikit/models'
import { startMockServer } from '@oaikit/testing/server'

const apiKey = process.env.OPENAI_API_KEY
const mock = apiKey ? undefined : await startMockServer()
const client = createClient(mock ? { apiKey: 'sk-demo', baseURL: mock.url } : { apiKey })
console.log(
  mock
    ? `oaikit demo: offline, against the local mock API at ${mock.url}`
    : 'oaikit demo: against the OpenAI API',
)

try {
  const models = await listModels(client)
  console.log(
    `\nlistModels: ${models.data.length} models, e.g. ${models.data
      .slice(0, 3)
      .map((model) => model.id)
      .join(', ')}`,
  )
} finally {
  await mock?.close()
}
