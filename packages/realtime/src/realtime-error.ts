import { OaikitError } from '@oaikit/core'
import type { RealtimeErrorEvent } from './events.ts'

/**
 * What went wrong: `server`, the server sent an `error` event (the session usually stays open);
 * `refused`, the connection could not be opened; `expired`, the client secret expired before it
 * could be used; `closed`, the connection closed without `close()` being called; `invalid_event`,
 * the server sent a message that is not an event.
 */
export type RealtimeErrorKind = 'server' | 'refused' | 'expired' | 'closed' | 'invalid_event'

/** The details a {@link RealtimeError} may carry. */
export interface RealtimeErrorDetails {
  /** The error code, from an `error` event or a refusal's body. */
  code?: string | null
  /** The HTTP status of a refused handshake or minting request, where the runtime reveals it. */
  status?: number
  /** The WebSocket close code of a `closed` error. */
  closeCode?: number
  /** The `error` event a `server` error was made from (the key redacted). */
  event?: RealtimeErrorEvent
  /** The underlying error. */
  cause?: unknown
}

/**
 * An error of a Realtime connection, discriminated by `kind`. Never holds a key: messages are
 * written here, not copied from what the runtime reports about a handshake.
 * @example
 * ```ts
 * connection.on('error', (error) => {
 *   if (error.kind === 'server') console.warn(error.code, error.message)
 * })
 * ```
 */
export class RealtimeError extends OaikitError {
  static override readonly id: string = 'RealtimeError'
  /** What went wrong. */
  readonly kind: RealtimeErrorKind
  /** The error code, from an `error` event or a refusal's body. */
  readonly code?: string | null
  /** The HTTP status of a refused handshake or minting request, where the runtime reveals it. */
  readonly status?: number
  /** The WebSocket close code of a `closed` error. */
  readonly closeCode?: number
  /** The `error` event a `server` error was made from (the key redacted). */
  readonly event?: RealtimeErrorEvent

  constructor(kind: RealtimeErrorKind, message: string, { cause, ...details }: RealtimeErrorDetails = {}) {
    super(message, cause === undefined ? undefined : { cause })
    this.kind = kind
    Object.assign(this, details)
  }
}
