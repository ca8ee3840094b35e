// Runs on the audio thread: hands each block of microphone samples (mono, at the AudioContext's
// rate, 24 kHz here) to the page, which converts them to PCM16 and sends them.
class Capture extends AudioWorkletProcessor {
  process([input]) {
    const samples = input?.[0]
    if (samples) this.port.postMessage(samples.slice())
    return true
  }
}

registerProcessor('capture', Capture)
