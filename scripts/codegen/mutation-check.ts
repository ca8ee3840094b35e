/**
 * Proves the contract tests can fail: in each package, breaks the method of one generated function,
 * the path of another and the body of a third (an unknown field), runs that package's contract
 * tests on Node and expects exactly those tests to fail, then restores the files.
 *
 *   node scripts/codegen/mutation-check.ts [package…]
 *
 * It edits generated files in place for a few seconds per package: run it on a checkout no one is
 * testing at the same moment.
 */
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

interface Mutation {
  kind: 'method' | 'path' | 'body'
  file: string
  functionName: string
  before: string
  after: string
}

const root = process.cwd()
const wrongMethod: Record<string, string> = {
  GET: 'POST',
  POST: 'PUT',
  DELETE: 'GET',
  PUT: 'POST',
  PATCH: 'POST',
}

/** The path with its last literal segment misspelled: `/threads/{thread_id}/runs` → `/threads/{thread_id}/run`. */
const misspell = (path: string): string => {
  const segments = path.split('/')
  const index = segments.findLastIndex((segment) => segment && !segment.startsWith('{'))
  segments[index] = segments[index]!.slice(0, -1)
  return segments.join('/')
}

/** Up to three functions of the file, each with the edit that breaks it: its body, method or path. */
const mutationsOf = (file: string): Mutation[] => {
  const source = readFileSync(file, 'utf8')
  const calls = [
    ...source.matchAll(
      /export const (\w+) = [^\n]*\n {2}(?:request|paginate)<[^\n]*\{ method: '(\w+)', path: '([^']+)'([^\n]*)/g,
    ),
  ]
  const mutations: Mutation[] = []
  const used = new Set<string>()
  const add = (
    kind: Mutation['kind'],
    match: RegExpMatchArray | undefined,
    edit: (line: string) => string,
  ) => {
    if (!match || used.has(match[1]!)) return
    used.add(match[1]!)
    const line = match[0]
    mutations.push({ kind, file, functionName: match[1]!, before: line, after: edit(line) })
  }
  add(
    'body',
    calls.find((call) => / body(,| \})/.test(call[4]!)),
    (line) => line.replace(/ body(,| \})/, ' body: { ...body, unexpected_field: true }$1'),
  )
  add(
    'method',
    calls.find((call) => !used.has(call[1]!)),
    (line) => line.replace(/method: '(\w+)'/, (_, method: string) => `method: '${wrongMethod[method]}'`),
  )
  add(
    'path',
    calls.find((call) => !used.has(call[1]!)),
    (line) => line.replace(/path: '([^']+)'/, (_, path: string) => `path: '${misspell(path)}'`),
  )
  return mutations
}

const failedTests = (pkg: string): string[] => {
  const output = join(root, '.tmp', `mutation-${pkg}.json`)
  try {
    execFileSync(
      'pnpm',
      [
        'exec',
        'vitest',
        'run',
        '--project',
        'node',
        `packages/${pkg}/test/contract.generated.test.ts`,
        '--reporter=json',
        `--outputFile=${output}`,
      ],
      { stdio: 'ignore' },
    )
  } catch {
    // failing tests are the point
  }
  const report = JSON.parse(readFileSync(output, 'utf8')) as {
    testResults: { assertionResults: { title: string; status: string }[] }[]
  }
  rmSync(output)
  return report.testResults.flatMap((result) =>
    result.assertionResults.filter((test) => test.status === 'failed').map((test) => test.title),
  )
}

const packages =
  process.argv.slice(2).length > 0 ? process.argv.slice(2) : readdirSync(join(root, 'packages'))
let escaped = 0
for (const pkg of packages) {
  const dir = join(root, 'packages', pkg, 'src', 'generated')
  let files: string[]
  try {
    files = readdirSync(dir).filter(
      (name) => name.endsWith('.ts') && name !== 'index.ts' && name !== 'types.ts' && name !== 'schema.ts',
    )
  } catch {
    continue
  }
  if (files.length === 0) continue
  const mutations = files.flatMap((name) => mutationsOf(join(dir, name))).slice(0, 3)
  const originals = new Map(mutations.map((mutation) => [mutation.file, readFileSync(mutation.file, 'utf8')]))
  try {
    for (const mutation of mutations)
      writeFileSync(
        mutation.file,
        readFileSync(mutation.file, 'utf8').replace(mutation.before, mutation.after),
      )
    const failed = failedTests(pkg)
    for (const mutation of mutations) {
      const caught = failed.some((title) => title.startsWith(`${mutation.functionName}:`))
      if (!caught) escaped++
      console.log(
        `${caught ? 'caught ' : 'ESCAPED'}  ${pkg}: wrong ${mutation.kind} in ${mutation.functionName}`,
      )
    }
    const unexpected = failed.filter(
      (title) => !mutations.some((mutation) => title.startsWith(`${mutation.functionName}`)),
    )
    if (unexpected.length > 0) console.log(`  also failed: ${unexpected.join(', ')}`)
  } finally {
    for (const [file, content] of originals) writeFileSync(file, content)
  }
}
process.exit(escaped > 0 ? 1 : 0)
