import { APIUserAbortError, createClient, encodeMultipart, request } from '@oaikit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type LocalServer, startLocalServer } from '../../../runtime-tests/node/local-server.ts'
import { rejection } from './helpers.ts'

describe('an aborted streamed upload', () => {
  let server: LocalServer
  beforeAll(async () => {
    // Reads nothing of the upload and never answers, as a stalled server does.
    server = await startLocalServer((incoming) => {
      incoming.resume()
    })
  })
  afterAll(() => server.close())

  it("stops pulling the caller's stream and cancels it", async () => {
    const state = { pulls: 0, cancelled: false }
    const file = new ReadableStream<Uint8Array>({
      // Bounded (1 GiB at most), so that a pipeline that never stops it still ends.
      pull(controller) {
        if (++state.pulls > 16384) controller.close()
        else controller.enqueue(new Uint8Array(65536))
      },
      cancel() {
        state.cancelled = true
      },
    })
    const controller = new AbortController()
    const client = createClient({ apiKey: 'sk-test', baseURL: server.url })
    const sent = rejection(
      request(
        client,
        {
          method: 'POST',
          path: '/files',
          body: { file: { name: 'a.bin', stream: () => file } },
          encode: encodeMultipart,
        },
        { signal: controller.signal },
      ),
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(state.pulls).toBeGreaterThan(0)
    const atAbort = state.pulls
    controller.abort(new Error('stop'))
    expect(APIUserAbortError.isInstance(await sent)).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const pulls = state.pulls
    await new Promise((resolve) => setTimeout(resolve, 200))
    console.log(`upload: ${atAbort} chunks of 64 KiB read at the abort, ${state.pulls} in all`)
    expect(state.pulls).toBe(pulls)
    expect(state.cancelled).toBe(true)
    await server.drained()
  })
})
