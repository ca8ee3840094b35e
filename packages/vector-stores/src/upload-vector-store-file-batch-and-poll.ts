import { type Client, InvalidInputError, type PollOptions } from '@oaikit/core'
import { type CreateFileRequest, createFile } from '@oaikit/files'
import { createVectorStoreFileBatchAndPoll } from './create-vector-store-file-batch-and-poll.ts'
import type {
  CreateVectorStoreFileBatchRequest,
  CreateVectorStoreFileRequest,
  VectorStoreFileBatchObject,
} from './generated/types.ts'

/** Files to upload and ids of files uploaded already, with what the batch applies to all of them. */
export interface UploadVectorStoreFileBatchInput
  extends Pick<CreateVectorStoreFileRequest, 'attributes' | 'chunking_strategy'> {
  /** The files to upload (each a `File`, or a `Blob` with a `filename`), with purpose `assistants`. */
  files: CreateFileRequest['file'][]
  /** Files uploaded before, added to the batch with the new ones. */
  fileIds?: string[]
  /**
   * Files uploaded at a time.
   * @defaultValue `5`
   */
  concurrency?: number
}

/**
 * Uploads files a few at a time (`createFile`, purpose `assistants`), adds them and `fileIds` to a
 * vector store in one batch, and waits for the batch (see {@link createVectorStoreFileBatchAndPoll}).
 * The first failed upload stops the others from starting and rejects; the files uploaded by then
 * stay in `/files`.
 * @throws InvalidInputError for a `concurrency` that is not a positive integer; the errors of the requests.
 * @example
 * ```ts
 * const batch = await uploadVectorStoreFileBatchAndPoll(client, 'vs_abc123', { files: [...input.files] })
 * console.log(batch.file_counts.completed)
 * ```
 */
export const uploadVectorStoreFileBatchAndPoll = async (
  client: Client,
  vectorStoreId: string,
  { files, fileIds = [], concurrency = 5, ...rest }: UploadVectorStoreFileBatchInput,
  options?: PollOptions<VectorStoreFileBatchObject>,
): Promise<VectorStoreFileBatchObject> => {
  if (!(Number.isInteger(concurrency) && concurrency > 0))
    throw new InvalidInputError(`concurrency must be a positive integer, not ${concurrency}`)
  const ids: string[] = []
  let next = 0
  let failed = false
  const worker = async () => {
    while (next < files.length && !failed) {
      const index = next++
      try {
        ids[index] = (await createFile(client, { file: files[index]!, purpose: 'assistants' }, options)).id
      } catch (error) {
        failed = true
        throw error
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker))
  return createVectorStoreFileBatchAndPoll(
    client,
    vectorStoreId,
    { ...rest, file_ids: [...fileIds, ...ids] } as CreateVectorStoreFileBatchRequest,
    options,
  )
}
