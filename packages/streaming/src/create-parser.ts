import { StreamError } from './stream-error.ts'

/**
 * Receives each dispatched event: its data, its type (`'message'` unless the server named it), the
 * last event id seen so far, and the reconnection time the server last set, if any.
 */
export type EventHandler = (data: string, event: string, id: string, retry: number | undefined) => void

/**
 * The default bound on buffered text: 32 MiB, room for the largest events the API sends (base64
 * images) while a server that never ends a line cannot exhaust memory.
 */
export const defaultMaxBufferSize = 33_554_432

/**
 * Creates the event stream parser of the WHATWG HTML standard ("parsing an event stream" and
 * "interpreting an event stream") as a `feed` function: give it the stream's bytes or text in any
 * chunking, it calls `onEvent` for each complete event. Bytes are decoded as UTF-8 across chunk
 * boundaries (invalid bytes become U+FFFD); one leading byte order mark is dropped; CR, LF and CRLF
 * end lines, a CRLF split between chunks included. An event without its final blank line is never
 * dispatched, so the end of input needs no call.
 *
 * Fast by construction: CR and CRLF become LF in one native replace per chunk (only when a chunk has
 * a CR), then `indexOf('\n')` finds each line in the chunk's text; the only strings made are field
 * values (slices, not copies) and an event's lines are joined only when it has several.
 * `feed` throws a {@link StreamError} of type `'buffer-overflow'` when the unfinished line and the
 * data of the unfinished event together exceed `maxBufferSize` characters.
 * @param onEvent - Called with each dispatched event.
 * @param maxBufferSize - The bound on buffered characters; {@link defaultMaxBufferSize} when omitted.
 * @example
 * ```ts
 * const feed = createParser((data, event, id) => console.log(event, data, id))
 * socket.addEventListener('message', ({ data }) => feed(data))
 * ```
 */
export const createParser = (
  onEvent: EventHandler,
  maxBufferSize = defaultMaxBufferSize,
): ((chunk: Uint8Array | string) => void) => {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true })
  let started = false
  let skipLineFeed = false
  let pending = ''
  let data: string | undefined
  let event = ''
  let id = ''
  let retry: number | undefined

  const line = (text: string, start: number, end: number): void => {
    if (start === end) {
      if (data !== undefined) onEvent(data, event || 'message', id, retry)
      data = undefined
      event = ''
      return
    }
    let field = 'data'
    let valueStart = start + 5
    if (!text.startsWith('data:', start)) {
      const colon = text.slice(start, end).indexOf(':')
      if (colon === 0) return
      field = text.slice(start, colon < 0 ? end : start + colon)
      valueStart = colon < 0 ? end : start + colon + 1
    }
    if (text.charCodeAt(valueStart) === 32) valueStart++
    const value = text.slice(valueStart, end)
    if (field === 'data') data = data === undefined ? value : `${data}\n${value}`
    else if (field === 'event') event = value
    else if (field === 'id') id = value.includes('\0') ? id : value
    else if (field === 'retry' && /^\d+$/.test(value)) retry = +value
  }

  const checkBuffer = (): void => {
    if (pending.length + (data?.length ?? 0) > maxBufferSize) {
      throw new StreamError(
        'buffer-overflow',
        `Event stream exceeded maxBufferSize (${maxBufferSize} characters) without ending an event`,
      )
    }
  }

  return (chunk) => {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    if (!text) return
    if (!started) {
      started = true
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
    }
    // A CR that ended the previous chunk and an LF that starts this one are a single line end.
    if (skipLineFeed && text.charCodeAt(0) === 10) text = text.slice(1)
    skipLineFeed = text.charCodeAt(text.length - 1) === 13
    if (text.includes('\r')) text = text.replaceAll('\r\n', '\n').replaceAll('\r', '\n')
    // Without a line end, a long line grows by appending: no rescan of what is already buffered.
    if (text.indexOf('\n') < 0) {
      pending += text
      return checkBuffer()
    }
    text = pending + text
    let start = 0
    let end = text.indexOf('\n')
    while (end >= 0) {
      line(text, start, end)
      start = end + 1
      end = text.indexOf('\n', start)
    }
    pending = text.slice(start)
    checkBuffer()
  }
}
