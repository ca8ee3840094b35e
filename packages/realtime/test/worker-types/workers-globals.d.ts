// What @cloudflare/workers-types declares and Node's types (standing in for it here) do not: two
// fetch names @oaikit/core's types use. Declared as workers-types declares them.
type BodyInit =
  | ReadableStream<Uint8Array>
  | string
  | ArrayBuffer
  | ArrayBufferView
  | Blob
  | URLSearchParams
  | FormData
type ReadableStreamReadResult<R> = { done: false; value: R } | { done: true; value?: undefined }
