import {
  createRunAndPoll,
  createThreadAndRunAndPoll,
  pollRun,
  submitToolOutputsAndPoll,
} from '@oaikit/assistants'
import { describe, expect, it } from 'vitest'
import { statusApi } from '../../../runtime-tests/status-api.ts'

describe('waits for runs', () => {
  it('pollRun checks until the run needs tool outputs, and no further', async () => {
    const { client, sent } = statusApi('queued', 'in_progress', 'requires_action', 'completed')
    const run = await pollRun(client, 'thread_1', 'run_1', { pollInterval: 60_000 })
    expect(run.status).toBe('requires_action')
    expect(sent).toEqual(Array(3).fill('GET /v1/threads/thread_1/runs/run_1'))
  })

  it('createRunAndPoll creates the run, then waits for it by its id', async () => {
    const { client, sent } = statusApi('in_progress', 'cancelling', 'cancelled')
    const run = await createRunAndPoll(client, 'thread_1', { assistant_id: 'asst_1' })
    expect(run.status).toBe('cancelled')
    expect(sent[0]).toBe('POST /v1/threads/thread_1/runs')
    expect(sent.slice(1)).toEqual(Array(3).fill(`GET /v1/threads/thread_1/runs/${run.id}`))
  })

  it('createThreadAndRunAndPoll waits on the thread the run was created on', async () => {
    const { client, sent } = statusApi('queued', 'completed')
    const run = await createThreadAndRunAndPoll(client, { assistant_id: 'asst_1' })
    expect(run.status).toBe('completed')
    expect(sent).toEqual([
      'POST /v1/threads/runs',
      ...Array(2).fill(`GET /v1/threads/${run.thread_id}/runs/${run.id}`),
    ])
  })

  it('submitToolOutputsAndPoll sends the outputs, then waits for the run again', async () => {
    const { client, sent } = statusApi('in_progress', 'failed')
    const run = await submitToolOutputsAndPoll(client, 'thread_1', 'run_1', {
      tool_outputs: [{ tool_call_id: 'call_1', output: '22°C' }],
    })
    expect(run.status).toBe('failed')
    expect(sent[0]).toBe('POST /v1/threads/thread_1/runs/run_1/submit_tool_outputs')
    expect(sent).toHaveLength(3)
  })
})
