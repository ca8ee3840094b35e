// The streaming benchmark: oaikit's parsers beside eventsource-parser and the official SDK's decoder,
// on the same bytes in the same run. Prints MB/s, events/s, ratios and peak memory; never fails on a
// timing. Run: `pnpm --filter @oaikit/streaming bench` (options: --rounds=3 --size=64 --gb=1, sizes in MiB/GiB;
// --scenarios=ad runs only scenarios (a) and (d)).
import { type Contestant, json, raw } from './contestants.ts'
import { type Measurement, measure, peaksByQuarter } from './measure.ts'
import { bodyOf, chatChunk, chatEvents, largeEvents, type Synthetic, sizeOf } from './synthetic-stream.ts'

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const rounds = option('rounds', 3)
const mebibytes = option('size', 64)
const gibibytes = option('gb', 1)
const chosen = process.argv.find((arg) => arg.startsWith('--scenarios='))?.split('=')[1] ?? 'abcd'

const MiB = 1024 * 1024
const repeatTo = (block: Uint8Array, eventsPerBlock: number, bytes: number): Synthetic => ({
  block,
  eventsPerBlock,
  repeat: Math.ceil(bytes / block.length),
})

const chatBlockEvents = 4096
const chat = repeatTo(chatEvents(chatBlockEvents), chatBlockEvents, mebibytes * MiB)
const scenarios: { name: string; synthetic: Synthetic; chunkSize: number }[] = [
  {
    name: `(a) ${mebibytes} MiB of chat completion chunks, 16 KiB chunks`,
    synthetic: chat,
    chunkSize: 16384,
  },
  {
    name: `(b) ${mebibytes} MiB of chat completion chunks, 160-byte chunks`,
    synthetic: chat,
    chunkSize: 160,
  },
  {
    name: `(c) ${mebibytes} MiB of chat completion chunks, CRLF line ends, 16 KiB chunks`,
    synthetic: repeatTo(chatEvents(chatBlockEvents, '\r\n'), chatBlockEvents, mebibytes * MiB),
    chunkSize: 16384,
  },
  {
    name: '(d) 16 events of 1 MiB, 16 KiB chunks',
    synthetic: repeatTo(largeEvents(1, MiB), 1, 16 * MiB),
    chunkSize: 16384,
  },
]

const format = (value: number, digits = 0) => value.toFixed(digits).padStart(6)

/** The best of `rounds` runs of each contestant, interleaved so that they share the machine's moods. */
const compete = async (contestants: Contestant[], synthetic: Synthetic, chunkSize: number) => {
  const best = new Map<Contestant, Measurement>()
  for (let round = 0; round < rounds; round++) {
    for (const contestant of contestants) {
      const result = await measure(contestant, bodyOf(synthetic, chunkSize))
      const previous = best.get(contestant)
      if (previous && previous.items !== result.items)
        throw new Error(`${contestant.name}: event counts differ`)
      if (!previous || result.milliseconds < previous.milliseconds) {
        best.set(contestant, { ...result, peakBytes: Math.max(result.peakBytes, previous?.peakBytes ?? 0) })
      }
    }
  }
  return best
}

const table = (title: string, best: Map<Contestant, Measurement>, bytes: number) => {
  const entries = [...best]
  const peers = entries.filter(([contestant]) => !contestant.name.startsWith('oaikit'))
  console.log(`\n${title}\n`)
  console.log(
    `| parser | MB/s | events/s | ${peers.map(([peer]) => `× ${peer.name}`).join(' | ')} | peak MB |`,
  )
  console.log(`|---|---:|---:|${peers.map(() => '---:|').join('')}---:|`)
  for (const [contestant, { milliseconds, items, peakBytes }] of entries) {
    const ratios = peers.map(([, peer]) => `${(peer.milliseconds / milliseconds).toFixed(2)}x`)
    console.log(
      `| ${contestant.name} | ${format(bytes / 1e3 / milliseconds)} | ${format((items / milliseconds) * 1e3)} | ${ratios.join(' | ')} | ${format(peakBytes / 1e6, 1)} |`,
    )
  }
}

/** JSON.parse alone on the same data: the ceiling of any parse+JSON path. */
const jsonParseAlone = (synthetic: Synthetic) => {
  const texts = Array.from({ length: synthetic.eventsPerBlock }, (_, index) => chatChunk(index))
  let fastest = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    for (let repeat = 0; repeat < synthetic.repeat; repeat++) for (const text of texts) JSON.parse(text)
    fastest = Math.min(fastest, performance.now() - start)
  }
  return ((synthetic.eventsPerBlock * synthetic.repeat) / fastest) * 1e3
}

console.log(
  `Node ${process.version}, best of ${rounds} rounds; peak MB = most heap + buffers in use above the start.`,
)
for (const { name, synthetic, chunkSize } of scenarios.filter(({ name }) => chosen.includes(name[1]!))) {
  const bytes = sizeOf(synthetic)
  table(`${name}: raw events`, await compete(raw, synthetic, chunkSize), bytes)
  const parsed = await compete(json, synthetic, chunkSize)
  table(`${name}: parsed JSON`, parsed, bytes)
  if (synthetic === chat && chunkSize === 16384) {
    const alone = jsonParseAlone(synthetic)
    const peer = parsed.get(json[1]!)!
    const ceiling = (peer.milliseconds / peer.items) * alone * 1e-3
    console.log(
      `\nJSON.parse alone on the same objects: ${format(alone)} objects/s, so even a parser that cost nothing` +
        ` would be at most ${ceiling.toFixed(2)}x ${json[1]!.name}.`,
    )
  }
}

if (gibibytes > 0) {
  const large = repeatTo(chat.block, chatBlockEvents, gibibytes * 1024 * MiB)
  console.log(
    `\nMemory over ${gibibytes} GiB in 16 KiB chunks: peak MB in use in each quarter of the stream\n`,
  )
  console.log('| parser | 1st | 2nd | 3rd | 4th |')
  console.log('|---|---:|---:|---:|---:|')
  for (const contestant of [raw[0]!, json[0]!]) {
    const peaks = await peaksByQuarter(contestant, bodyOf(large, 16384), chatBlockEvents * large.repeat)
    console.log(`| ${contestant.name} | ${peaks.map((peak) => format(peak / 1e6, 1)).join(' | ')} |`)
  }
}
