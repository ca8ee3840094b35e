import { createChatCompletion, createChatCompletionStream } from '@oaikit/chat'
import { APIConnectionError, APIError, APITimeoutError, getResponseMeta } from '@oaikit/core'
import { afterEach, describe, expect, it } from 'vitest'
import { type Harness, harnesses, rejection } from './mock-harness.ts'

const body = { model: 'gpt-4o-mini', messages: [{ role: 'user' as const, content: 'Hi' }] }

const readAll = async (stream: AsyncIterable<unknown>, seen: unknown[]): Promise<void> => {
  for await (const chunk of stream) seen.push(chunk)
}

for (const [name, connect] of harnesses)
  describe(`fault knobs (${name})`, () => {
    let mock: Harness
    afterEach(async () => {
      await mock.close()
    })

    it('waits the latency before answering; a shorter timeout gives up first', async () => {
      mock = await connect()
      await mock.script(
        'createChatCompletion',
        { text: 'Late.', latency: 300 },
        { text: 'Later.', latency: 60 },
      )
      const error = await rejection(createChatCompletion(mock.client, body, { timeout: 50 }))
      expect(APITimeoutError.isInstance(error)).toBe(true)
      const started = Date.now()
      const answer = await createChatCompletion(mock.client, body)
      expect(Date.now() - started).toBeGreaterThanOrEqual(50)
      expect(answer.choices[0]!.message.content).toBe('Later.')
    })

    it('stalls a stream after N events, until the idle timeout ends it', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { text: 'one two three four', stallAfter: 2 })
      const seen: unknown[] = []
      const stream = await createChatCompletionStream(mock.client, body, { idleTimeout: 150 })
      const error = await rejection(readAll(stream, seen))
      expect(APITimeoutError.isInstance(error)).toBe(true)
      expect(seen).toHaveLength(2)
    })

    it('resets the connection mid-stream after N events', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { text: 'one two three four', resetAfter: 3 })
      const seen: unknown[] = []
      const error = await rejection(readAll(await createChatCompletionStream(mock.client, body), seen))
      expect(APIConnectionError.isInstance(error)).toBe(true)
      expect(seen).toHaveLength(3)
    })

    it('resets the connection in the middle of a JSON body', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { text: 'cut', resetAfter: 20 })
      const error = await rejection(createChatCompletion(mock.client, body))
      expect(APIConnectionError.isInstance(error)).toBe(true)
    })

    it('sends an error event mid-stream after N events', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', {
        text: 'one two three',
        errorAfter: 2,
        errorMessage: 'Overloaded mid-stream.',
      })
      const seen: unknown[] = []
      const error = await rejection(readAll(await createChatCompletionStream(mock.client, body), seen))
      expect(APIError.isInstance(error)).toBe(true)
      expect((error as Error).message).toContain('Overloaded mid-stream.')
      expect(seen).toHaveLength(2)
    })

    it('answers 429 with retry-after-ms, which the client waits and retries', async () => {
      mock = await connect({ maxRetries: 2 })
      await mock.script(
        'createChatCompletion',
        { error: { status: 429, message: 'Slow down.', retryAfterMs: 40 } },
        { text: 'After the retry.' },
      )
      const started = Date.now()
      const answer = await createChatCompletion(mock.client, body)
      expect(answer.choices[0]!.message.content).toBe('After the retry.')
      expect(Date.now() - started).toBeGreaterThanOrEqual(35)
      expect(await mock.requests()).toHaveLength(2)
    })

    it('sends the headers a script gives, the rate-limit ones included', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', {
        text: 'Counted.',
        headers: { 'x-ratelimit-remaining-requests': '41', 'x-ratelimit-limit-requests': '50' },
      })
      const answer = await createChatCompletion(mock.client, body)
      expect(getResponseMeta(answer)?.rateLimit).toMatchObject({ remainingRequests: 41, limitRequests: 50 })
    })

    it('answers a 503 with retry-after in seconds', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { error: { status: 503, retryAfter: 7 } })
      const error = await rejection(createChatCompletion(mock.client, body))
      expect(
        APIError.isInstance(error) && [error.status, error.type, error.headers.get('retry-after')],
      ).toEqual([503, 'server_error', '7'])
    })
  })
