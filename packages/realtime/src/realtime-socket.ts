/**
 * What a connection needs of its channel: a WebSocket (browser, Node, Deno, Bun, Workers) and an
 * `RTCDataChannel` both fit, already open.
 */
export interface RealtimeSocket {
  /** Sends one serialized event. */
  send(data: string): void
  /** Closes the channel (a data channel ignores the code and reason). */
  close(code?: number, reason?: string): void
  /** Listens for `message`, `close` and `error`. */
  // biome-ignore lint/suspicious/noExplicitAny: the DOM, Workers and Node each type these events differently.
  addEventListener(type: 'message' | 'close' | 'error', listener: (event: any) => void): void
}
