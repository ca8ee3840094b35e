/**
 * What went wrong with an event stream:
 * - `'buffer-overflow'`: the server sent more than `maxBufferSize` without ending a line or an event;
 * - `'invalid-json'`: an event's `data` is not JSON;
 * - `'incomplete'`: the body ended before the stream's terminal event (`[DONE]` or a final typed event);
 * - `'no-body'`: the response has no body to read.
 */
export type StreamErrorKind = 'buffer-overflow' | 'invalid-json' | 'incomplete' | 'no-body'

/** @deprecated Renamed {@link StreamErrorKind}, as `type` was renamed `kind`. */
export type StreamErrorType = StreamErrorKind

// The brand of every oaikit error (see `OaikitError` in @oaikit/core): the names of its classes.
const brand: unique symbol = Symbol.for('oaikit.error')

/**
 * The error an event stream fails with when its bytes break the rules; `kind` says which rule
 * (`kind`, as in every oaikit error).
 * It does not extend `OaikitError`, so that the parser stays within its size budget, but carries
 * its brand: `OaikitError.isInstance(error)` is true for it as for every other oaikit error.
 * @example
 * ```ts
 * try {
 *   for await (const chunk of stream) render(chunk)
 * } catch (error) {
 *   if (StreamError.isInstance(error) && error.kind === 'incomplete') retry()
 * }
 * ```
 */
export class StreamError extends Error {
  /** Which rule the stream broke. */
  readonly kind: StreamErrorKind
  /** The position (0-based) of the offending event in the stream, when one event is at fault. */
  readonly index: number | undefined

  /** Creates the error; `message` says what went wrong and where. */
  constructor(kind: StreamErrorKind, message: string, options?: { index?: number; cause?: unknown }) {
    super(message, options)
    this.name = 'StreamError'
    this.kind = kind
    this.index = options?.index
    ;(this as { [brand]?: string })[brand] = ' StreamError OaikitError '
  }

  /** @deprecated Use {@link StreamError.kind}, the name every oaikit error gives its discriminant. */
  get type(): StreamErrorKind {
    return this.kind
  }

  /** Whether `error` is a {@link StreamError}, from any copy of the package (where `instanceof` fails). */
  static isInstance(error: unknown): error is StreamError {
    return `${(error as { [brand]?: string } | null)?.[brand]}`.includes(' StreamError ')
  }
}
