import { OaikitError } from '@oaikit/core'

/**
 * What went wrong with an event stream:
 * - `'buffer-overflow'`: the server sent more than `maxBufferSize` without ending a line or an event;
 * - `'invalid-json'`: an event's `data` is not JSON;
 * - `'incomplete'`: the body ended before the stream's terminal event (`[DONE]` or a final typed event);
 * - `'no-body'`: the response has no body to read.
 */
export type StreamErrorType = 'buffer-overflow' | 'invalid-json' | 'incomplete' | 'no-body'

/**
 * The error an event stream fails with when its bytes break the rules; `type` says which rule.
 * @example
 * ```ts
 * try {
 *   for await (const chunk of stream) render(chunk)
 * } catch (error) {
 *   if (StreamError.isInstance(error) && error.type === 'incomplete') retry()
 * }
 * ```
 */
export class StreamError extends OaikitError {
  static override readonly id: string = 'StreamError'
  /** Which rule the stream broke. */
  declare readonly type: StreamErrorType
  /** The position (0-based) of the offending event in the stream, when one event is at fault. */
  declare readonly index: number | undefined

  /** Creates the error; `message` says what went wrong and where. */
  constructor(type: StreamErrorType, message: string, options?: { index?: number; cause?: unknown }) {
    super(message, options)
    Object.assign(this, { type, index: options?.index })
  }
}
