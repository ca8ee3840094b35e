/** Plays the model's audio deltas back to back. */
export interface Player {
  /** Queues one `response.output_audio.delta` (base64 PCM16, mono, 24 kHz) after what is queued. */
  play(base64: string): void
  /** Stops what plays and drops what is queued. */
  stop(): void
}

/**
 * Plays base64 PCM16 deltas through Web Audio, each scheduled where the previous one ends, so the
 * answer plays without gaps however the deltas arrive. Calls `onPlayed` with the samples each
 * delta held once it has played to its end.
 */
export const createPlayer = (
  context: AudioContext,
  onPlayed: (samples: number) => void,
  rate = 24_000,
): Player => {
  const playing = new Set<AudioBufferSourceNode>()
  let endsAt = 0
  return {
    play(base64) {
      const bytes = new DataView(Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)).buffer)
      const samples = new Float32Array(bytes.byteLength / 2)
      for (let index = 0; index < samples.length; index++)
        samples[index] = bytes.getInt16(index * 2, true) / 0x8000
      if (samples.length === 0) return
      const buffer = context.createBuffer(1, samples.length, rate)
      buffer.copyToChannel(samples, 0)
      const source = context.createBufferSource()
      source.buffer = buffer
      source.connect(context.destination)
      endsAt = Math.max(endsAt, context.currentTime)
      source.start(endsAt)
      endsAt += buffer.duration
      playing.add(source)
      source.onended = () => {
        if (playing.delete(source)) onPlayed(samples.length)
      }
    },
    stop() {
      const stopped = [...playing]
      playing.clear()
      for (const source of stopped) source.stop()
      endsAt = 0
    },
  }
}
