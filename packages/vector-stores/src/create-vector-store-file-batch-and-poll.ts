import type { Client, PollOptions } from '@oaikit/core'
import type { CreateVectorStoreFileBatchRequest, VectorStoreFileBatchObject } from './generated/types.ts'
import { createVectorStoreFileBatch } from './generated/vector-stores.ts'
import { pollVectorStoreFileBatch } from './poll-vector-store-file-batch.ts'

/**
 * Adds files to a vector store in one batch and waits for the batch (see {@link pollVectorStoreFileBatch}).
 * @example
 * ```ts
 * const batch = await createVectorStoreFileBatchAndPoll(client, 'vs_abc123', { file_ids: ['file-abc123', 'file-def456'] })
 * ```
 */
export const createVectorStoreFileBatchAndPoll = async (
  client: Client,
  vectorStoreId: string,
  body: CreateVectorStoreFileBatchRequest,
  options?: PollOptions<VectorStoreFileBatchObject>,
): Promise<VectorStoreFileBatchObject> => {
  const batch = await createVectorStoreFileBatch(client, vectorStoreId, body, options)
  return pollVectorStoreFileBatch(client, vectorStoreId, batch.id, options)
}
