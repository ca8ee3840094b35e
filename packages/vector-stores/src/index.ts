export { createVectorStoreFileAndPoll } from './create-vector-store-file-and-poll.ts'
export { createVectorStoreFileBatchAndPoll } from './create-vector-store-file-batch-and-poll.ts'
export * from './generated/index.ts'
export { pollVectorStoreFile } from './poll-vector-store-file.ts'
export { pollVectorStoreFileBatch } from './poll-vector-store-file-batch.ts'
export {
  type UploadVectorStoreFileInput,
  uploadVectorStoreFileAndPoll,
} from './upload-vector-store-file-and-poll.ts'
export {
  type UploadVectorStoreFileBatchInput,
  uploadVectorStoreFileBatchAndPoll,
} from './upload-vector-store-file-batch-and-poll.ts'
