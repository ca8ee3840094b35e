#!/usr/bin/env node
// Runs the portable tests with `bun test`; Bun maps `vitest` imports to its own runner.
import { spawnSync } from 'node:child_process'
import { portableTests } from './portable-tests.mjs'

const result = spawnSync('bun', ['test', '--timeout', '20000', ...portableTests()], {
  stdio: 'inherit',
  env: { ...process.env, OAIKIT_TEST_RUNTIME: 'bun' },
})
process.exit(result.status ?? 1)
