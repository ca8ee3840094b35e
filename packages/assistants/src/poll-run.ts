import { type Client, type PollOptions, poll } from '@oaikit/core'
import { getRun } from './generated/assistants.ts'
import type { RunObject } from './generated/types.ts'

/** The statuses a run leaves on its own; any other (`requires_action` included) ends the wait. */
const pending: RunObject['status'][] = ['queued', 'in_progress', 'cancelling']

/**
 * Waits for a run to stop: resolves with it once its status is `requires_action`, `completed`,
 * `failed`, `cancelled`, `expired` or `incomplete` (see `poll` of `@oaikit/core` for the pacing,
 * `pollTimeout` and `signal`).
 * @throws APITimeoutError after `pollTimeout`, APIUserAbortError when `signal` aborts, APIError from a check.
 * @example
 * ```ts
 * const run = await pollRun(client, 'thread_abc123', 'run_abc123', { pollTimeout: 300_000 })
 * if (run.status === 'requires_action') console.log(run.required_action?.submit_tool_outputs.tool_calls)
 * ```
 */
export const pollRun = (
  client: Client,
  threadId: string,
  runId: string,
  options?: PollOptions<RunObject>,
): Promise<RunObject> =>
  poll(
    (each) => getRun(client, threadId, runId, each),
    (run) => !pending.includes(run.status),
    options,
  )
