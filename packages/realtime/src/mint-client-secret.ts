import type { Client, RequestOptions } from '@oaikit/core'
import { type ClientSecret, readClientSecret } from './client-secret.ts'
import type { BetaSession, GASession } from './events.ts'
import {
  createRealtimeClientSecret,
  createRealtimeSession,
  createRealtimeTranscriptionSession,
  createRealtimeTranslationClientSecret,
} from './generated/realtime.ts'
import type {
  RealtimeTranscriptionSessionCreateRequest,
  RealtimeTranslationClientSecretCreateRequest,
} from './generated/types.ts'

/** How long a GA client secret lives: `seconds` (10 to 7200) after its creation. */
export interface ExpiresAfter {
  /** What `seconds` count from: only `'created_at'` is defined. */
  anchor?: 'created_at'
  /** Seconds from 10 to 7200; the API's default is 600. */
  seconds?: number
}

/** What to mint a client secret for: the session the browser gets, chosen by the server. */
export type MintOptions =
  | {
      protocol?: 'ga'
      translation?: false
      /**
       * The session: `type: 'realtime'` (speech to speech) or `'transcription'`.
       * @defaultValue the API's default realtime session
       */
      session?: GASession
      /** How long the secret lives. @defaultValue the API's (600 s) */
      expiresAfter?: ExpiresAfter
    }
  | {
      protocol?: 'ga'
      /** Mints for a Realtime translation session (`/realtime/translations/client_secrets`). */
      translation: true
      /** The translation session: its model and languages. */
      session: RealtimeTranslationClientSecretCreateRequest['session']
      /** How long the secret lives. @defaultValue the API's (600 s) */
      expiresAfter?: ExpiresAfter
    }
  | {
      /** @deprecated The beta protocol is deprecated and the server may refuse it: use `'ga'`. */
      protocol: 'beta'
      transcription?: false
      session?: BetaSession
    }
  | {
      /** @deprecated The beta protocol is deprecated and the server may refuse it: use `'ga'`. */
      protocol: 'beta'
      transcription: true
      session?: RealtimeTranscriptionSessionCreateRequest
    }

/**
 * Mints a client secret on the server, with the server's key: `POST /realtime/client_secrets`, or
 * `/realtime/translations/client_secrets` for a translation session (GA); with `protocol: 'beta'`
 * (deprecated), `POST /realtime/sessions` or `/realtime/transcription_sessions`.
 * @example
 * ```ts
 * const secret = await mintClientSecret(client, { session: { type: 'realtime', model: 'gpt-realtime' } })
 * ```
 */
export const mintClientSecret = async (
  client: Client,
  options: MintOptions = {},
  requestOptions?: RequestOptions,
): Promise<ClientSecret> => {
  if (options.protocol === 'beta') {
    return readClientSecret(
      options.transcription
        ? await createRealtimeTranscriptionSession(client, options.session, requestOptions)
        : // The spec lists the minted `client_secret` as a required field of the request too: no request has one.
          await createRealtimeSession(client, options.session as never, requestOptions),
    )
  }
  const expires_after = options.expiresAfter && { anchor: 'created_at' as const, ...options.expiresAfter }
  return readClientSecret(
    options.translation
      ? await createRealtimeTranslationClientSecret(
          client,
          { session: options.session, expires_after },
          requestOptions,
        )
      : await createRealtimeClientSecret(client, { session: options.session, expires_after }, requestOptions),
  )
}
