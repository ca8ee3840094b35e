import { InvalidInputError } from '@oaikit/core'
import { toBase64 } from './base64.ts'
import type { ConnectionLike } from './connection.ts'

/** Options of {@link appendAudio}. */
export interface AppendAudioOptions {
  /**
   * Bytes of audio per `input_audio_buffer.append` event: even (whole 16-bit samples) and at most
   * 8 MiB, so each event stays well below the server's 15 MiB limit once base64-encoded.
   * @defaultValue `32_768` (about 0.7 s of 24 kHz mono PCM16)
   */
  chunkBytes?: number
}

const maxChunkBytes = 8 * 1024 * 1024

/**
 * Appends PCM16 audio (little-endian, mono, the session's rate) to the input buffer, in
 * `input_audio_buffer.append` events of base64 chunks that split no sample. Resolves to the
 * number of events sent.
 * @throws InvalidInputError for a chunk size that is odd, not positive or too large, or audio with half a sample.
 * @example
 * ```ts
 * appendAudio(connection, floatToPCM16(samples))
 * connection.send({ type: 'input_audio_buffer.commit' })
 * ```
 */
export const appendAudio = (
  connection: ConnectionLike,
  audio: Int16Array | Uint8Array | ArrayBuffer,
  { chunkBytes = 32_768 }: AppendAudioOptions = {},
): number => {
  const bytes =
    audio instanceof ArrayBuffer
      ? new Uint8Array(audio)
      : new Uint8Array(audio.buffer, audio.byteOffset, audio.byteLength)
  if (!Number.isInteger(chunkBytes) || chunkBytes <= 0 || chunkBytes % 2 || chunkBytes > maxChunkBytes) {
    throw new InvalidInputError(`chunkBytes must be an even number of bytes from 2 to ${maxChunkBytes}`)
  }
  if (bytes.length % 2)
    throw new InvalidInputError('PCM16 audio must hold whole 16-bit samples (an even number of bytes)')
  let sent = 0
  for (let start = 0; start < bytes.length; start += chunkBytes, sent++) {
    const audio = toBase64(bytes.subarray(start, start + chunkBytes))
    connection.send({ type: 'input_audio_buffer.append', audio })
  }
  return sent
}

/**
 * Converts float samples (-1 to 1, as Web Audio gives them) to PCM16, clamping what lies outside.
 * @example
 * ```ts
 * appendAudio(connection, floatToPCM16(event.inputBuffer.getChannelData(0)))
 * ```
 */
export const floatToPCM16 = (samples: Float32Array): Int16Array =>
  Int16Array.from(samples, (sample) => Math.round(Math.max(-1, Math.min(1, sample)) * 0x7fff))
