import { type Client, type PollOptions, poll } from '@oaikit/core'
import type { VectorStoreFileObject } from './generated/types.ts'
import { getVectorStoreFile } from './generated/vector-stores.ts'

/**
 * Waits for a file of a vector store to be processed: resolves with it once its status is no
 * longer `in_progress` (`completed`, `failed` with its `last_error`, or `cancelled`). See `poll` of
 * `@oaikit/core` for the pacing, `pollTimeout` and `signal`.
 * @throws APITimeoutError after `pollTimeout`, APIUserAbortError when `signal` aborts, APIError from a check.
 * @example
 * ```ts
 * const file = await pollVectorStoreFile(client, 'vs_abc123', 'file-abc123')
 * if (file.status === 'failed') console.error(file.last_error?.message)
 * ```
 */
export const pollVectorStoreFile = (
  client: Client,
  vectorStoreId: string,
  fileId: string,
  options?: PollOptions<VectorStoreFileObject>,
): Promise<VectorStoreFileObject> =>
  poll(
    (each) => getVectorStoreFile(client, vectorStoreId, fileId, each),
    (file) => file.status !== 'in_progress',
    options,
  )
