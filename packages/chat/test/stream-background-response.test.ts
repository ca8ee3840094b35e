import { type ResponseStreamEvent, streamBackgroundResponse } from '@oaikit/chat'
import { APIError, createClient, InvalidInputError } from '@oaikit/core'
import { StreamError } from '@oaikit/streaming'
import { createMockTransport } from '@oaikit/testing'
import { describe, expect, it } from 'vitest'
import { responseBase } from './response-events.ts'

const text = 'The whole answer, delivered once.'

/** The events of one background response: created, one delta per character, completed; numbered from 0. */
const events = [
  { type: 'response.created', response: { ...responseBase, status: 'queued', background: true, output: [] } },
  ...[...text].map((delta) => ({
    type: 'response.output_text.delta',
    item_id: 'msg_1',
    output_index: 0,
    content_index: 0,
    delta,
    logprobs: [],
  })),
  {
    type: 'response.completed',
    response: { ...responseBase, status: 'completed', background: true, output: [] },
  },
].map((event, sequence_number) => ({ ...event, sequence_number }))

/** How one stream is cut: after how many events, and whether the body ends or fails, and how many events before the one asked for it sends again. */
interface Cut {
  after?: number
  fail?: boolean
  overlap?: number
}

/**
 * A client on the spec-checked mock that streams `events`: the first stream (POST /responses) and
 * each resume (GET /responses/resp_1?starting_after=…) from where it was asked, cut as `cuts`
 * says in turn (uncut once they run out). `resumes` collects the `starting_after` of each resume.
 */
const backgroundApi = (...cuts: Cut[]) => {
  const mock = createMockTransport()
  const resumes: (string | null)[] = []
  const bodies: unknown[] = []
  const client = createClient({
    apiKey: 'test-key',
    maxRetries: 0,
    transport: async (request) => {
      const checked = await mock(request.clone())
      if (!checked.ok) return checked
      await checked.body?.cancel()
      const url = new URL(request.url)
      if (request.method === 'POST') bodies.push(await request.json())
      else {
        expect(url.pathname).toBe('/v1/responses/resp_1')
        expect(url.searchParams.get('stream')).toBe('true')
        resumes.push(url.searchParams.get('starting_after'))
      }
      const { after = Number.POSITIVE_INFINITY, fail = false, overlap = 0 } = cuts.shift() ?? {}
      const start = url.searchParams.has('starting_after')
        ? Number(url.searchParams.get('starting_after')) + 1 - overlap
        : 0
      const sent = events.slice(start, start + after)
      const encoder = new TextEncoder()
      let index = 0
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const event = sent[index++]
          if (event)
            controller.enqueue(encoder.encode(`event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`))
          else if (fail && after !== Number.POSITIVE_INFINITY)
            controller.error(new TypeError('network connection lost'))
          else controller.close()
        },
      })
      return new Response(body, { headers: { 'content-type': 'text/event-stream' } })
    },
  })
  return { client, resumes, bodies }
}

const collect = async (stream: AsyncIterable<ResponseStreamEvent>) => {
  const seen: { type: string; sequence_number: number; delta?: string }[] = []
  for await (const event of stream)
    seen.push({
      type: event.type,
      sequence_number: event.sequence_number,
      delta: event.type === 'response.output_text.delta' ? event.delta : undefined,
    })
  return seen
}

const input = { model: 'gpt-4o', input: 'Write it' }

describe('streamBackgroundResponse', () => {
  it('resumes after each cut from the last event received: the whole answer, once, in order', async () => {
    const api = backgroundApi({ after: 5 }, { after: 10, fail: true }, { after: 3, overlap: 2 })
    const seen = await collect(streamBackgroundResponse(api.client, input))
    expect(seen.map((event) => event.sequence_number)).toEqual(events.map((_, index) => index))
    expect(seen.map((event) => event.delta ?? '').join('')).toBe(text)
    expect(seen.at(-1)?.type).toBe('response.completed')
    // The third stream replays 13 and 14, which are skipped, and is cut after 15.
    expect(api.resumes).toEqual(['4', '14', '15'])
    expect(api.bodies).toEqual([{ ...input, background: true, stream: true }])
  })

  it('resumes a response started before, after the event given', async () => {
    const api = backgroundApi()
    const seen = await collect(
      streamBackgroundResponse(api.client, { responseId: 'resp_1', startingAfter: 20 }),
    )
    expect(seen[0]?.sequence_number).toBe(21)
    expect(seen.at(-1)?.type).toBe('response.completed')
    expect(api.resumes).toEqual(['20'])
  })

  it('gives up with the cut after maxResumes resumes', async () => {
    const api = backgroundApi(...Array.from({ length: 10 }, () => ({ after: 2 })))
    const seen: number[] = []
    const error = await (async () => {
      for await (const event of streamBackgroundResponse(api.client, input, { maxResumes: 2 }))
        seen.push(event.sequence_number)
    })().catch((error) => error)
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
    expect(api.resumes).toHaveLength(2)
    expect(seen).toEqual([0, 1, 2, 3, 4, 5])
    const refused = await collect(
      streamBackgroundResponse(api.client, input, { maxResumes: Number.NaN }),
    ).catch((error) => error)
    expect(InvalidInputError.isInstance(refused) && refused.message).toBe(
      'maxResumes must be a whole number, not NaN',
    )
  })

  it('cannot resume a stream cut before the response id arrived, and never resumes after an API error', async () => {
    const early = backgroundApi({ after: 0 })
    const cut = await collect(streamBackgroundResponse(early.client, input)).catch((error) => error)
    expect(StreamError.isInstance(cut) && cut.type).toBe('incomplete')
    expect(early.resumes).toEqual([])
    const mock = createMockTransport()
    const refused = createClient({
      apiKey: 'test-key',
      maxRetries: 0,
      transport: async (request) =>
        request.method === 'GET'
          ? Response.json(
              { error: { message: 'No such response', type: 'invalid_request_error' } },
              { status: 404 },
            )
          : mock(request),
    })
    const missing = await collect(streamBackgroundResponse(refused, { responseId: 'resp_1' })).catch(
      (error) => error,
    )
    expect(APIError.isInstance(missing) && missing.status).toBe(404)
  })
})
