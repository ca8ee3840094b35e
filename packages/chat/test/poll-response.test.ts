import { pollResponse } from '@oaikit/chat'
import { createClient } from '@oaikit/core'
import { createMockTransport } from '@oaikit/testing'
import { describe, expect, it } from 'vitest'

/**
 * A client on the spec-checked mock whose GET answers carry the given statuses in turn (the last
 * one again once they run out) and ask to be polled again after 1 ms; `sent` lists every request.
 */
const statusApi = (...statuses: string[]) => {
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

describe('pollResponse', () => {
  it('checks a background response until it is no longer queued or in progress', async () => {
    const { client, sent } = statusApi('queued', 'in_progress', 'incomplete', 'completed')
    const response = await pollResponse(client, 'resp_1')
    expect(response.status).toBe('incomplete')
    expect(sent).toEqual(Array(3).fill('GET /v1/responses/resp_1'))
  })
})
