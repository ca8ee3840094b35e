import { redact } from '@oaikit/core'
import { createEventQueue } from './event-queue.ts'
import type { RealtimeClientEvent, RealtimeProtocol, RealtimeServerEvent } from './events.ts'
import { RealtimeError } from './realtime-error.ts'
import type { RealtimeSocket } from './realtime-socket.ts'

/**
 * What each `on` type hands its handler: the server event of that type; for `'error'`, a
 * {@link RealtimeError} (made from an `error` event, or an unexpected close); for `'*'`, every event.
 */
export type RealtimeEventMap<P extends RealtimeProtocol = 'ga'> = {
  [T in Exclude<RealtimeServerEvent<P>['type'], 'error'>]: Extract<RealtimeServerEvent<P>, { type: T }>
} & { error: RealtimeError; '*': RealtimeServerEvent<P> }

/** A live Realtime session over a WebSocket or a WebRTC data channel. */
export interface RealtimeConnection<P extends RealtimeProtocol = 'ga'> {
  /** The protocol generation this connection speaks. */
  readonly protocol: P
  /**
   * Sends a client event.
   * @throws RealtimeError (`closed`) once the connection is closed.
   */
  send(event: RealtimeClientEvent<P>): void
  /**
   * Calls `handler` for each server event of `type` (`'*'`: all of them; `'error'`: each
   * {@link RealtimeError}) until the returned function is called.
   */
  on<T extends keyof RealtimeEventMap<P>>(
    type: T,
    handler: (event: RealtimeEventMap<P>[T]) => void,
  ): () => void
  /** Closes the connection; `closed` resolves and iterators end. */
  close(code?: number, reason?: string): void
  /** Resolves when the connection closes by `close()` or a normal close; rejects with a `closed` {@link RealtimeError} otherwise. */
  readonly closed: Promise<void>
  /**
   * Iterates over the server events that arrive from now on (the first subscriber, handler or
   * iterator, also gets the events that arrived before it); ends at close, throws at an unexpected close.
   */
  [Symbol.asyncIterator](): AsyncIterableIterator<RealtimeServerEvent<P>>
}

/** What the helpers need of a connection, of either protocol generation. */
export interface ConnectionLike {
  /** Sends a client event. */
  send(event: { type: string; [field: string]: unknown }): void
  /** Calls `handler` for every server event until the returned function is called. */
  on(type: '*', handler: (event: { type: string }) => void): () => void
}

type Handler = (event: never) => void

const earlyLimit = 64

/**
 * Makes a connection of an open socket or data channel. `onClose` runs once when it closes, for
 * whatever the transport must release (a peer connection). `key`, the key the connection was
 * opened with, is redacted from `error` events and close reasons, which can echo it.
 * @example
 * ```ts
 * const connection = createConnection(channel, 'ga', () => peerConnection.close(), key)
 * ```
 */
export const createConnection = <P extends RealtimeProtocol>(
  socket: RealtimeSocket,
  protocol: P,
  onClose?: () => void,
  key?: string,
): RealtimeConnection<P> => {
  const handlers = new Map<string, Set<Handler>>()
  let open = true
  let settle!: (error?: RealtimeError) => void
  const closed = new Promise<void>((resolve, reject) => {
    settle = (error) => {
      if (!open) return
      open = false
      onClose?.()
      if (error) {
        emit('error', error)
        reject(error)
      } else resolve()
    }
  })
  closed.catch(() => {})
  const emit = (type: string, value: unknown) => {
    for (const handler of handlers.get(type) ?? []) (handler as (value: unknown) => void)(value)
  }
  // Events that arrive before anyone subscribes (the server's `session.created` can come in the same
  // task as the socket's open) go to the first subscriber, so `await connect(); for await (...)`
  // misses none. Bounded: a connection nobody listens to keeps at most `earlyLimit` events.
  let early: { type: string }[] | undefined = []
  const on = (type: string, handler: Handler) => {
    const set = handlers.get(type) ?? new Set()
    handlers.set(type, set.add(handler))
    const replay = early
    early = undefined
    for (const event of replay ?? []) {
      if (type === '*' || type === event.type) (handler as (value: unknown) => void)(event)
    }
    return () => void set.delete(handler)
  }

  socket.addEventListener('message', ({ data }: { data: unknown }) => {
    if (!open) return
    let event: { type?: unknown; error?: { message?: string; code?: string } }
    try {
      event = JSON.parse(String(data))
      // An `error` event can quote the key (an echo of what the client sent): it goes out redacted.
      if (event?.type === 'error') event = JSON.parse(redact(String(data), key))
    } catch {
      // No `cause`: the parser's message quotes the text, which may hold anything.
      return emit('error', new RealtimeError('invalid_event', 'The server sent a message that is not JSON'))
    }
    if (typeof event?.type !== 'string') {
      return emit(
        'error',
        new RealtimeError('invalid_event', 'The server sent a message without an event type'),
      )
    }
    if (early && early.length < earlyLimit) early.push(event as { type: string })
    emit('*', event)
    if (event.type !== 'error') return emit(event.type, event)
    const { message = 'The server reported an error', code } = event.error ?? {}
    emit('error', new RealtimeError('server', message, { code, event: event as RealtimeError['event'] }))
  })
  socket.addEventListener('close', ({ code, reason }: { code?: number; reason?: string }) =>
    settle(
      code === 1000
        ? undefined
        : new RealtimeError(
            'closed',
            `The connection closed unexpectedly${code ? ` (${code}${reason ? `: ${redact(reason, key)}` : ''})` : ''}`,
            {
              closeCode: code,
            },
          ),
    ),
  )

  return {
    protocol,
    send(event) {
      if (!open) throw new RealtimeError('closed', 'The connection is closed')
      socket.send(JSON.stringify(event))
    },
    on: on as RealtimeConnection<P>['on'],
    close(code = 1000, reason) {
      if (!open) return
      settle()
      socket.close(code, reason)
    },
    closed,
    [Symbol.asyncIterator]() {
      const queue = createEventQueue<RealtimeServerEvent<P>>(() => off())
      const off = on('*', queue.push as Handler)
      closed.then(queue.end, queue.fail)
      return queue.iterator
    },
  }
}
