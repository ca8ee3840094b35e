import { type Client, InvalidInputError, type RequestOptions } from '@oaikit/core'
import { fileParts, type UploadSource } from './file-parts.ts'
import type { CreateUploadRequest, Upload } from './generated/types.ts'
import { cancelUpload, completeUpload, createUpload } from './generated/uploads.ts'
import { sendParts } from './send-parts.ts'

/** The largest part the API takes: 64 MiB. */
const maxPartSize = 64 * 1024 * 1024

/** What {@link uploadFile} uploads, and how. */
export interface UploadFileInput {
  /**
   * The bytes: a `Blob` or `File` (each part is a slice, read only as it is sent), or a stream of
   * bytes (read as parts are sent: at most `concurrency` parts are held in memory at a time).
   */
  file: UploadSource
  /** The stream's total size in bytes, which the API asks for before the first part. Required for a stream; a `Blob` gives its own size. */
  bytes?: number
  /** What the file is for. */
  purpose: CreateUploadRequest['purpose']
  /**
   * The file's name; the API reads its extension.
   * @defaultValue the `File`'s name (required for a `Blob` that is not a `File`, and for a stream)
   */
  filename?: string
  /**
   * The file's MIME type, which must be one the API supports for the purpose.
   * @defaultValue the `Blob`'s `type` (required when that is empty, and for a stream)
   */
  mimeType?: string
  /**
   * The size of each part but the last, in bytes, at most 64 MiB.
   * @defaultValue `67_108_864` (64 MiB, the API's limit)
   */
  partSize?: number
  /**
   * How many parts are sent at a time.
   * @defaultValue `3`
   */
  concurrency?: number
}

const check = (valid: boolean, message: string) => {
  if (!valid) throw new InvalidInputError(message)
}

/**
 * Uploads a file of any size (up to the API's 8 GB) part by part through the Uploads API:
 * `createUpload`, then `addUploadPart` for each part, `concurrency` at a time, then
 * `completeUpload` with the part ids in file order. Resolves with the completed upload, whose
 * `file` is the new file. Every request takes `options` (`signal`, `timeout`, `maxRetries`…); a
 * part is retried on its own. On any failure, or when `signal` aborts, no further part is sent, the
 * upload is cancelled (`cancelUpload`, whose own failure is ignored) and the error is thrown:
 * `APIError`, `APIConnectionError`, `APIUserAbortError`, or `InvalidInputError` for arguments the
 * API would refuse and for a stream that fails or does not hold `bytes` bytes.
 *
 * It always takes the Uploads API, three requests even for a one-part file, so that every file
 * goes the same way and gives the same result; to send a small file in one request, with the
 * purposes only `/files` takes, call `createFile`.
 * @example
 * ```ts
 * const upload = await uploadFile(client, { file, purpose: 'fine-tune' }, { signal })
 * console.log(upload.file?.id)
 * ```
 */
export const uploadFile = async (
  client: Client,
  input: UploadFileInput,
  options: RequestOptions = {},
): Promise<Upload> => {
  const { file, purpose, partSize = maxPartSize, concurrency = 3 } = input
  check(
    file instanceof Blob || file instanceof ReadableStream,
    'file must be a Blob, a File or a ReadableStream',
  )
  const bytes = file instanceof Blob ? file.size : (input.bytes ?? -1)
  const filename = input.filename ?? (file as File).name
  const mimeType = input.mimeType ?? (file as Blob).type
  check(Number.isInteger(bytes) && bytes >= 0, 'bytes must be the size of the stream')
  check(!!filename, 'filename is required for a Blob that is not a File, and for a stream')
  check(!!mimeType, 'mimeType is required when the file has no type')
  check(Number.isInteger(partSize) && partSize > 0 && partSize <= maxPartSize, 'partSize must be 1 to 64 MiB')
  check(Number.isInteger(concurrency) && concurrency > 0, 'concurrency must be a positive integer')
  const parts = fileParts(file, partSize, bytes)
  const upload = await createUpload(client, { bytes, filename, mime_type: mimeType, purpose }, options).catch(
    (error) => {
      parts.cancel(error).catch(() => {})
      throw error
    },
  )
  try {
    const partIds = await sendParts(client, upload.id, parts, concurrency, options)
    return await completeUpload(client, upload.id, { part_ids: partIds }, options)
  } catch (error) {
    await cancelUpload(client, upload.id, { ...options, signal: undefined }).catch(() => {})
    throw error
  }
}
