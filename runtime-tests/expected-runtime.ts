import { readEnvironment } from './read-environment.ts'

/** The runtimes the portable tests run on. */
export type RuntimeName = 'node' | 'workerd' | 'chromium' | 'deno' | 'bun'

declare global {
  // Set by the vitest setup file from the project's `provide`, or read from the environment below.
  var __oaikitExpectedRuntime: RuntimeName | undefined
}

/**
 * The runtime this run was started for: vitest projects `provide` it, `scripts/test-deno.mjs` and
 * `scripts/test-bun.mjs` set `OAIKIT_TEST_RUNTIME`. Throws when neither did.
 */
export const getExpectedRuntime = (): RuntimeName => {
  const name = globalThis.__oaikitExpectedRuntime ?? readEnvironment('OAIKIT_TEST_RUNTIME')
  if (!name) throw new Error('No expected runtime: run the suite through `pnpm test:<runtime>`')
  return name as RuntimeName
}

/** Which runtime this code actually runs on, told by what only that runtime has. */
export const detectRuntime = (): RuntimeName | 'unknown' => {
  const global = globalThis as {
    Deno?: unknown
    Bun?: unknown
    document?: unknown
    navigator?: { userAgent?: string }
    process?: { versions?: { node?: string } }
  }
  if (global.Deno) return 'deno'
  if (global.Bun) return 'bun'
  if (global.navigator?.userAgent === 'Cloudflare-Workers') return 'workerd'
  if (global.document && global.navigator?.userAgent?.includes('Chrome')) return 'chromium'
  if (global.process?.versions?.node) return 'node'
  return 'unknown'
}
