import { pollResponse } from '@oaikit/chat'
import { describe, expect, it } from 'vitest'
import { statusApi } from '../../../runtime-tests/status-api.ts'

describe('pollResponse', () => {
  it('checks a background response until it is no longer queued or in progress', async () => {
    const { client, sent } = statusApi('queued', 'in_progress', 'incomplete', 'completed')
    const response = await pollResponse(client, 'resp_1')
    expect(response.status).toBe('incomplete')
    expect(sent).toEqual(Array(3).fill('GET /v1/responses/resp_1'))
  })
})
