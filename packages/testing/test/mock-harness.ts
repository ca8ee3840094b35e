import { type Client, type ClientOptions, createClient } from '@oaikit/core'
import { connectMockServer, createMock, type ScriptedAnswer, type ScriptedRequest } from '@oaikit/testing'
import { getTestServers } from '../../../runtime-tests/test-servers.ts'

/** A scripted mock reached through one transport: the client, and the mock's controls. */
export interface Harness {
  client: Client
  script(operationId: string, ...answers: ScriptedAnswer[]): Promise<void>
  pending(operationId?: string): Promise<number>
  requests(): Promise<ScriptedRequest[]>
  close(): Promise<void>
}

type Options = Omit<ClientOptions, 'apiKey' | 'baseURL' | 'transport'>

/** The in-process mock: `createMock().transport`. */
const inProcess = async (options: Options): Promise<Harness> => {
  const mock = createMock()
  return {
    client: createClient({ apiKey: 'test-key', maxRetries: 0, ...options, transport: mock.transport }),
    script: async (operationId, ...answers) => void mock.script(operationId, ...answers),
    pending: async (operationId) => mock.pending(operationId),
    requests: async () => [...mock.requests],
    close: async () => undefined,
  }
}

/** A mock of its own on the run's mock server, over HTTP: `connectMockServer(url)`. */
const overHttp = async (options: Options): Promise<Harness> => {
  const mock = await connectMockServer(getTestServers().api)
  return {
    client: createClient({ apiKey: 'test-key', maxRetries: 0, ...options, baseURL: mock.url }),
    script: mock.script,
    pending: mock.pending,
    requests: mock.requests,
    close: mock.close,
  }
}

/** Both ways of reaching a scripted mock, to run the same test through each. */
export const harnesses: [string, (options?: Options) => Promise<Harness>][] = [
  ['in-process', (options = {}) => inProcess(options)],
  ['over HTTP', (options = {}) => overHttp(options)],
]

/** What a promise rejects with (fails the test when it resolves). */
export const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('Expected a rejection')
}
