/** One event of a Server-Sent Events stream, as the WHATWG HTML standard dispatches it. */
export interface ServerSentEvent {
  /** The event type: the last `event:` field of the event, or `'message'` when there was none. */
  event: string
  /** The `data:` fields of the event, joined with `\n`. */
  data: string
  /** The last event id: the latest `id:` field seen so far in the stream (it carries over), or `''`. */
  id: string
  /** The reconnection time in milliseconds the server last set with a `retry:` field, if it did. */
  retry?: number
}
