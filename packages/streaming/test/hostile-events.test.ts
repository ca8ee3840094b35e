import { APIError, createClient } from '@oaikit/core'
import { StreamError, streamRequest } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { bytes, collect, streamOf } from './helpers.ts'

// A key that is not `sk-`-shaped (an Azure or proxy key): masked because it is the client's.
const key = 'azure-3f2a9c1d8e7b6a5f4c3d2e1f0a9b8c7d'
const other = 'sk-proj-someone-elses-key-123'
const chat = { method: 'POST', path: '/chat/completions', body: { model: 'm', stream: true } } as const

/** The failure of a stream whose server sends `text`, echoing the client's key where it says `KEY`. */
const failureOf = async (text: string) => {
  const client = createClient({
    apiKey: key,
    transport: async () =>
      new Response(streamOf([bytes(text.replaceAll('KEY', key))]), {
        headers: { 'content-type': 'text/event-stream', 'x-echo': `session=${key}` },
      }),
  })
  const stream = await streamRequest<unknown>(client, chat)
  return (await collect(stream).then(
    () => {
      throw new Error('expected the stream to fail')
    },
    (error: unknown) => error,
  )) as Error
}

/** Every text of an error a user could log or send on. */
const texts = (error: Error) =>
  [
    error.message,
    String(error),
    JSON.stringify(error),
    error.stack ?? '',
    JSON.stringify(Object.values(error)),
  ].join()

describe('secrets a server echoes in a stream never reach the error', () => {
  it.each([
    [
      'an event: error with JSON data',
      `event: error\ndata: {"error":{"message":"bad key KEY","param":"KEY"}}\n\n`,
    ],
    [
      'an event: error with text data',
      `event: error\ndata: Incorrect API key provided: KEY and ${other}\n\n`,
    ],
    ['an error payload', `data: {"error":{"message":"Bearer KEY","code":"KEY"}}\n\n`],
    ['a type: error event', `data: {"type":"error","message":"KEY ${other}"}\n\n`],
  ])('%s is an APIError with the keys masked', async (_, text) => {
    const error = await failureOf(text)
    expect(APIError.isInstance(error)).toBe(true)
    expect(error.message).toContain('[redacted]')
    expect(texts(error)).not.toContain(key)
    expect(texts(error)).not.toContain(other)
  })

  it('a non-JSON event is a StreamError whose excerpt has the keys masked', async () => {
    const error = await failureOf(`data: {"n":1}\n\ndata: KEY ${other} is not JSON\n\n`)
    expect(StreamError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ kind: 'invalid-json', index: 1 })
    expect(error.message).toContain('[redacted] [redacted] is not JSON')
    expect(texts(error)).not.toContain(key)
    expect(texts(error)).not.toContain(other)
  })

  it("keeps the response headers off the error's enumerable fields", async () => {
    const error = (await failureOf('event: error\ndata: {"message":"x"}\n\n')) as APIError
    expect(error.headers.get('x-echo')).toContain(key)
    expect(Object.keys(error)).not.toContain('headers')
    expect(texts(error)).not.toContain(key)
  })
})

describe('events that are not JSON objects', () => {
  it.each([
    ['null', 'data: null\n\n'],
    ['a number', 'data: 42\n\n'],
    ['a string', 'data: "text"\n\n'],
  ])('data: %s fails the stream as invalid-json, never reaching it as a chunk', async (_, text) => {
    const error = await failureOf(`data: {"n":1}\n\n${text}data: [DONE]\n\n`)
    expect(StreamError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ kind: 'invalid-json', index: 1 })
    expect(error.message).toMatch(/^Event 1 of the stream is not a JSON object: /)
  })
})
