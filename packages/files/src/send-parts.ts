import {
  APIUserAbortError,
  type Client,
  InvalidInputError,
  OaikitError,
  type RequestOptions,
} from '@oaikit/core'
import { addUploadPart } from './generated/uploads.ts'

/**
 * Adds the `parts` to an upload, at most `concurrency` at a time, and resolves with their ids in
 * part order (the order `completeUpload` needs). The first failure, or the caller's `signal` (as an
 * `APIUserAbortError`), aborts the parts in flight and cancels those not yet read; it is thrown once
 * every part has settled. A part that cannot be read fails with an `InvalidInputError`.
 * @example
 * ```ts
 * const partIds = await sendParts(client, upload.id, fileParts(file, partSize, file.size), 3, options)
 * ```
 */
export const sendParts = async (
  client: Client,
  uploadId: string,
  parts: ReadableStream<Blob>,
  concurrency: number,
  options: RequestOptions,
): Promise<string[]> => {
  const reader = parts.getReader()
  const stop = new AbortController()
  const caller = options.signal
  const ids: string[] = []
  let count = 0
  const fail = (error: unknown) => {
    if (stop.signal.aborted) return
    stop.abort(error)
    reader.cancel(error).catch(() => {})
  }
  const onAbort = () => fail(new APIUserAbortError({ message: 'Upload aborted', cause: caller?.reason }))
  // Reads are answered in the order they are made, so a part's number is taken before its read.
  const send = async () => {
    try {
      while (!stop.signal.aborted) {
        const index = count++
        const { done, value } = await reader.read().catch((cause) => {
          throw OaikitError.isInstance(cause)
            ? cause
            : new InvalidInputError('The file could not be read', { cause })
        })
        if (done) return
        const part = await addUploadPart(
          client,
          uploadId,
          { data: value },
          { ...options, signal: stop.signal },
        )
        ids[index] = part.id
      }
    } catch (error) {
      fail(error)
    }
  }
  caller?.addEventListener('abort', onAbort)
  if (caller?.aborted) onAbort()
  await Promise.all(Array.from({ length: concurrency }, send))
  caller?.removeEventListener('abort', onAbort)
  if (stop.signal.aborted) throw stop.signal.reason
  return ids
}
