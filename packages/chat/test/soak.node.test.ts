import { createChatCompletionStream } from '@oaikit/chat'
import { createClient } from '@oaikit/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rssGrowth } from '../../../runtime-tests/node/force-gc.ts'
import {
  type LocalServer,
  startLocalServer,
  writeRepeated,
} from '../../../runtime-tests/node/local-server.ts'

// Chunk events with 16 KiB of content each over a real socket, as many MiB as the `x-mib` header asks.
const content = 'x'.repeat(16 * 1024)
const event = new TextEncoder().encode(
  `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', created: 0, model: 'm', choices: [{ index: 0, delta: { content } }] })}\n\n`,
)

describe('soak: createChatCompletionStream over 256 MiB', () => {
  let server: LocalServer
  beforeAll(async () => {
    server = await startLocalServer(async (request, response) => {
      response.writeHead(200, { 'content-type': 'text/event-stream', connection: 'close' })
      await writeRepeated(response, event, Number(request.headers['x-mib']) * 1048576, 'data: [DONE]\n\n')
    })
  })
  afterAll(() => server.close())

  /** Streams `mib` MiB through `createChatCompletionStream` with `for await`; returns the bytes of the stream. */
  const stream = async (mib: number, sample = () => {}) => {
    const client = createClient({ apiKey: 'sk-soak', baseURL: server.url })
    const chunks = await createChatCompletionStream(
      client,
      { model: 'm', messages: [] },
      { headers: { 'x-mib': `${mib}` } },
    )
    let count = 0
    for await (const chunk of chunks) {
      // Counted only when whole (an `expect` per chunk would weigh on the memory it measures).
      if (chunk.choices[0]!.delta.content!.length === content.length) count++
      if (count % 256 === 0) sample()
    }
    return count * event.length
  }

  it('keeps memory flat: resident memory holds less than 64 MiB more', async () => {
    // A short stream first, so that the figure leaves out what the first one allocates for good.
    expect(await stream(32)).toBeGreaterThanOrEqual(32 * 1048576)
    let received = 0
    const { retained, peak } = await rssGrowth(async (sample) => {
      received = await stream(256, sample)
    })
    console.log(
      `createChatCompletionStream: ${(received / 1048576).toFixed(0)} MiB, RSS +${retained} MiB held, +${peak} MiB at peak`,
    )
    expect(received).toBeGreaterThanOrEqual(256 * 1048576)
    expect(retained).toBeLessThan(64)
    // The peak adds garbage not yet collected (see rssGrowth); a leak still shows in it.
    expect(peak).toBeLessThan(160)
    await server.drained()
  }, 60_000)
})
