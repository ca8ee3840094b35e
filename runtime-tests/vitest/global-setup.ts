import { startMockServer } from '@oaikit/testing/server'
import type { TestProject } from 'vitest/node'
import type { TestServers } from '../test-servers.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    testServers: TestServers
  }
}

/** Starts the local test servers once per vitest run and hands their URLs to every project. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const api = await startMockServer()
  project.provide('testServers', { api: api.url })
  return () => api.close()
}
