import { APIUserAbortError, createClient, type RequestOptions } from '@oaikit/core'
import { streamRequest } from '@oaikit/streaming'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { forceGc } from '../../../runtime-tests/node/force-gc.ts'
import { type LocalServer, startLocalServer } from '../../../runtime-tests/node/local-server.ts'

// Node's fetch follows a request's signal through a weak reference: each case forces a full
// collection between the first event and leaving, and asserts that the server saw the connection close.
describe('leaving an event stream closes the connection, after a garbage collection too', () => {
  let server: LocalServer
  beforeAll(async () => {
    // Two events, then nothing: the stream stays open until the client leaves.
    server = await startLocalServer((_, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream' })
      response.write('data: {"n":1}\n\ndata: {"n":2}\n\n')
    })
  })
  afterAll(() => server.close())

  const pause = () => new Promise((resolve) => setTimeout(resolve, 30))
  const collect = async () => {
    await pause()
    forceGc()
    await pause()
    forceGc()
  }
  const open = (options?: RequestOptions) =>
    streamRequest<{ n: number }>(
      createClient({ apiKey: 'sk-test', baseURL: server.url }),
      { method: 'POST', path: '/chat/completions', body: {} },
      options,
    )

  it('an early break out of for await', async () => {
    const seen: number[] = []
    for await (const event of await open()) {
      seen.push(event.n)
      await collect()
      break
    }
    expect(seen).toEqual([1])
    await server.drained()
  })

  it('an abort while the stream waits for its next event', async () => {
    const controller = new AbortController()
    const seen: number[] = []
    let failure: unknown
    try {
      for await (const event of await open({ signal: controller.signal })) {
        seen.push(event.n)
        if (event.n === 2) {
          await collect()
          setTimeout(() => controller.abort(new Error('stop')), 10)
        }
      }
    } catch (error) {
      failure = error
    }
    expect(seen).toEqual([1, 2])
    expect(APIUserAbortError.isInstance(failure)).toBe(true)
    await server.drained()
  })
})
