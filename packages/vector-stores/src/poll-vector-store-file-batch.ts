import { type Client, type PollOptions, poll } from '@oaikit/core'
import type { VectorStoreFileBatchObject } from './generated/types.ts'
import { getVectorStoreFileBatch } from './generated/vector-stores.ts'

/**
 * Waits for a file batch of a vector store: resolves with it once its status is no longer
 * `in_progress` (its `file_counts` tell how many files completed or failed). See `poll` of
 * `@oaikit/core` for the pacing, `pollTimeout`, `signal` and `onPoll`.
 * @throws APITimeoutError after `pollTimeout`, APIUserAbortError when `signal` aborts, APIError from a check.
 * @example
 * ```ts
 * const batch = await pollVectorStoreFileBatch(client, 'vs_abc123', 'vsfb_abc123', {
 *   onPoll: (batch) => console.log(batch.file_counts),
 * })
 * ```
 */
export const pollVectorStoreFileBatch = (
  client: Client,
  vectorStoreId: string,
  batchId: string,
  options?: PollOptions<VectorStoreFileBatchObject>,
): Promise<VectorStoreFileBatchObject> =>
  poll(
    (each) => getVectorStoreFileBatch(client, vectorStoreId, batchId, each),
    (batch) => batch.status !== 'in_progress',
    options,
  )
