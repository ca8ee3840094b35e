import { startMockRealtimeServer, startMockServer } from '@oaikit/testing/server'
import type { TestProject } from 'vitest/node'
import type { RuntimeName } from '../expected-runtime.ts'
import type { TestServers } from '../test-servers.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    testServers: TestServers
    runtime: RuntimeName
  }
}

/** Starts the local test servers once per vitest run and hands their URLs to every project. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const [api, realtime] = await Promise.all([startMockServer(), startMockRealtimeServer()])
  project.provide('testServers', { api: api.url, realtime: realtime.url })
  return async () => {
    await Promise.all([api.close(), realtime.close()])
  }
}
