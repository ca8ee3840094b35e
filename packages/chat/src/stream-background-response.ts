import { APIConnectionError, type Client, InvalidInputError, type RequestOptions } from '@oaikit/core'
import { StreamError } from '@oaikit/streaming'
import { createResponseStream, getResponseStream } from './generated/responses.ts'
import type { CreateResponse, ResponseStreamEvent } from './generated/types.ts'

/** What {@link streamBackgroundResponse} starts: a new background response, or one started before. */
export type BackgroundResponseInput =
  | Omit<CreateResponse, 'stream' | 'background'>
  | {
      /** The id of a response created with `background: true`. */
      responseId: string
      /** The `sequence_number` of the last event received: the stream resumes after it. */
      startingAfter?: number
    }

/** Options of {@link streamBackgroundResponse}: the per-call options of each request, and how often to resume. */
export interface BackgroundResponseOptions extends RequestOptions {
  /**
   * How many times the stream may resume after a cut before the cut's error is thrown.
   * @defaultValue `3`
   */
  maxResumes?: number
}

/** A stream that broke off: the connection failed or went idle, or the body ended before the final event. */
const isCut = (error: unknown) =>
  APIConnectionError.isInstance(error) || (StreamError.isInstance(error) && error.kind === 'incomplete')

/**
 * Streams a background response (`background: true`) and, when the stream is cut (a broken or idle
 * connection, a body that ends before the final event), resumes it with `getResponseStream` after
 * the last `sequence_number` received, up to `maxResumes` times: every event arrives once, in
 * order, even across cuts. Given `{ responseId, startingAfter }`, it resumes a response started
 * before (by another process, say). Leaving the loop early cancels the stream; the background
 * response goes on (`cancelResponse` stops it).
 * @throws the error of the cut after `maxResumes` resumes, or of a cut before the response's id
 * arrived; APIError, APIUserAbortError and other failures at once; InvalidInputError for a
 * `maxResumes` that is not a whole number.
 * @example
 * ```ts
 * let text = ''
 * for await (const event of streamBackgroundResponse(client, { model: 'o3', input: 'Write a report' })) {
 *   if (event.type === 'response.output_text.delta') text += event.delta
 * }
 * ```
 */
export async function* streamBackgroundResponse(
  client: Client,
  input: BackgroundResponseInput,
  options: BackgroundResponseOptions = {},
): AsyncGenerator<ResponseStreamEvent> {
  const { maxResumes = 3, ...rest } = options
  if (!(Number.isInteger(maxResumes) && maxResumes >= 0))
    throw new InvalidInputError(`maxResumes must be a whole number, not ${maxResumes}`)
  let id = 'responseId' in input ? input.responseId : undefined
  let last = 'responseId' in input ? input.startingAfter : undefined
  for (let resumes = 0; ; resumes++) {
    try {
      const events =
        id === undefined
          ? await createResponseStream(client, { ...(input as CreateResponse), background: true }, rest)
          : await getResponseStream(client, id, last === undefined ? {} : { starting_after: last }, rest)
      for await (const event of events) {
        // A server that sends an event again after a resume: it was delivered already.
        if (last !== undefined && event.sequence_number <= last) continue
        last = event.sequence_number
        id ??= (event as { response?: { id?: string } }).response?.id
        yield event
      }
      return
    } catch (error) {
      if (!isCut(error) || id === undefined || resumes >= maxResumes) throw error
    }
  }
}
