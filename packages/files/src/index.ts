export type { UploadSource } from './file-parts.ts'
export * from './generated/index.ts'
export { type UploadFileInput, uploadFile } from './upload-file.ts'
