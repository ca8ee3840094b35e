import type { Client, PollOptions } from '@oaikit/core'
import { createThreadAndRun } from './generated/assistants.ts'
import type { CreateThreadAndRunRequest, RunObject } from './generated/types.ts'
import { pollRun } from './poll-run.ts'

/**
 * Creates a thread and a run on it in one request, then waits for the run to stop (see
 * {@link pollRun}); the per-call options apply to every request.
 * @example
 * ```ts
 * const run = await createThreadAndRunAndPoll(client, {
 *   assistant_id: 'asst_abc123',
 *   thread: { messages: [{ role: 'user', content: 'Hello' }] },
 * })
 * ```
 */
export const createThreadAndRunAndPoll = async (
  client: Client,
  body: Omit<CreateThreadAndRunRequest, 'stream'>,
  options?: PollOptions<RunObject>,
): Promise<RunObject> => {
  const run = await createThreadAndRun(client, body, options)
  return pollRun(client, run.thread_id, run.id, options)
}
