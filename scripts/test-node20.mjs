#!/usr/bin/env node
// Runs the Node 20 smoke suite (runtime-tests/node20) with the machine's Node 20 against the built
// packages. Node 20 is the oldest line we support; vitest no longer runs on it, so this suite uses
// Node's own test runner. A missing Node 20 is a failure, not a skip.
import { execFileSync, spawnSync } from 'node:child_process'
import { globSync } from 'node:fs'

const node20 = process.env.NODE20_PATH ?? '/usr/bin/node'
let version
try {
  version = execFileSync(node20, ['--version'], { encoding: 'utf8' }).trim()
} catch {
  console.error(`Node 20 not found at ${node20}: set NODE20_PATH to a Node 20 binary`)
  process.exit(1)
}
if (!version.startsWith('v20.')) {
  console.error(`${node20} is ${version}, not Node 20: set NODE20_PATH to a Node 20 binary`)
  process.exit(1)
}
console.log(`node20: running the smoke suite on ${version}`)
const files = globSync('runtime-tests/node20/*.test.mjs').sort()
const result = spawnSync(node20, ['--test', '--test-reporter=spec', ...files], { stdio: 'inherit' })
process.exit(result.status ?? 1)
