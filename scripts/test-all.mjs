#!/usr/bin/env node
// The whole test suite, as `pnpm test` / `npm test` and CI run it: builds and static checks, then
// the tests on every runtime, then the consumer check. Every step runs even when an earlier one
// failed; the summary lists each step with its test counts, and the exit code is non-zero when any
// step failed.
import { spawn } from 'node:child_process'

/** @type {{ name: string, command: string[], counts?: (output: string) => [number, number] | undefined }[]} */
const steps = [
  { name: 'build', command: ['turbo', 'run', 'build', '--output-logs=errors-only'] },
  {
    name: 'types, publint, attw, size budgets',
    command: [
      'turbo',
      'run',
      'typecheck',
      'check:publish',
      'size',
      '--continue',
      '--output-logs=errors-only',
    ],
  },
  { name: 'lint', command: ['biome', 'check', '.'] },
  { name: 'types of scripts, runtime tests, benches', command: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
  {
    name: 'every operation adds <= 200 B over core',
    command: ['pnpm', 'run', '--silent', 'size:operations'],
  },
  { name: 'generated code is up to date', command: ['pnpm', 'run', '--silent', 'generate:check'] },
  {
    name: 'seed contract: the 148 operations of 2.3.0 under their names; no export claimed twice',
    command: ['pnpm', 'run', '--silent', 'check:exports'],
  },
  {
    name: 'node 24 (vitest)',
    command: ['vitest', 'run', '--reporter=verbose', '--project', 'node'],
    counts: vitestCounts,
  },
  {
    name: 'workerd (vitest)',
    command: ['vitest', 'run', '--reporter=verbose', '--project', 'workerd'],
    counts: vitestCounts,
  },
  {
    name: 'chromium (vitest)',
    command: ['vitest', 'run', '--reporter=verbose', '--project', 'chromium'],
    counts: vitestCounts,
  },
  { name: 'deno', command: ['pnpm', 'run', '--silent', 'test:deno'], counts: denoCounts },
  { name: 'bun', command: ['pnpm', 'run', '--silent', 'test:bun'], counts: bunCounts },
  { name: 'node 20 (smoke)', command: ['pnpm', 'run', '--silent', 'test:node20'], counts: nodeTestCounts },
  {
    name: 'consumer (packed packages)',
    command: ['pnpm', 'run', '--silent', 'test:consumer'],
    counts: nodeTestCounts,
  },
]

// biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
const plain = (text) => text.replace(/\u001b\[[0-9;]*m/g, '')
const number = (text, pattern) => Number(pattern.exec(text)?.[1] ?? 0)

function vitestCounts(output) {
  const line = /^\s*Tests\s+(.*)$/m.exec(output)?.[1]
  if (!line) return undefined
  return [number(line, /(\d+) passed/), number(line, /(\d+) failed/)]
}
function denoCounts(output) {
  const match = /(\d+) passed(?: \(\d+ steps?\))? \| (\d+) failed/.exec(output)
  return match ? [Number(match[1]), Number(match[2])] : undefined
}
function bunCounts(output) {
  const passed = /^\s*(\d+) pass$/m.exec(output)
  const failed = /^\s*(\d+) fail$/m.exec(output)
  return passed ? [Number(passed[1]), Number(failed?.[1] ?? 0)] : undefined
}
function nodeTestCounts(output) {
  const passed = /^ℹ pass (\d+)$/m.exec(output)
  const failed = /^ℹ fail (\d+)$/m.exec(output)
  return passed ? [Number(passed[1]), Number(failed?.[1] ?? 0)] : undefined
}

const run = ([command, ...args]) =>
  new Promise((resolve) => {
    let output = ''
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] })
    const forward = (target) => (chunk) => {
      output += chunk
      target.write(chunk)
    }
    child.stdout.on('data', forward(process.stdout))
    child.stderr.on('data', forward(process.stderr))
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }))
    child.on('close', (code) => resolve({ code: code ?? 1, output: plain(output) }))
  })

const results = []
for (const step of steps) {
  console.log(`\n━━━ ${step.name}: ${step.command.join(' ')}`)
  const started = Date.now()
  const { code, output } = await run(step.command)
  const counts = step.counts?.(output)
  const ok = code === 0 && (!step.counts || (counts !== undefined && counts[0] > 0 && counts[1] === 0))
  results.push({ name: step.name, ok, counts, seconds: (Date.now() - started) / 1000 })
}

console.log('\n━━━ summary')
for (const { name, ok, counts, seconds } of results) {
  const tests = counts ? `${counts[0]} passed, ${counts[1]} failed` : ''
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${name.padEnd(36)} ${tests.padEnd(26)} ${seconds.toFixed(1)}s`)
}
const passed = results.reduce((sum, { counts }) => sum + (counts?.[0] ?? 0), 0)
const failed = results.reduce((sum, { counts }) => sum + (counts?.[1] ?? 0), 0)
const failedSteps = results.filter(({ ok }) => !ok).length
if (failedSteps > 0) console.log(`${failedSteps} of ${results.length} steps failed`)
console.log(`tests: ${passed} passed, ${failed + failedSteps} failed`)
process.exit(failedSteps > 0 ? 1 : 0)
