import type { components } from '@oaikit/core'

type Schemas = components['schemas']

/**
 * The protocol generation to speak: `'beta'`, the Realtime API of spec 2.3.0 (`/realtime/sessions`,
 * the `OpenAI-Beta: realtime=v1` header), or `'ga'`, the generally available one (`/realtime/client_secrets`,
 * `/realtime/calls`, renamed output events). Moving between them is this one option (and the session shape).
 */
export type RealtimeProtocol = 'beta' | 'ga'

/** A server event of the beta protocol, generated from the spec's `RealtimeServerEvent*` schemas. */
export type BetaServerEvent = Schemas['RealtimeServerEvent']

/** A client event of the beta protocol, generated from the spec's `RealtimeClientEvent*` schemas. */
export type BetaClientEvent = Schemas['RealtimeClientEvent']

/** An item of the conversation, as server events carry it. */
export type RealtimeItem = Schemas['RealtimeConversationItem']

/**
 * The server events the GA protocol renamed, beta name to GA name. Written by hand: spec 2.3.0, the
 * contract our types are generated from, has only the beta names.
 */
export const gaEventNames = {
  'response.text.delta': 'response.output_text.delta',
  'response.text.done': 'response.output_text.done',
  'response.audio.delta': 'response.output_audio.delta',
  'response.audio.done': 'response.output_audio.done',
  'response.audio_transcript.delta': 'response.output_audio_transcript.delta',
  'response.audio_transcript.done': 'response.output_audio_transcript.done',
} as const

type Renamed<E> = E extends { type: infer T extends keyof typeof gaEventNames }
  ? Omit<E, 'type'> & { type: (typeof gaEventNames)[T] }
  : E

type Loose<T extends string> = { [K in T]: { type: K; event_id: string; [field: string]: unknown } }[T]

/** A server event of the GA protocol: the beta events under their GA names, plus the events GA added. */
export type GAServerEvent =
  | Renamed<BetaServerEvent>
  | {
      type: 'conversation.item.added' | 'conversation.item.done'
      event_id: string
      previous_item_id?: string | null
      item: RealtimeItem
    }
  | Loose<
      | 'input_audio_buffer.timeout_triggered'
      | 'input_audio_buffer.dtmf_event_received'
      | 'conversation.item.input_audio_transcription.segment'
      | 'mcp_list_tools.in_progress'
      | 'mcp_list_tools.completed'
      | 'mcp_list_tools.failed'
      | 'response.mcp_call_arguments.delta'
      | 'response.mcp_call_arguments.done'
      | 'response.mcp_call.in_progress'
      | 'response.mcp_call.completed'
      | 'response.mcp_call.failed'
    >

/** A client event of the GA protocol: as beta, but `session.update` carries a `session.type`. */
export type GAClientEvent =
  | Exclude<BetaClientEvent, { type: 'session.update' | 'transcription_session.update' }>
  | { type: 'session.update'; event_id?: string; session: GASession }

/** A GA session configuration (`RealtimeSessionCreateRequestGA` of the 2026-08-21 spec), loosely typed. */
export interface GASession {
  /** `'realtime'` for a speech-to-speech session, `'transcription'` for transcription only. */
  type: 'realtime' | 'transcription'
  [field: string]: unknown
}

/** A server event of the chosen protocol generation. */
export type RealtimeServerEvent<P extends RealtimeProtocol = 'beta'> = P extends 'ga'
  ? GAServerEvent
  : BetaServerEvent

/** A client event of the chosen protocol generation. */
export type RealtimeClientEvent<P extends RealtimeProtocol = 'beta'> = P extends 'ga'
  ? GAClientEvent
  : BetaClientEvent
