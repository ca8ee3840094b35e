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
 * a CR), then `indexOf` finds each line and its colon in the chunk's text; the only strings made are
 * field names and values (slices, not copies), and an event's lines are joined only when it has several.
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
  // The start of the next chunk: 0 at the start of the stream (a BOM is dropped), 2 after a chunk
  // that ended with CR (an LF is dropped: CR LF is one line end), 1 otherwise.
  let at = 0
  let pending = ''
  let data: string | undefined
  let event = ''
  let id = ''
  let retry: number | undefined
  return (chunk) => {
    let text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    if (!text) return
    if ((at === 0 && text[0] === '\ufeff') || (at === 2 && text[0] === '\n')) text = text.slice(1)
    at = text.endsWith('\r') ? 2 : 1
    if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n')
    let end = text.indexOf('\n')
    // Without a line end, a long line grows by appending: no rescan of what is already buffered.
    if (end < 0) pending += text
    else {
      end += pending.length
      text = pending + text
      let start = 0
      for (; end >= 0; start = end + 1, end = text.indexOf('\n', start)) {
        if (start < end) {
          // A data line, the common case, is recognised in place; other field names are sliced out.
          const isData = text.startsWith('data:', start)
          let colon = isData ? start + 4 : text.indexOf(':', start)
          // A line that starts with a colon is a comment.
          if (colon === start) continue
          if (colon < 0 || colon > end) colon = end
          // Past the colon and one space; for a line without a colon, the value is empty.
          const value = text.slice(colon + (text.charCodeAt(colon + 1) === 32 ? 2 : 1), end)
          const field = isData ? 'data' : text.slice(start, colon)
          if (field === 'data') data = data === undefined ? value : `${data}\n${value}`
          else if (field === 'event') event = value
          else if (field === 'id') id = value.includes('\0') ? id : value
          else if (field === 'retry' && /^\d+$/.test(value)) retry = +value
          // Unless the next line is empty, the event goes on; an empty one is taken here, no search.
          if (text.charCodeAt(end + 1) !== 10) continue
          end++
        }
        if (data !== undefined) onEvent(data, event || 'message', id, retry)
        data = undefined
        event = ''
      }
      pending = text.slice(start)
    }
    if (pending.length + (data?.length ?? 0) > maxBufferSize) {
      throw new StreamError(
        'buffer-overflow',
        `Event stream exceeded maxBufferSize (${maxBufferSize} characters) without ending an event`,
      )
    }
  }
}
