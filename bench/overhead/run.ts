// Per-call overhead of oaikit beside the official `openai` package and raw fetch, all over the
// same canned in-process transport (bench/overhead/canned.ts), measured in one run:
// - warm: CPU time and wall time per call, JSON and streamed, as medians over rounds that take turns
//   between the contestants; each library's overhead is its time minus raw fetch's, and the table
//   gives oaikit's overhead as a share of the SDK's;
// - cold: a fresh process that evaluates one bundle (esbuild, Node, minified) and makes one call,
//   against a process that only touches the platform's fetch types.
// Never fails on a timing. Build the packages first (`pnpm build`), then
// `node bench/overhead/run.ts [--calls=20000] [--cold=15]`.
import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'esbuild'
import { type Contestant, contestantFiles, loadContestants } from './contestants.ts'

const { values } = parseArgs({
  options: { calls: { type: 'string', default: '20000' }, cold: { type: 'string', default: '15' } },
})
const calls = Number(values.calls)
const batch = 200
const rounds = Math.max(1, Math.round(calls / batch))

const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}
const cpuMicros = () => {
  const { user, system } = process.cpuUsage()
  return user + system
}

/** Runs one batch of calls: microseconds per call, of wall time and of CPU time. */
const runBatch = async (call: () => Promise<unknown>) => {
  const [wall, cpu] = [performance.now(), cpuMicros()]
  for (let index = 0; index < batch; index++) await call()
  return { wall: ((performance.now() - wall) * 1000) / batch, cpu: (cpuMicros() - cpu) / batch }
}

const warm = async (contestants: Contestant[], kind: 'json' | 'stream') => {
  const samples = new Map(
    contestants.map((contestant) => [contestant.name, { wall: [] as number[], cpu: [] as number[] }]),
  )
  for (const contestant of contestants)
    for (let index = 0; index < 5; index++) await runBatch(contestant[kind])
  for (let round = 0; round < rounds; round++) {
    for (const contestant of contestants) {
      const sample = await runBatch(contestant[kind])
      samples.get(contestant.name)!.wall.push(sample.wall)
      samples.get(contestant.name)!.cpu.push(sample.cpu)
    }
  }
  return new Map(
    [...samples].map(([name, { wall, cpu }]) => [name, { wall: median(wall), cpu: median(cpu) }]),
  )
}

const printWarm = (kind: string, results: Map<string, { wall: number; cpu: number }>) => {
  const raw = results.get('raw fetch')!
  const ours = results.get('oaikit')!
  const sdk = results.get('openai')!
  console.log(`\n${kind}: ${rounds * batch} calls each, medians of ${rounds} rounds (µs per call)`)
  console.log('| | wall | CPU | wall over raw fetch | CPU over raw fetch |')
  console.log('|---|---:|---:|---:|---:|')
  for (const [name, { wall, cpu }] of results) {
    console.log(
      `| ${name} | ${wall.toFixed(1)} | ${cpu.toFixed(1)} | ${(wall - raw.wall).toFixed(1)} | ${(cpu - raw.cpu).toFixed(1)} |`,
    )
  }
  const share = (a: number, b: number) => (b > 0 ? `${((a / b) * 100).toFixed(0)}%` : 'n/a')
  console.log(
    `oaikit's overhead over raw fetch is ${share(ours.wall - raw.wall, sdk.wall - raw.wall)} of the SDK's (wall), ${share(ours.cpu - raw.cpu, sdk.cpu - raw.cpu)} (CPU)`,
  )
}

const root = fileURLToPath(new URL('../../', import.meta.url))
const out = `${root}.tmp/bench-overhead`

/** The entry of each cold-start process: evaluate the library, make one call, print its answer's id. */
const coldEntries: Record<string, string> = {
  'platform only': `
const response = new Response('{"id":"chatcmpl-1"}', { headers: { 'content-type': 'application/json' } })
new Request('https://api.openai.com/v1/chat/completions', { method: 'POST', body: '{}' })
console.log((await response.json()).id)`,
  ...Object.fromEntries(
    contestantFiles.map(({ name, file }) => [
      name,
      `import { json } from './bench/overhead/contestants/${file}.ts'\nconsole.log((await json()).id)`,
    ]),
  ),
}

const cold = async () => {
  mkdirSync(out, { recursive: true })
  const files = new Map<string, string>()
  for (const [name, contents] of Object.entries(coldEntries)) {
    const file = `${out}/${name.replaceAll(' ', '-')}.mjs`
    const { outputFiles } = await build({
      stdin: { contents, resolveDir: root, loader: 'ts' },
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      minify: true,
      logLevel: 'silent',
    })
    writeFileSync(file, outputFiles[0]!.contents)
    files.set(name, file)
  }
  const times = new Map([...files.keys()].map((name) => [name, [] as number[]]))
  for (let run = 0; run < Number(values.cold); run++) {
    for (const [name, file] of files) {
      const start = performance.now()
      const result = spawnSync(process.execPath, [file], { encoding: 'utf8' })
      if (result.stdout.trim() !== 'chatcmpl-1') throw new Error(`${name}: ${result.stderr || result.stdout}`)
      times.get(name)!.push(performance.now() - start)
    }
  }
  const base = median(times.get('platform only')!)
  console.log(
    `\ncold start: a fresh Node process evaluating the bundle and making one call, median of ${values.cold} (ms)`,
  )
  console.log('| | process | over platform only |')
  console.log('|---|---:|---:|')
  for (const [name, list] of times)
    console.log(`| ${name} | ${median(list).toFixed(1)} | ${(median(list) - base).toFixed(1)} |`)
}

const contestants = await loadContestants()
for (const contestant of contestants) {
  const [json, stream] = [await contestant.json(), await contestant.stream()]
  if (!json || stream !== 20) throw new Error(`${contestant.name} did not make its calls (${stream} chunks)`)
}
printWarm('JSON call', await warm(contestants, 'json'))
printWarm('streamed call (20 chunks, read to the end)', await warm(contestants, 'stream'))
await cold()
