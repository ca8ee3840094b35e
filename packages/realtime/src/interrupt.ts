import type { ConnectionLike } from './connection.ts'

/** What {@link interrupt} cuts: the assistant item being played and how much of it the user heard. */
export interface InterruptOptions {
  /** The ID of the assistant item whose audio is playing. */
  itemId: string
  /**
   * The index of its audio content part.
   * @defaultValue `0`
   */
  contentIndex?: number
  /** Milliseconds of that audio played so far: the server forgets the rest, transcript included. */
  playedMs: number
  /**
   * Also sends `output_audio_buffer.clear`, which stops audio the server is still streaming over WebRTC.
   * @defaultValue `false`
   */
  clearOutputAudio?: boolean
}

/**
 * Interrupts the assistant when the user starts speaking over it: cancels the response in progress
 * and truncates the item at the position played, so the model's memory matches what was heard.
 * (Without a response in progress the server answers the cancel with an `error` event.)
 * @example
 * ```ts
 * connection.on('input_audio_buffer.speech_started', () => {
 *   player.stop()
 *   interrupt(connection, { itemId: player.itemId, playedMs: player.playedMs })
 * })
 * ```
 */
export const interrupt = (
  connection: ConnectionLike,
  { itemId, contentIndex = 0, playedMs, clearOutputAudio = false }: InterruptOptions,
): void => {
  connection.send({ type: 'response.cancel' })
  if (clearOutputAudio) connection.send({ type: 'output_audio_buffer.clear' })
  connection.send({
    type: 'conversation.item.truncate',
    item_id: itemId,
    content_index: contentIndex,
    audio_end_ms: Math.max(0, Math.floor(playedMs)),
  })
}
