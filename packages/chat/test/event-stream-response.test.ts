import {
  accumulateChatCompletion,
  accumulateResponse,
  type CreateChatCompletionStreamResponse,
  collectStream,
  createChatCompletionStream,
  createResponseStream,
  fromEventStreamResponse,
  type ResponseStreamEvent,
  textDeltas,
  toEventStreamResponse,
} from '@oaikit/chat'
import { APIConnectionError, APIError } from '@oaikit/core'
import { StreamError } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { responseEvents } from './response-events.ts'
import { chatStream, chunk, collect, rejection, responseStream, scriptedApi } from './scripted-api.ts'

const messages = [{ role: 'user' as const, content: 'Hi' }]
const chunks = [
  chunk({ role: 'assistant', content: '' }),
  chunk({ content: 'Hel' }),
  chunk({ content: 'lo' }),
  chunk({}, { finish: 'stop' }),
]

describe('toEventStreamResponse and fromEventStreamResponse', () => {
  it('forward a chat stream as Server-Sent Events and read it back unchanged', async () => {
    const { client } = scriptedApi(chatStream(chunks))
    const forwarded = toEventStreamResponse(
      await createChatCompletionStream(client, { model: 'gpt-4o', messages }),
      {
        headers: { 'x-custom': 'yes' },
      },
    )
    expect(forwarded.headers.get('content-type')).toBe('text/event-stream; charset=utf-8')
    expect(forwarded.headers.get('x-custom')).toBe('yes')
    const stream = await fromEventStreamResponse<CreateChatCompletionStreamResponse>(forwarded)
    expect(stream).toBeInstanceOf(ReadableStream)
    expect(await collect(stream)).toEqual(chunks)
  })

  it('frame Responses events with their type as the event name', async () => {
    const events = responseEvents()
    const { client } = scriptedApi(responseStream(events))
    const text = await toEventStreamResponse(
      await createResponseStream(client, { model: 'gpt-4o', input: 'Hi' }),
    ).text()
    expect(text.startsWith(`event: response.created\ndata: ${JSON.stringify(events[0])}\n\n`)).toBe(true)
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true)
    const stream = await fromEventStreamResponse<ResponseStreamEvent>(new Response(text))
    expect(await collectStream(stream, accumulateResponse)).toEqual(events.at(-1)!.response)
  })

  it('read back the API body passed through as-is, given the format of the stream', async () => {
    const { client } = scriptedApi(responseStream(responseEvents()))
    const original = await createResponseStream(client, { model: 'gpt-4o', input: 'Hi' })
    const passedThrough = toEventStreamResponse(original)
    const body = (await passedThrough.text()).replace('data: [DONE]\n\n', '')
    const stream = await fromEventStreamResponse<ResponseStreamEvent>(new Response(body), {
      end: ['response.completed', 'response.failed', 'response.incomplete'],
    })
    expect(await collect(textDeltas(stream))).toEqual(['Check', 'ing.'])
  })

  it('let a Worker keep the completion while it forwards the stream (tee)', async () => {
    const { client } = scriptedApi(chatStream(chunks))
    const [forward, keep] = (await createChatCompletionStream(client, { model: 'gpt-4o', messages })).tee()
    const [text, completion] = await Promise.all([
      (async () =>
        (await collect(textDeltas(await fromEventStreamResponse(toEventStreamResponse(forward))))).join(
          '',
        ))(),
      collectStream(keep, accumulateChatCompletion),
    ])
    expect(text).toBe('Hello')
    expect(completion.choices[0]!.message.content).toBe('Hello')
  })

  it('pass an error event of the source on to the reader as an APIError', async () => {
    const { client } = scriptedApi(
      chatStream([
        chunk({ content: 'Hel' }),
        { error: { message: 'Overloaded', type: 'server_error', code: 'overloaded' } },
      ]),
    )
    const forwarded = toEventStreamResponse(
      await createChatCompletionStream(client, { model: 'gpt-4o', messages }),
    )
    const seen: string[] = []
    const error = await rejection(
      (async () => {
        for await (const text of textDeltas(await fromEventStreamResponse(forwarded))) seen.push(text)
      })(),
    )
    expect(seen).toEqual(['Hel'])
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ message: 'Overloaded', type: 'server_error', code: 'overloaded' })
  })

  it('turn a source cut midway into an error for the reader, never a short answer', async () => {
    const { client } = scriptedApi(chatStream(chunks.slice(0, 2), false))
    const forwarded = toEventStreamResponse(
      await createChatCompletionStream(client, { model: 'gpt-4o', messages }),
    )
    const error = await rejection(
      collectStream(
        await fromEventStreamResponse<CreateChatCompletionStreamResponse>(forwarded),
        accumulateChatCompletion,
      ),
    )
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ type: 'stream_error', code: 'incomplete' })
  })

  it('mask an sk- key that an error answer echoes', async () => {
    const echo = Response.json({ error: { message: 'Bad key sk-proj-ECHOED1' } }, { status: 401 })
    const error = await rejection(fromEventStreamResponse(echo))
    expect(APIError.isInstance(error) && [error.status, error.message]).toEqual([401, 'Bad key [redacted]'])
    expect(JSON.stringify(error) + String(error)).not.toContain('ECHOED1')
  })

  it('name a connection lost midway in the error the reader gets', async () => {
    async function* cut() {
      yield chunks[0]
      throw new APIConnectionError({ message: 'Connection to api.openai.com failed: ECONNRESET' })
    }
    const error = await rejection(collect(await fromEventStreamResponse(toEventStreamResponse(cut()))))
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({
      message: 'Connection to api.openai.com failed: ECONNRESET',
      type: 'stream_error',
      code: 'APIConnectionError',
    })
  })

  it('hide the message of an error that is not an oaikit error', async () => {
    async function* failing() {
      yield chunks[0]
      throw new Error('internal detail: db password')
    }
    const error = await rejection(collect(await fromEventStreamResponse(toEventStreamResponse(failing()))))
    expect(error).toMatchObject({ message: 'The upstream stream failed', type: 'stream_error' })
  })

  it('fail the reader when the forwarded body is cut', async () => {
    const first = `data: ${JSON.stringify(chunks[0])}\n\n`
    const error = await rejection(collect(await fromEventStreamResponse(new Response(first))))
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
  })

  it('cancel the source when the reader goes away', async () => {
    let cancelled = false
    async function* source() {
      try {
        yield chunks[0]
        yield chunks[1]
      } finally {
        cancelled = true
      }
    }
    const body = toEventStreamResponse(source()).body!
    const reader = body.getReader()
    await reader.read()
    await reader.cancel()
    expect(cancelled).toBe(true)
  })

  it('reject an error status with an APIError carrying the API error', async () => {
    const answer = Response.json(
      { error: { message: 'Rate limited', type: 'requests', code: 'rate_limit_exceeded' } },
      { status: 429 },
    )
    const error = await rejection(fromEventStreamResponse(answer))
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({
      status: 429,
      kind: 'rate_limit',
      message: 'Rate limited',
      code: 'rate_limit_exceeded',
    })
  })

  it('reject an error status whose body is not JSON', async () => {
    const error = await rejection(fromEventStreamResponse(new Response('Bad gateway', { status: 502 })))
    expect(error).toMatchObject({ status: 502, message: 'HTTP 502 Bad gateway' })
  })

  it('reject a response without a body', async () => {
    const error = await rejection(fromEventStreamResponse(new Response(null, { status: 200 })))
    expect(StreamError.isInstance(error) && error.kind).toBe('no-body')
  })
})
