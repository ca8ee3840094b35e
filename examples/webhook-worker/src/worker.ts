// A Cloudflare Worker receiving the API's webhooks: it verifies each delivery, and for
// `response.completed` fetches the finished background response and keeps its text in a KV
// namespace, keyed by the response id. Tested in workerd by packages/webhooks/test/webhook-worker.test.ts.
import { getResponse, outputText } from '@oaikit/chat'
import { createClient } from '@oaikit/core'
import { createWebhookHandler } from '@oaikit/webhooks'

/** The part of a KV namespace the Worker uses. */
export interface ResultStore {
  put(key: string, value: string): Promise<unknown>
}

/** The Worker's bindings: the API key, the endpoint's signing secret, the store, and optionally another API base URL. */
export interface Env {
  OPENAI_API_KEY: string
  OPENAI_WEBHOOK_SECRET: string
  RESULTS: ResultStore
  OPENAI_BASE_URL?: string
}

export default {
  fetch: (request: Request, env: Env): Promise<Response> =>
    createWebhookHandler(
      env.OPENAI_WEBHOOK_SECRET,
      async (event) => {
        // Other events are acknowledged (an empty 200) and otherwise ignored.
        if (event.type !== 'response.completed') return
        const client = createClient({ apiKey: env.OPENAI_API_KEY, baseURL: env.OPENAI_BASE_URL })
        const response = await getResponse(client, event.data.id)
        await env.RESULTS.put(
          event.data.id,
          JSON.stringify({ status: response.status, text: outputText(response) }),
        )
      },
      { onError: (error) => console.warn(`Refused a webhook delivery: ${error.kind}`) },
    )(request),
}
