export type { IterableStream } from './batched-stream.ts'
export { createParser, defaultMaxBufferSize, type EventHandler } from './create-parser.ts'
export { createEventStreamParser, type EventStreamParserOptions } from './event-stream-parser.ts'
export { parseEventStream } from './parse-event-stream.ts'
export {
  type JsonEventStream,
  type JsonEventStreamFormat,
  type JsonEventStreamOptions,
  parseJsonEventStream,
} from './parse-json-event-stream.ts'
export type { ServerSentEvent } from './server-sent-event.ts'
export { StreamError, type StreamErrorKind, type StreamErrorType } from './stream-error.ts'
export { type StreamPromise, streamRequest } from './stream-request.ts'
