/** A message the mock Realtime server received on a WebSocket, recorded for assertions. */
export interface MockRealtimeClientEvent {
  /** The connection it came on: the index of that connection's handshake in `handshakes`. */
  connection: number
  /** The client event, parsed; `null` for a message that is not a JSON object. */
  event: ({ type?: unknown } & Record<string, unknown>) | null
}

const parse = (data: string): unknown => {
  try {
    return JSON.parse(data)
  } catch {
    return null
  }
}

/** The record of one message: its connection and the event it holds, parsed. */
export const recordClientEvent = (connection: number, data: string): MockRealtimeClientEvent => {
  const event = parse(data)
  const object = typeof event === 'object' && event !== null && !Array.isArray(event)
  return { connection, event: object ? (event as MockRealtimeClientEvent['event']) : null }
}
