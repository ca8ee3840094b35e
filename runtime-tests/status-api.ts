import { createClient } from '@oaikit/core'
import { createMockTransport } from '@oaikit/testing'

/**
 * A client on the spec-checked mock whose GET answers carry the given statuses in turn (the last
 * one again once they run out) and ask to be polled again after 1 ms; `sent` lists every request.
 * For the tests of the poll helpers of every package.
 */
export const statusApi = (...statuses: string[]) => {
  const mock = createMockTransport()
  const sent: string[] = []
  const client = createClient({
    apiKey: 'test-key',
    transport: async (request) => {
      const answer = await mock(request)
      sent.push(`${request.method} ${new URL(request.url).pathname}`)
      if (!answer.ok || request.method !== 'GET') return answer
      const status = statuses.length > 1 ? statuses.shift() : statuses[0]
      return Response.json({ ...(await answer.json()), status }, { headers: { 'openai-poll-after-ms': '1' } })
    },
  })
  return { client, sent }
}
