import type { ScriptedAnswer, ScriptedRequest } from './scripted-answer.ts'

/** A mock of its own on a mock server that may run in another process (see `connectMockServer`). */
export interface RemoteMock {
  /** The base URL of this mock's API, ending in `/v1`: its state and scripts are its own. */
  url: string
  /** Queues what the next calls of an operation answer (see `Mock.script`); data answers only. */
  script(operationId: string, ...answers: ScriptedAnswer[]): Promise<void>
  /** How many scripted answers of the operation (of every operation without an id) are still queued. */
  pending(operationId?: string): Promise<number>
  /** Every request that passed validation, in order; files appear as `{ name, size, type }`. */
  requests(): Promise<ScriptedRequest[]>
  /** Forgets scripts, stored objects and recorded requests. */
  reset(): Promise<void>
  /** Removes this mock from the server. */
  close(): Promise<void>
}

/** Options of {@link connectMockServer}. */
export interface ConnectMockServerOptions {
  /** The fetch to reach the server with. @defaultValue the global `fetch` */
  fetch?: typeof fetch
}

/**
 * Creates a mock of its own on a server started by `startMockServer` (in this process or
 * another), and scripts it over HTTP: works from any runtime that can fetch the server, so Deno,
 * Bun, workerd and browser tests script the same mock as Node's. Each call gives a fresh mock, so
 * tests running at once never see each other's scripts or objects.
 * @example
 * ```ts
 * const mock = await connectMockServer('http://127.0.0.1:4010/v1')
 * await mock.script('createChatCompletion', { text: 'Hello!' })
 * const client = createClient({ apiKey: 'sk-test', baseURL: mock.url })
 * ```
 */
export const connectMockServer = async (
  serverUrl: string,
  options: ConnectMockServerOptions = {},
): Promise<RemoteMock> => {
  const fetcher = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
  const control = `${serverUrl.replace(/\/v1\/?$/, '')}/__mock/mocks`
  const call = async (path: string, method: string, body?: unknown): Promise<unknown> => {
    const response = await fetcher(`${control}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    if (!response.ok)
      throw new Error(
        `The mock server refused ${method} ${path || '/'} (${response.status}): ${text.slice(0, 300)}`,
      )
    return text ? JSON.parse(text) : undefined
  }
  const { id, url } = (await call('', 'POST')) as { id: string; url: string }
  return {
    url,
    script: async (operation, ...answers) =>
      void (await call(`/${id}/script`, 'POST', { operation, answers })),
    pending: async (operation) =>
      (
        (await call(
          `/${id}/pending${operation ? `?operation=${encodeURIComponent(operation)}` : ''}`,
          'GET',
        )) as {
          pending: number
        }
      ).pending,
    requests: async () => (await call(`/${id}/requests`, 'GET')) as ScriptedRequest[],
    reset: async () => void (await call(`/${id}/reset`, 'POST')),
    close: async () => void (await call(`/${id}`, 'DELETE')),
  }
}
