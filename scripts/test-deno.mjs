#!/usr/bin/env node
// Runs the portable tests with `deno test`; runtime-tests/deno/deno.json maps `vitest` to a small shim
// over Deno.test and our packages to their sources. Types are checked by tsc, not here.
import { spawnSync } from 'node:child_process'
import { portableTests } from './portable-tests.mjs'

const args = [
  'test',
  '--no-check',
  '--allow-net',
  '--allow-env',
  '--allow-read',
  '--config',
  'runtime-tests/deno/deno.json',
]
const result = spawnSync('deno', [...args, ...portableTests()], {
  stdio: 'inherit',
  env: { ...process.env, OAIKIT_TEST_RUNTIME: 'deno' },
})
process.exit(result.status ?? 1)
