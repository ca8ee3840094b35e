import type { components } from '@oaikit/core'

type Schemas = components['schemas']

/** Every schema whose name starts with `Prefix`, as one union. */
type Named<Prefix extends string> = Schemas[Extract<keyof Schemas, `${Prefix}${string}`>]

/**
 * The protocol generation to speak: `'ga'`, the generally available Realtime API
 * (`/realtime/client_secrets`, `/realtime/calls`, no beta header), or `'beta'`, the deprecated one
 * (`/realtime/sessions`, the `OpenAI-Beta: realtime=v1` header and subprotocol), which the server
 * may refuse. Moving between them is this one option (and the session shape).
 */
export type RealtimeProtocol = 'ga' | 'beta'

/** A server event of the GA protocol: the spec's `RealtimeServerEvent` union. */
export type GAServerEvent = Schemas['RealtimeServerEvent']

/** A client event of the GA protocol: the spec's `RealtimeClientEvent` union. */
export type GAClientEvent = Schemas['RealtimeClientEvent']

/** A GA session configuration: a speech-to-speech session (`type: 'realtime'`) or a transcription one. */
export type GASession =
  | Schemas['RealtimeSessionCreateRequestGA']
  | Schemas['RealtimeTranscriptionSessionCreateRequestGA']

/**
 * A beta session configuration: the spec's `RealtimeSessionCreateRequest` without the
 * `client_secret` it lists (part of the minting response, never of a request), with the `model`
 * it omits.
 * @deprecated The beta protocol is deprecated: use {@link GASession}.
 */
export type BetaSession = Omit<Schemas['RealtimeSessionCreateRequest'], 'client_secret'> & {
  /** The Realtime model of the session. */
  model?: string
}

/**
 * The names the beta server gives the output events (spec 2.3.0), by the names the 2026 spec's
 * `RealtimeBeta*` schemas give them (the GA ones).
 */
interface BetaWireNames {
  'response.output_text.delta': 'response.text.delta'
  'response.output_text.done': 'response.text.done'
  'response.output_audio.delta': 'response.audio.delta'
  'response.output_audio.done': 'response.audio.done'
  'response.output_audio_transcript.delta': 'response.audio_transcript.delta'
  'response.output_audio_transcript.done': 'response.audio_transcript.done'
}

/** The spec's beta output events also under the names the beta server sends. */
type WithWireName<E> = E extends { type: infer T extends keyof BetaWireNames }
  ? E | (Omit<E, 'type'> & { type: BetaWireNames[T] })
  : E

/**
 * A server event of the beta protocol: the spec's `RealtimeBetaServerEvent*` schemas, whose text
 * and audio output events are typed under both the spec's names and the beta server's
 * (`response.text.*`, `response.audio.*`, `response.audio_transcript.*`).
 * @deprecated The beta protocol is deprecated: use {@link GAServerEvent}.
 */
export type BetaServerEvent = WithWireName<Named<'RealtimeBetaServerEvent'>>

/**
 * A client event of the beta protocol: the spec's `RealtimeBetaClientEvent*` schemas.
 * @deprecated The beta protocol is deprecated: use {@link GAClientEvent}.
 */
export type BetaClientEvent =
  | Exclude<Named<'RealtimeBetaClientEvent'>, { type: 'session.update' }>
  | { type: 'session.update'; event_id?: string; session: BetaSession }

/** An item of the conversation, as server events of either generation carry it. */
export type RealtimeItem = Schemas['RealtimeConversationItem']

/** The `error` server event (the same shape in both generations). */
export type RealtimeErrorEvent = Schemas['RealtimeServerEventError']

/** A server event of the chosen protocol generation. */
export type RealtimeServerEvent<P extends RealtimeProtocol = 'ga'> = P extends 'beta'
  ? BetaServerEvent
  : GAServerEvent

/** A client event of the chosen protocol generation. */
export type RealtimeClientEvent<P extends RealtimeProtocol = 'ga'> = P extends 'beta'
  ? BetaClientEvent
  : GAClientEvent
