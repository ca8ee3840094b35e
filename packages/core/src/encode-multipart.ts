/** A file as a stream: its bytes from `stream()`, sent with its `name` and `type` (a `File` is one). */
export interface StreamFile {
  /** The filename sent with the part; the API infers some formats from its extension. */
  name?: string
  /** The content type of the part. @defaultValue `'application/octet-stream'` */
  type?: string
  /** The file's bytes; called once per request. */
  stream(): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>
}

/** A value sent as a file part of a multipart body. */
export type FileInput =
  | Blob
  | StreamFile
  | ArrayBuffer
  | Uint8Array
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>

type Part = string | Blob | ArrayBuffer | Uint8Array | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>

const quote = (name: string): string => name.replace(/["\r\n]/g, encodeURIComponent)

const isBytes = (value: unknown): value is Blob | ArrayBuffer | Uint8Array =>
  value instanceof Blob || value instanceof ArrayBuffer || ArrayBuffer.isView(value)

const isFile = (value: object): value is FileInput =>
  isBytes(value) ||
  value instanceof ReadableStream ||
  Symbol.asyncIterator in value ||
  typeof (value as StreamFile).stream === 'function'

const chunks = async function* (parts: Part[]): AsyncGenerator<Uint8Array> {
  for (const part of parts)
    yield* typeof part === 'string' || isBytes(part) ? new Blob([part as BlobPart]).stream() : part
}

/**
 * Encodes a plain object as a `multipart/form-data` body. File values ({@link FileInput}) become
 * file parts with their name and type; arrays repeat their field as `name[]`, nested objects become
 * `name[key]`, other values their string form; `undefined` and `null` are skipped. Without stream
 * values the body is a `Blob` (replayable, with a known length); with one it is a stream that reads
 * each file only when sent, never buffered.
 * @returns the body and its content type (with the boundary).
 */
export const encodeMultipart = (
  fields: object,
): [body: Blob | ReadableStream<Uint8Array>, contentType: string] => {
  const boundary = `oaikit${Math.random()}`.replace('.', '')
  const parts: Part[] = []
  const add = (name: string, value: unknown): void => {
    if (value == null) return
    if (Array.isArray(value)) for (const item of value) add(`${name}[]`, item)
    else if (typeof value === 'object' && !isFile(value))
      for (const [key, item] of Object.entries(value)) add(`${name}[${key}]`, item)
    else {
      const file = typeof value === 'object' && (value as StreamFile)
      parts.push(
        `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"${
          file
            ? `; filename="${quote(file.name || 'blob')}"\r\nContent-Type: ${file.type || 'application/octet-stream'}`
            : ''
        }\r\n\r\n`,
        file ? (isBytes(file) || !file.stream ? (file as Part) : file.stream()) : `${value}`,
        '\r\n',
      )
    }
  }
  for (const [name, value] of Object.entries(fields)) add(name, value)
  parts.push(`--${boundary}--\r\n`)
  let iterator: AsyncGenerator<Uint8Array> | undefined
  return [
    parts.every((part) => typeof part === 'string' || isBytes(part))
      ? new Blob(parts as BlobPart[])
      : new ReadableStream({
          async pull(controller) {
            iterator ??= chunks(parts)
            const { done, value } = await iterator.next()
            done ? controller.close() : controller.enqueue(value)
          },
          cancel: () => void iterator?.return(undefined),
        }),
    `multipart/form-data; boundary=${boundary}`,
  ]
}
