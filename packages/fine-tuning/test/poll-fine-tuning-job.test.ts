import { createClient } from '@oaikit/core'
import { pollFineTuningJob } from '@oaikit/fine-tuning'
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

describe('pollFineTuningJob', () => {
  it('checks until the job stops, reporting each status', async () => {
    const { client, sent } = statusApi('validating_files', 'queued', 'running', 'succeeded')
    const seen: string[] = []
    const job = await pollFineTuningJob(client, 'ftjob-1', { onPoll: (job) => seen.push(job.status) })
    expect(job.status).toBe('succeeded')
    expect(seen).toEqual(['validating_files', 'queued', 'running', 'succeeded'])
    expect(sent).toEqual(Array(4).fill('GET /v1/fine_tuning/jobs/ftjob-1'))
  })
})
