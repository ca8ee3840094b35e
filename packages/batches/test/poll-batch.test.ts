import { pollBatch } from '@oaikit/batches'
import { describe, expect, it } from 'vitest'
import { statusApi } from '../../../runtime-tests/status-api.ts'

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
