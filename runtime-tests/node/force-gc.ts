import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

// `--expose-gc` set at run time: a context made after it has the `gc` global.
setFlagsFromString('--expose-gc')

/** Runs a full garbage collection (Node only), whether or not Node was started with `--expose-gc`. */
export const forceGc: () => void = (globalThis as { gc?: () => void }).gc ?? runInNewContext('gc')

/** The growth of the resident set size over a run, in MiB (see {@link rssGrowth}). */
export interface RssGrowth {
  /** The largest growth seen right after a full collection: the memory the run holds on to. */
  retained: number
  /** The largest growth seen at any sample, garbage not yet collected included. */
  peak: number
}

const mib = (bytes: number) => Math.round((bytes / 1048576) * 10) / 10

/**
 * Tracks the resident set size while `body` runs: a full collection and the baseline first, then
 * the size at each `sample()` call, after a full collection at every `every`-th one.
 *
 * Why both figures: V8 collects the buffers a socket hands out (memory outside its heap) only once
 * about 64 MiB of them have piled up, so the peak of a download holds up to that much garbage
 * whatever the client does; `retained` leaves it out, and still counts every chunk a leak holds.
 */
export const rssGrowth = async (
  body: (sample: () => void) => Promise<void>,
  every = 2,
): Promise<RssGrowth> => {
  forceGc()
  const baseline = process.memoryUsage.rss()
  let peak = baseline
  let retained = baseline
  let samples = 0
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss())
    if (++samples % every) return
    forceGc()
    retained = Math.max(retained, process.memoryUsage.rss())
  }
  await body(sample)
  sample()
  forceGc()
  retained = Math.max(retained, process.memoryUsage.rss())
  return { retained: mib(retained - baseline), peak: mib(peak - baseline) }
}
