import { type Client, createClient } from '@oaikit/core'
import { createMockTransport, eventStreamResponse } from '@oaikit/testing'

/** One scripted answer: a response, or a function of the request body that makes one. */
export type Answer = Response | ((body: Record<string, unknown>) => Response | Promise<Response>)

/** A client for the scripted API, and the bodies of the requests it sent, in order. */
export interface ScriptedApi {
  client: Client
  requests: Record<string, unknown>[]
}

/**
 * A client whose requests are checked against the spec by the mock API of `@oaikit/testing` (a
 * request that does not conform gets the mock's 400 answer) and answered, in order, by `answers`.
 */
export const scriptedApi = (...answers: Answer[]): ScriptedApi => {
  const spec = createMockTransport()
  const requests: Record<string, unknown>[] = []
  const client = createClient({
    apiKey: 'test-key',
    maxRetries: 0,
    transport: async (request) => {
      const checked = await spec(request.clone())
      if (!checked.ok) return checked
      await checked.body?.cancel()
      const body = (await request.json()) as Record<string, unknown>
      requests.push(body)
      const answer = answers.shift()
      if (!answer) throw new Error(`No scripted answer left for request ${requests.length}`)
      return typeof answer === 'function' ? answer(body) : answer
    },
  })
  return { client, requests }
}

/** A chat completion stream as the API sends it, ending with `data: [DONE]` unless `done` is false. */
export const chatStream = (chunks: readonly unknown[], done = true): Response =>
  eventStreamResponse(
    chunks.map((data) => ({ data })),
    { named: false, done },
  )

/** A Responses event stream as the API sends it: named events, no `[DONE]`. */
export const responseStream = (events: readonly { type: string }[]): Response =>
  eventStreamResponse(
    events.map((data) => ({ event: data.type, data })),
    { named: true, done: false },
  )

/** A body that sends `text` and then ends, whatever it holds: a stream cut at any byte. */
export const rawStream = (text: string): Response =>
  new Response(text, { headers: { 'content-type': 'text/event-stream' } })

/** A chat completion chunk with the fields the API always sends. */
export const chunk = (
  delta: Record<string, unknown>,
  { finish = null, index = 0 }: { finish?: string | null; index?: number } = {},
): Record<string, unknown> => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'gpt-4o',
  choices: [{ index, delta, logprobs: null, finish_reason: finish }],
})

/** The last chunk of a stream with `stream_options.include_usage`: no choices, the usage. */
export const usageChunk = (usage: Record<string, number>): Record<string, unknown> => ({
  id: 'chatcmpl-1',
  object: 'chat.completion.chunk',
  created: 1,
  model: 'gpt-4o',
  choices: [],
  usage,
})

/** A whole chat completion whose only choice says `message`. */
export const completion = (message: Record<string, unknown>, finish = 'stop'): Response =>
  Response.json({
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1,
    model: 'gpt-4o',
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content: null, refusal: null, ...message },
        logprobs: null,
        finish_reason: finish,
      },
    ],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  })

/** Collects every item of an async iterable. */
export const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

/** What a promise rejects with (fails the test when it resolves). */
export const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('Expected a rejection')
}
