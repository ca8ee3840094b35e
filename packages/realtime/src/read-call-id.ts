/**
 * The call ID of a Realtime call from the answer to its creation: the last segment of the
 * `Location` header (`/v1/realtime/calls/rtc_…`). For servers that create calls with
 * `createRealtimeCall` and then control them (`hangupRealtimeCall`, a WebSocket with `callId`).
 * `undefined` when the answer has none (or the browser hides it: expose `Location` through CORS).
 * @example
 * ```ts
 * const answer = await createRealtimeCall(client, { sdp: offer, session: { type: 'realtime', model: 'gpt-realtime' } })
 * const callId = readCallId(answer)
 * ```
 */
export const readCallId = (response: Response): string | undefined =>
  response.headers.get('location')?.split(/[?#]/)[0]?.split('/').filter(Boolean).at(-1)
