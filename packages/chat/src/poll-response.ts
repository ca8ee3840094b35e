import { type Client, type PollOptions, poll } from '@oaikit/core'
import { getResponse } from './generated/responses.ts'
import type { ResponseObject } from './generated/types.ts'

/** The statuses a background response leaves on its own. */
const pending: ResponseObject['status'][] = ['queued', 'in_progress']

/**
 * Waits for a background response (`createResponse` with `background: true`) to end: resolves with
 * it once its status is `completed`, `incomplete`, `failed` or `cancelled`. See `poll` of
 * `@oaikit/core` for the pacing, `pollTimeout` and `signal`; {@link streamBackgroundResponse} to
 * receive it as it is written instead.
 * @throws APITimeoutError after `pollTimeout`, APIUserAbortError when `signal` aborts, APIError from a check.
 * @example
 * ```ts
 * const started = await createResponse(client, { model: 'o3', input: 'Write a report', background: true })
 * const response = await pollResponse(client, started.id, { pollTimeout: 600_000 })
 * console.log(outputText(response))
 * ```
 */
export const pollResponse = (
  client: Client,
  responseId: string,
  options?: PollOptions<ResponseObject>,
): Promise<ResponseObject> =>
  poll(
    (each) => getResponse(client, responseId, undefined, each),
    (response) => !pending.includes(response.status),
    options,
  )
