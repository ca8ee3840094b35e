import { readEnvironment } from './read-environment.ts'

/** The local servers every runtime's test run can reach, started once per run on 127.0.0.1. */
export interface TestServers {
  /** Base URL of the mock OpenAI API, ending in `/v1`. */
  api: string
  /** Base URL of the mock Realtime server, ending in `/v1` (clients derive its `ws://` URL). */
  realtime: string
}

declare global {
  // Set by the vitest setup file from `inject`, or read from the environment below.
  var __oaikitTestServers: TestServers | undefined
}

/**
 * The URLs of the test servers of this run. Vitest projects receive them through `provide`/`inject`
 * (see `runtime-tests/vitest/`), Deno, Bun and Node 20 through the `OAIKIT_TEST_SERVERS` variable set
 * by `scripts/with-test-servers.mjs`. Throws when the run started none, so a test can never pass
 * without reaching its server.
 */
export const getTestServers = (): TestServers => {
  if (globalThis.__oaikitTestServers) return globalThis.__oaikitTestServers
  const json = readEnvironment('OAIKIT_TEST_SERVERS')
  if (!json)
    throw new Error('No test servers: run the suite through `pnpm test:<runtime>`, which starts them')
  globalThis.__oaikitTestServers = JSON.parse(json) as TestServers
  return globalThis.__oaikitTestServers
}
