// Times one run of a contestant and samples its memory while it runs.
import type { Contestant } from './contestants.ts'

/** What one run took. */
export interface Measurement {
  milliseconds: number
  items: number
  /** The most heap and array-buffer memory in use during the run, above what was in use before it. */
  peakBytes: number
}

const inUse = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

const collectGarbage = (globalThis as { gc?: () => void }).gc

/** Runs `contestant` over `body`, sampling memory every 4096 items. */
export const measure = async (
  contestant: Contestant,
  body: ReadableStream<Uint8Array>,
): Promise<Measurement> => {
  collectGarbage?.()
  const baseline = inUse()
  let peak = baseline
  let items = 0
  const tick = () => {
    if ((++items & 4095) === 0) peak = Math.max(peak, inUse())
  }
  const start = performance.now()
  await contestant.run(body, tick)
  const milliseconds = performance.now() - start
  return { milliseconds, items, peakBytes: Math.max(peak, inUse()) - baseline }
}

/**
 * Runs `contestant` over `body` of about `items` items and returns the peak memory in use (above
 * the start) in each quarter of the run: equal quarters mean memory does not grow with the stream.
 */
export const peaksByQuarter = async (
  contestant: Contestant,
  body: ReadableStream<Uint8Array>,
  items: number,
): Promise<number[]> => {
  collectGarbage?.()
  const baseline = inUse()
  const peaks = [0, 0, 0, 0]
  let count = 0
  const tick = () => {
    if ((++count & 4095) === 0) {
      const quarter = Math.min(3, Math.floor((count * 4) / items))
      peaks[quarter] = Math.max(peaks[quarter]!, inUse() - baseline)
    }
  }
  await contestant.run(body, tick)
  return peaks
}
