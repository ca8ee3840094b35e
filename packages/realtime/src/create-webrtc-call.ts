import type { Client, RequestOptions } from '@oaikit/core'
import type { GASession } from './events.ts'
import { createRealtimeCall } from './generated/realtime.ts'
import type { RealtimeCallCreateRequest } from './generated/types.ts'
import { readCallId } from './read-call-id.ts'

/** What {@link createWebRTCCall} creates a call of: the browser's offer and the session the server chooses. */
export interface WebRTCCallOptions {
  /** The browser's SDP offer. */
  sdp: string
  /** The session of the call; the client secret's or the API's default when omitted. */
  session?: Extract<GASession, { type: 'realtime' }>
}

/**
 * Creates a WebRTC call on the server, with the server's key (`POST /realtime/calls`, the offer and
 * the session as form fields, the session as JSON as the API reads it), and resolves with the SDP
 * answer and the call's ID: what a browser's `exchangeSDP` returns, and the ID to control the call
 * with (`connectWebSocket(client, { callId })`, `hangupRealtimeCall`).
 * @example
 * ```ts
 * // The browser's connectWebRTC({ exchangeSDP }) posts its offer here.
 * const { sdp, callId } = await createWebRTCCall(client, {
 *   sdp: await request.text(),
 *   session: { type: 'realtime', model: 'gpt-realtime' },
 * })
 * return Response.json({ sdp, callId })
 * ```
 */
export const createWebRTCCall = async (
  client: Client,
  { sdp, session }: WebRTCCallOptions,
  options?: RequestOptions,
): Promise<{ sdp: string; callId: string | undefined }> => {
  // The generated function would send an object as `session[field]` parts; the API reads one JSON field.
  const fields = { sdp, ...(session && { session: JSON.stringify(session) }) }
  const response = await createRealtimeCall(client, fields as RealtimeCallCreateRequest, options)
  return { sdp: await response.text(), callId: readCallId(response) }
}
