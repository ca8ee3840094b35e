import type { Client, PollOptions } from '@oaikit/core'
import { submitToolOutputsToRun } from './generated/assistants.ts'
import type { RunObject, SubmitToolOutputsRunRequest } from './generated/types.ts'
import { pollRun } from './poll-run.ts'

/**
 * Sends the outputs of the tool calls a run asked for and waits for it to stop again (see
 * {@link pollRun}): at the next `requires_action`, or at its end.
 * @example
 * ```ts
 * const next = await submitToolOutputsAndPoll(client, run.thread_id, run.id, {
 *   tool_outputs: [{ tool_call_id: 'call_abc123', output: '22°C' }],
 * })
 * ```
 */
export const submitToolOutputsAndPoll = async (
  client: Client,
  threadId: string,
  runId: string,
  body: Omit<SubmitToolOutputsRunRequest, 'stream'>,
  options?: PollOptions<RunObject>,
): Promise<RunObject> => {
  await submitToolOutputsToRun(client, threadId, runId, body, options)
  return pollRun(client, threadId, runId, options)
}
