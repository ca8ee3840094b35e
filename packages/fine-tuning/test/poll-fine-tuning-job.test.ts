import { pollFineTuningJob } from '@oaikit/fine-tuning'
import { describe, expect, it } from 'vitest'
import { statusApi } from '../../../runtime-tests/status-api.ts'

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
