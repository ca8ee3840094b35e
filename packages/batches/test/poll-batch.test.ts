import { pollBatch } from '@oaikit/batches'
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

describe('pollBatch', () => {
  it('checks until the batch ends, through every status it passes', async () => {
    const { client, sent } = statusApi(
      'validating',
      'in_progress',
      'finalizing',
      'cancelling',
      'cancelled',
      'completed',
    )
    const seen: string[] = []
    const batch = await pollBatch(client, 'batch_1', { onPoll: (batch) => seen.push(batch.status) })
    expect(batch.status).toBe('cancelled')
    expect(seen).toEqual(['validating', 'in_progress', 'finalizing', 'cancelling', 'cancelled'])
    expect(sent).toEqual(Array(5).fill('GET /v1/batches/batch_1'))
  })
})
