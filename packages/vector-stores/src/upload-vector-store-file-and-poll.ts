import type { Client, PollOptions } from '@oaikit/core'
import { type CreateFileRequest, createFile } from '@oaikit/files'
import { createVectorStoreFileAndPoll } from './create-vector-store-file-and-poll.ts'
import type { CreateVectorStoreFileRequest, VectorStoreFileObject } from './generated/types.ts'

/** A file to upload, and what the vector store should know of it besides its id. */
export interface UploadVectorStoreFileInput extends Omit<CreateVectorStoreFileRequest, 'file_id'> {
  /** The file (a `File`, or a `Blob` with a `filename`), uploaded with purpose `assistants`. */
  file: CreateFileRequest['file']
}

/**
 * Uploads a file (`createFile`, purpose `assistants`), adds it to a vector store and waits for it
 * to be processed (see {@link createVectorStoreFileAndPoll}).
 * @example
 * ```ts
 * const file = await uploadVectorStoreFileAndPoll(client, 'vs_abc123', {
 *   file: new File(['Our refund policy...'], 'policy.txt', { type: 'text/plain' }),
 * })
 * ```
 */
export const uploadVectorStoreFileAndPoll = async (
  client: Client,
  vectorStoreId: string,
  { file, ...rest }: UploadVectorStoreFileInput,
  options?: PollOptions<VectorStoreFileObject>,
): Promise<VectorStoreFileObject> => {
  const uploaded = await createFile(client, { file, purpose: 'assistants' }, options)
  return createVectorStoreFileAndPoll(client, vectorStoreId, { ...rest, file_id: uploaded.id }, options)
}
