// Runs in a Web Worker (no `document`): tries to send a secret key and posts what happened.
import { createClient, InvalidInputError, request } from '@oaikit/core'

const requests: string[] = []
const client = createClient({
  apiKey: 'sk-proj-worker-secret',
  baseURL: 'https://api.example.test/v1',
  transport: async (sent) => {
    requests.push(sent.url)
    return Response.json({})
  },
})
request(client, { method: 'GET', path: '/models' }).then(
  () => postMessage({ refused: false, requests: requests.length, hasDocument: 'document' in globalThis }),
  (error: unknown) =>
    postMessage({
      refused: InvalidInputError.isInstance(error),
      requests: requests.length,
      hasDocument: 'document' in globalThis,
    }),
)
