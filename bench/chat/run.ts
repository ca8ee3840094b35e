// Bundle sizes of @oaikit/chat beside the official `openai` SDK, openai-fetch and openapi-fetch +
// eventsource-parser, doing the same jobs, measured in one run: each entry bundled with esbuild
// (browser, ESM, minified), then gzipped. Prints bytes and each peer's ratio to oaikit; never fails
// on a size (the budgets live in packages/chat/.size-limit.json). Build the packages first
// (`pnpm --filter @oaikit/chat... build`), then run `pnpm --filter @oaikit/chat bench`.
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'
import { type Contestant, contestants, type Job, jobs } from './contestants.ts'

const root = fileURLToPath(new URL('../../', import.meta.url))
const chat = fileURLToPath(new URL('../../packages/chat/', import.meta.url))
const fromRoot = createRequire(`${root}package.json`)

const available = (contestant: Contestant): string | undefined => {
  for (const name of contestant.needs) {
    // ESM-only packages resolve by their package.json, CommonJS ones without a "./package.json" export by name.
    const resolves = (specifier: string) => {
      try {
        return Boolean(fromRoot.resolve(specifier))
      } catch {
        return false
      }
    }
    if (!resolves(name) && !resolves(`${name}/package.json`)) return name
  }
  return undefined
}

/** The gzipped size of the entry bundled for browsers. */
const measure = async (source: string): Promise<number> => {
  const { outputFiles } = await build({
    stdin: { contents: source, resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    logLevel: 'silent',
    // The workspace packages are measured as published: their built `dist`.
    alias: { '@oaikit/chat': `${chat}dist/index.js` },
    nodePaths: [`${chat}node_modules`],
  })
  return gzipSync(outputFiles[0]!.contents, { level: 9 }).length
}

const sizes = new Map<string, Map<Job, number>>()
for (const contestant of contestants) {
  const missing = available(contestant)
  if (missing) {
    console.log(`note: ${contestant.name} skipped: \`${missing}\` is not installed (a root devDependency)`)
    continue
  }
  const row = new Map<Job, number>()
  for (const job of jobs) row.set(job, await measure(contestant.entries[job]))
  sizes.set(contestant.name, row)
}

const ours = sizes.get('oaikit')!
const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`
const names = [...sizes.keys()]
const header = [
  'job (gzip, minified, browser)',
  ...names.map((name) => (name === 'oaikit' ? name : `${name} (ratio)`)),
]
const rows = jobs.map((job) => [
  job,
  ...names.map((name) => {
    const bytes = sizes.get(name)!.get(job)!
    return name === 'oaikit'
      ? kilobytes(bytes)
      : `${kilobytes(bytes)} (${(bytes / ours.get(job)!).toFixed(1)}x)`
  }),
])
const widths = header.map((_, column) => Math.max(...[header, ...rows].map((row) => row[column]!.length)))
const line = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`
console.log(`\n${line(header)}\n|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`)
for (const row of rows) console.log(line(row))
