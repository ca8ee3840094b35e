import { floatToPCM16 } from '@oaikit/realtime'

/** The microphone, captured into an AudioContext. */
export interface Microphone {
  /** Starts handing PCM16 chunks to `onAudio`. */
  start(): void
  /** Hands over what is left (the last, shorter chunk) and stops. */
  stop(): void
  /** Releases the microphone. */
  close(): void
}

/**
 * Asks for the microphone (a `NotAllowedError` when the user refuses) and captures it through an
 * AudioWorklet in `context`, whose rate (24 kHz, as the Realtime API takes PCM16) the browser
 * resamples the microphone to. Between `start()` and `stop()`, hands `onAudio` PCM16 chunks of
 * `chunkMs` milliseconds.
 */
export const openMicrophone = async (
  context: AudioContext,
  onAudio: (pcm: Int16Array) => void,
  chunkMs = 100,
): Promise<Microphone> => {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
  })
  await context.audioWorklet.addModule('/capture-worklet.js')
  const source = context.createMediaStreamSource(stream)
  // A sink: it hands the samples over and never plays the microphone back.
  const capture = new AudioWorkletNode(context, 'capture', { numberOfOutputs: 0 })
  source.connect(capture)

  const chunk = new Float32Array((context.sampleRate * chunkMs) / 1000)
  let filled = 0
  let capturing = false
  const flush = () => {
    if (filled > 0) onAudio(floatToPCM16(chunk.subarray(0, filled)))
    filled = 0
  }
  capture.port.onmessage = ({ data }: MessageEvent<Float32Array>) => {
    if (!capturing) return
    for (let offset = 0; offset < data.length; ) {
      const taken = Math.min(data.length - offset, chunk.length - filled)
      chunk.set(data.subarray(offset, offset + taken), filled)
      filled += taken
      offset += taken
      if (filled === chunk.length) flush()
    }
  }
  return {
    start() {
      filled = 0
      capturing = true
    },
    stop() {
      flush()
      capturing = false
    },
    close() {
      capturing = false
      source.disconnect()
      capture.port.close()
      for (const track of stream.getTracks()) track.stop()
    },
  }
}
