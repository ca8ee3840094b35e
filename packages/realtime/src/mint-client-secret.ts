import { type Client, type RequestOptions, request } from '@oaikit/core'
import { type ClientSecret, readClientSecret } from './client-secret.ts'
import type { GASession } from './events.ts'
import { createRealtimeSession, createRealtimeTranscriptionSession } from './generated/realtime.ts'
import type {
  RealtimeSessionCreateRequest,
  RealtimeTranscriptionSessionCreateRequest,
} from './generated/types.ts'

/** What to mint a client secret for: the session the browser gets, chosen by the server. */
export type MintOptions =
  | { protocol?: 'beta'; transcription?: false; session?: RealtimeSessionCreateRequest }
  | { protocol?: 'beta'; transcription: true; session?: RealtimeTranscriptionSessionCreateRequest }
  | {
      protocol: 'ga'
      /** The session (`type: 'realtime'` or `'transcription'`); the API's default realtime session when omitted. */
      session?: GASession
      /** How long the secret lives (GA only): `{ anchor: 'created_at', seconds }`, 10 to 7200. */
      expiresAfter?: { anchor: 'created_at'; seconds: number }
    }

/**
 * Mints a client secret on the server, with the server's key: `POST /realtime/sessions` or
 * `/realtime/transcription_sessions` (beta), `POST /realtime/client_secrets` (GA).
 * @example
 * ```ts
 * const secret = await mintClientSecret(client, { session: { model: 'gpt-4o-realtime-preview', voice: 'verse' } })
 * ```
 */
export const mintClientSecret = async (
  client: Client,
  options: MintOptions = {},
  requestOptions?: RequestOptions,
): Promise<ClientSecret> => {
  if (options.protocol === 'ga') {
    const { session, expiresAfter } = options
    const body = { session, expires_after: expiresAfter }
    return readClientSecret(
      await request(client, { method: 'POST', path: '/realtime/client_secrets', body }, requestOptions),
    )
  }
  return readClientSecret(
    options.transcription
      ? await createRealtimeTranscriptionSession(client, options.session, requestOptions)
      : await createRealtimeSession(client, options.session, requestOptions),
  )
}
