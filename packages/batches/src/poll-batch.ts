import { type Client, type PollOptions, poll } from '@oaikit/core'
import { retrieveBatch } from './generated/batch.ts'
import type { Batch } from './generated/types.ts'

/** The statuses a batch leaves on its own. */
const pending: Batch['status'][] = ['validating', 'in_progress', 'finalizing', 'cancelling']

/**
 * Waits for a batch to end: resolves with it once its status is `completed`, `failed`, `expired`
 * or `cancelled`. `onPoll` sees every check (its `request_counts` give the progress). See `poll`
 * of `@oaikit/core` for the pacing, `pollTimeout` and `signal`.
 * @throws APITimeoutError after `pollTimeout`, APIUserAbortError when `signal` aborts, APIError from a check.
 * @example
 * ```ts
 * const batch = await pollBatch(client, 'batch_abc123', {
 *   pollInterval: 10_000,
 *   onPoll: ({ request_counts }) => console.log(request_counts?.completed, '/', request_counts?.total),
 * })
 * ```
 */
export const pollBatch = (client: Client, batchId: string, options?: PollOptions<Batch>): Promise<Batch> =>
  poll(
    (each) => retrieveBatch(client, batchId, each),
    (batch) => !pending.includes(batch.status),
    options,
  )
