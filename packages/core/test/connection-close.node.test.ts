import {
  APITimeoutError,
  APIUserAbortError,
  createClient,
  guardBody,
  type RequestOptions,
  request,
} from '@oaikit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { forceGc } from '../../../runtime-tests/node/force-gc.ts'
import { type LocalServer, startLocalServer } from '../../../runtime-tests/node/local-server.ts'
import { countingSignal, rejection } from './helpers.ts'

// Node's fetch follows a request's signal through a weak reference: each case forces a full
// collection between sending and aborting, and asserts that the server saw the connection close.
describe('an abort or a timeout closes the connection, after a garbage collection too', () => {
  let server: LocalServer
  let most = 0
  const paths: string[] = []
  beforeAll(async () => {
    // `/stall` never answers; `/body` sends its headers and one chunk, then nothing.
    server = await startLocalServer((incoming, response) => {
      // Connections that carry a request (the client may open a spare one).
      most = Math.max(most, server.busy())
      paths.push(incoming.url!)
      if (incoming.url === '/body') {
        response.writeHead(200, { 'content-type': 'application/octet-stream' })
        response.write('first chunk')
      }
    })
  })
  afterAll(() => server.close())

  const client = () => createClient({ apiKey: 'sk-test', baseURL: server.url, maxRetries: 0 })
  const pause = () => new Promise((resolve) => setTimeout(resolve, 30))
  const collect = async () => {
    await pause()
    forceGc()
    await pause()
    forceGc()
  }
  const send = (path: string, options: RequestOptions) =>
    // A function scope: nothing but the pipeline holds the request once it is sent.
    request<Response>(client(), { method: 'GET', path, read: guardBody }, options)

  it('aborting while the headers are awaited', async () => {
    const { controller, signal, listeners } = countingSignal()
    const pending = rejection(send('/stall', { signal }))
    await collect()
    controller.abort(new Error('stop'))
    expect(APIUserAbortError.isInstance(await pending)).toBe(true)
    expect(listeners()).toBe(0)
    await server.drained()
  })

  it('aborting while the body is read', async () => {
    const { controller, signal, listeners } = countingSignal()
    const response = await send('/body', { signal })
    const reader = response.body!.getReader()
    expect((await reader.read()).done).toBe(false)
    await collect()
    controller.abort(new Error('stop'))
    expect(APIUserAbortError.isInstance(await rejection(reader.read()))).toBe(true)
    expect(listeners()).toBe(0)
    await server.drained()
  })

  it('the idle timeout of a body', async () => {
    const response = await send('/body', { idleTimeout: 100 })
    const reader = response.body!.getReader()
    await reader.read()
    const pending = rejection(reader.read())
    await collect()
    expect(APITimeoutError.isInstance(await pending)).toBe(true)
    await server.drained()
  })

  it('timed-out attempts of a retried request, one connection at a time', async () => {
    most = 0
    paths.length = 0
    const retried = createClient({
      apiKey: 'sk-test',
      baseURL: server.url,
      maxRetries: 2,
      initialRetryDelay: 1,
      timeout: 150,
    })
    const pending = rejection(request(retried, { method: 'GET', path: '/stall' }))
    const gcs = setInterval(forceGc, 30)
    const error = await pending
    clearInterval(gcs)
    expect(APITimeoutError.isInstance(error)).toBe(true)
    await server.drained()
    expect(paths.splice(0)).toEqual(['/stall', '/stall', '/stall'])
    // When each attempt arrived, the earlier ones' connections were closed already.
    expect(most).toBe(1)
  })
})
