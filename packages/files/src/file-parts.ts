import { InvalidInputError } from '@oaikit/core'

/** The bytes of an upload: a `Blob` (a `File`), or a stream of bytes of a known total size. */
export type UploadSource = Blob | ReadableStream<Uint8Array>

/**
 * The parts of a file, in order, each `partSize` bytes but the last. A `Blob` is sliced (a slice
 * is read only as it is sent); a stream is read only as parts are asked for, its bytes gathered
 * into `Blob`s, and fails with an `InvalidInputError` once it holds more or fewer than `bytes`.
 * Cancelling the parts cancels the stream.
 * @example
 * ```ts
 * const reader = fileParts(new Blob(['abcdefghij']), 4, 10).getReader() // 'abcd', 'efgh', 'ij'
 * ```
 */
export const fileParts = (file: UploadSource, partSize: number, bytes: number): ReadableStream<Blob> => {
  let offset = 0
  if (file instanceof Blob)
    return new ReadableStream(
      {
        pull(controller) {
          if (offset >= file.size) return controller.close()
          controller.enqueue(file.slice(offset, offset + partSize))
          offset += partSize
        },
      },
      { highWaterMark: 0 },
    )
  let part: Uint8Array<ArrayBuffer>[] = []
  let size = 0
  return file.pipeThrough(
    new TransformStream({
      transform(chunk, controller) {
        offset += chunk.length
        if (offset > bytes)
          throw new InvalidInputError(`The stream holds more than the ${bytes} bytes declared`)
        for (let start = 0; start < chunk.length; ) {
          const piece = chunk.slice(start, start + partSize - size)
          start += piece.length
          part.push(piece)
          size += piece.length
          if (size === partSize) {
            controller.enqueue(new Blob(part))
            part = []
            size = 0
          }
        }
      },
      flush(controller) {
        if (offset < bytes)
          throw new InvalidInputError(`The stream held ${offset} bytes, not the ${bytes} declared`)
        if (size > 0) controller.enqueue(new Blob(part))
      },
    }),
  )
}
