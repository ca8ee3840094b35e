import type { Client, PollOptions } from '@oaikit/core'
import { createRun } from './generated/assistants.ts'
import type { CreateRunRequest, RunObject } from './generated/types.ts'
import { pollRun } from './poll-run.ts'

/**
 * Creates a run on a thread and waits for it to stop (see {@link pollRun}); the per-call options
 * apply to every request.
 * @example
 * ```ts
 * const run = await createRunAndPoll(client, thread.id, { assistant_id: 'asst_abc123' })
 * ```
 */
export const createRunAndPoll = async (
  client: Client,
  threadId: string,
  body: Omit<CreateRunRequest, 'stream'>,
  options?: PollOptions<RunObject>,
): Promise<RunObject> => {
  const run = await createRun(client, threadId, body, undefined, options)
  return pollRun(client, threadId, run.id, options)
}
