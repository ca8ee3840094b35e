// The first mistakes of a new user, as they make them on every runtime: each is met by a typed
// error that says what was wrong, before anything is sent where it can be, and caught with
// imports from the package they called.
import {
  APIError,
  createChatCompletion,
  createChatCompletionStream,
  InvalidInputError,
  StreamError,
} from '@oaikit/chat'
import { createClient } from '@oaikit/core'
import { createMock } from '@oaikit/testing'
import { describe, expect, it } from 'vitest'
import { rejection } from './scripted-api.ts'

const body = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'Hello' }] }
// What a process reads from an environment where OPENAI_API_KEY is not set.
const environment: Record<string, string | undefined> = {}

describe('the first mistakes of a new user', () => {
  it('an unset key fails before anything is sent, saying which option', async () => {
    const mock = createMock()
    const client = createClient({ apiKey: environment.OPENAI_API_KEY, transport: mock.transport })
    const error = await rejection(createChatCompletion(client, body))
    expect(InvalidInputError.isInstance(error) && error.message).toBe('Invalid apiKey: undefined')
    expect(mock.requests).toHaveLength(0)
  })

  it('a baseURL without its scheme fails before anything is sent, naming the option', async () => {
    const mock = createMock()
    const client = createClient({
      apiKey: 'ek_test',
      baseURL: 'api.openai.com/v1',
      transport: mock.transport,
    })
    const error = await rejection(createChatCompletion(client, body))
    expect(InvalidInputError.isInstance(error) && error.message).toBe('Invalid baseURL')
    expect(mock.requests).toHaveLength(0)
  })

  it('an API that cannot be reached is an APIError of kind connection, naming the host', async () => {
    const client = createClient({ apiKey: 'ek_test', baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0 })
    const error = await rejection(createChatCompletion(client, body))
    expect(error).toBeInstanceOf(APIError)
    expect(APIError.isInstance(error) && [error.kind, error.status]).toEqual(['connection', undefined])
    expect((error as Error).message).toMatch(/^Connection to 127\.0\.0\.1:9 failed: \S/)
  })

  it('iterates a stream whether or not the call is awaited', async () => {
    const mock = createMock().script('createChatCompletion', { text: 'Hi there' }, { text: 'Hi there' })
    const client = createClient({ apiKey: 'ek_test', transport: mock.transport })
    const texts: string[] = []
    for (const stream of [
      createChatCompletionStream(client, body),
      await createChatCompletionStream(client, body),
    ]) {
      let text = ''
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? ''
      texts.push(text)
    }
    expect(texts).toEqual(['Hi there', 'Hi there'])
  })

  it('a stream cut midway fails the loop with an APIError, never a short answer', async () => {
    const mock = createMock().script('createChatCompletion', {
      text: 'A long answer, cut before its end',
      resetAfter: 2,
    })
    const client = createClient({ apiKey: 'ek_test', transport: mock.transport, maxRetries: 0 })
    const seen: unknown[] = []
    const error = await rejection(
      (async () => {
        for await (const chunk of createChatCompletionStream(client, body)) seen.push(chunk)
      })(),
    )
    expect(seen.length).toBeGreaterThan(0)
    expect(APIError.isInstance(error) && error.kind).toBe('connection')
    expect(StreamError.isInstance(error)).toBe(false)
  })

  it('a timeout and an abort are APIErrors of their own kind', async () => {
    const mock = createMock().script('createChatCompletion', { text: 'Late', latency: 5_000 })
    const client = createClient({ apiKey: 'ek_test', transport: mock.transport, maxRetries: 0 })
    const late = await rejection(createChatCompletion(client, body, { timeout: 20 }))
    expect(APIError.isInstance(late) && [late.kind, late.status, late.isRetryable]).toEqual([
      'timeout',
      undefined,
      true,
    ])
    const controller = new AbortController()
    const call = createChatCompletion(client, body, { signal: controller.signal })
    controller.abort(new Error('the user left'))
    const aborted = await rejection(call)
    expect(APIError.isInstance(aborted) && [aborted.kind, aborted.isRetryable]).toEqual(['abort', false])
    expect((aborted as Error).cause).toEqual(new Error('the user left'))
  })
})
