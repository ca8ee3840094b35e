import { flatten } from './flatten.ts'

/** A file read from a stream: its bytes from `stream()`, sent with its `name` and `type`. */
export interface StreamFile {
  /** The filename sent with the part; the API infers some formats from its extension. */
  name?: string
  /**
   * The content type of the part.
   * @defaultValue `'application/octet-stream'`
   */
  type?: string
  /** The file's bytes; called once, when the body is sent. */
  stream(): ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>
}

/** A value sent as a file part of a multipart body. A `File` carries its own name and type. */
export type FileInput =
  | Blob
  | StreamFile
  | ArrayBuffer
  | Uint8Array
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array>

type Part = string | Blob | ArrayBuffer | Uint8Array | AsyncIterable<Uint8Array>

// A name or type with `"`, CR or LF percent-encoded: it can neither end its quotes nor add a header.
const quote = (name: string): string => name.replace(/["\r\n]/g, encodeURIComponent)

const isStream = (part: Part): part is AsyncIterable<Uint8Array> => Symbol.asyncIterator in Object(part)

const chunks = async function* (parts: Part[]): AsyncGenerator<Uint8Array> {
  for (const part of parts) yield* isStream(part) ? part : new Blob([part as BlobPart]).stream()
}

/**
 * Encodes a plain object as a `multipart/form-data` body. Objects that are not plain (a `Blob` or
 * `File`, bytes, a `ReadableStream`, an async iterable, a {@link StreamFile}) become file parts with
 * their name and type; arrays repeat their field as `name[]`, plain objects become `name[key]`,
 * other values their string form; `undefined` and `null` are skipped. Without streams the body is a
 * `Blob` (replayable, of known length); with one it is a stream that reads each file only as the
 * body is sent, never buffering it, and that `signal` aborting stops: the files' streams are
 * cancelled and read no further (fetch would go on pulling them after an abort).
 * @param signal - The caller's signal, given by the pipeline.
 * @returns the body and its content type (with the boundary).
 */
export const encodeMultipart = (
  fields: object,
  signal?: AbortSignal,
): [body: Blob | ReadableStream<Uint8Array>, contentType: string] => {
  const boundary = `oaikit${Math.random()}`.replace('.', '')
  const parts: Part[] = []
  flatten(
    fields,
    (name, value) => {
      const file = typeof value === 'object' && (value as StreamFile & Part)
      parts.push(
        `--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"${
          file
            ? `; filename="${quote(file.name || 'blob')}"\r\nContent-Type: ${quote(file.type || 'application/octet-stream')}`
            : ''
        }\r\n\r\n`,
        file ? (file instanceof Blob || !file.stream ? file : file.stream()) : `${value}`,
        '\r\n',
      )
    },
    '[]',
  )
  parts.push(`--${boundary}--\r\n`)
  const iterator = chunks(parts)
  // Ends the files' streams (a stream is cancelled when its iteration is left early).
  const stop = () => void iterator.return(undefined)
  return [
    parts.some(isStream)
      ? new ReadableStream({
          start: () => signal?.addEventListener('abort', stop, { once: true }),
          async pull(controller) {
            const { done, value } = await iterator.next()
            if (!done) return controller.enqueue(value)
            signal?.removeEventListener('abort', stop)
            controller.close()
          },
          cancel: stop,
        })
      : new Blob(parts as BlobPart[]),
    `multipart/form-data; boundary=${boundary}`,
  ]
}
