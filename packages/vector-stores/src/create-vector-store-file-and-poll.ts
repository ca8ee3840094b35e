import type { Client, PollOptions } from '@oaikit/core'
import type { CreateVectorStoreFileRequest, VectorStoreFileObject } from './generated/types.ts'
import { createVectorStoreFile } from './generated/vector-stores.ts'
import { pollVectorStoreFile } from './poll-vector-store-file.ts'

/**
 * Adds a file to a vector store and waits for it to be processed (see {@link pollVectorStoreFile}).
 * @example
 * ```ts
 * const file = await createVectorStoreFileAndPoll(client, 'vs_abc123', { file_id: 'file-abc123' })
 * ```
 */
export const createVectorStoreFileAndPoll = async (
  client: Client,
  vectorStoreId: string,
  body: CreateVectorStoreFileRequest,
  options?: PollOptions<VectorStoreFileObject>,
): Promise<VectorStoreFileObject> => {
  const file = await createVectorStoreFile(client, vectorStoreId, body, options)
  return pollVectorStoreFile(client, vectorStoreId, file.id, options)
}
