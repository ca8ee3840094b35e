import {
  accumulateChatCompletion,
  collectStream,
  createChatCompletion,
  createChatCompletionStream,
  createStructuredChatCompletion,
  defineTool,
  jsonSchema,
  runChatTools,
  textDeltas,
} from '@oaikit/chat'
import { APIError, createClient } from '@oaikit/core'
import { createMock } from '@oaikit/testing'
import { afterEach, describe, expect, it } from 'vitest'
import { type Harness, harnesses, rejection } from './mock-harness.ts'

const model = 'gpt-4o-mini'
const messages = [{ role: 'user' as const, content: 'Weather in Paris and Rome?' }]

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = []
  for await (const item of items) all.push(item)
  return all
}

for (const [name, connect] of harnesses)
  describe(`scripted chat answers (${name})`, () => {
    let mock: Harness
    afterEach(async () => {
      await mock.close()
    })

    it('answers with the scripted text, for the model the request named, then with the example again', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { text: 'Bonjour.' })
      const first = await createChatCompletion(mock.client, { model, messages })
      expect(first.choices[0]!.message).toMatchObject({
        role: 'assistant',
        content: 'Bonjour.',
        refusal: null,
      })
      expect(first.model).toBe(model)
      const second = await createChatCompletion(mock.client, { model, messages })
      expect(second.choices[0]!.message.content).not.toBe('Bonjour.')
      expect(await mock.pending()).toBe(0)
    })

    it('still validates the request, and keeps the script for the next valid one', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { text: 'Valid.' })
      const error = await rejection(createChatCompletion(mock.client, { model } as never))
      expect(APIError.isInstance(error) && error.status).toBe(400)
      expect(await mock.pending('createChatCompletion')).toBe(1)
      const answer = await createChatCompletion(mock.client, { model, messages })
      expect(answer.choices[0]!.message.content).toBe('Valid.')
    })

    it('answers with a refusal', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { refusal: 'I cannot help with that.' })
      const answer = await createChatCompletion(mock.client, { model, messages })
      expect(answer.choices[0]!.message).toMatchObject({ content: null, refusal: 'I cannot help with that.' })
    })

    it('runs a tool loop with two parallel calls and a real second step', async () => {
      mock = await connect()
      await mock.script(
        'createChatCompletion',
        {
          toolCalls: [
            { name: 'weather', arguments: { city: 'Paris' } },
            { name: 'weather', arguments: { city: 'Rome' } },
          ],
        },
        { text: 'Paris 21°C, Rome 25°C.' },
      )
      let running = 0
      let peak = 0
      const weather = defineTool({
        name: 'weather',
        description: 'The weather in a city',
        parameters: jsonSchema<{ city: string }>({
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
          additionalProperties: false,
        }),
        execute: async ({ city }) => {
          peak = Math.max(peak, ++running)
          await new Promise((resolve) => setTimeout(resolve, 5))
          running--
          return { city, celsius: city === 'Paris' ? 21 : 25 }
        },
      })
      const result = await runChatTools(mock.client, { model, messages }, { tools: [weather] })
      expect(peak).toBe(2)
      expect(result.steps).toHaveLength(2)
      expect(result.final.choices[0]!.message.content).toBe('Paris 21°C, Rome 25°C.')
      const [, second] = await mock.requests()
      const calls = (result.steps[0]!.choices[0]!.message.tool_calls ?? []).map((call) => call.id)
      expect(new Set(calls).size).toBe(2)
      const tools = (
        second!.body!.messages as { role: string; tool_call_id?: string; content?: string }[]
      ).filter((message) => message.role === 'tool')
      expect(tools).toEqual([
        { role: 'tool', tool_call_id: calls[0], content: '{"city":"Paris","celsius":21}' },
        { role: 'tool', tool_call_id: calls[1], content: '{"city":"Rome","celsius":25}' },
      ])
    })

    it('drives a structured output with scripted JSON', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { json: { city: 'Paris', celsius: 21 } })
      const { data } = await createStructuredChatCompletion(
        mock.client,
        { model, messages },
        {
          name: 'weather',
          schema: jsonSchema<{ city: string; celsius: number }>({
            type: 'object',
            properties: { city: { type: 'string' }, celsius: { type: 'number' } },
            required: ['city', 'celsius'],
            additionalProperties: false,
          }),
        },
      )
      expect(data).toEqual({ city: 'Paris', celsius: 21 })
    })

    it('streams the scripted text word by word, with the usage asked for', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { text: 'One two three.' }, { text: 'Four five.' })
      const stream = await createChatCompletionStream(mock.client, { model, messages })
      expect(await collect(textDeltas(stream))).toEqual(['One ', 'two ', 'three.'])
      const chunks = await collect(
        await createChatCompletionStream(mock.client, {
          model,
          messages,
          stream_options: { include_usage: true },
        }),
      )
      expect(chunks.at(-1)).toMatchObject({ choices: [], usage: { total_tokens: expect.any(Number) } })
    })

    it('streams tool calls that accumulate into the scripted calls', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', {
        toolCalls: [{ name: 'weather', arguments: '{"city":"Paris"}', id: 'call_paris' }],
      })
      const stream = await createChatCompletionStream(mock.client, { model, messages })
      const completion = await collectStream(stream, accumulateChatCompletion)
      expect(completion.choices[0]!.finish_reason).toBe('tool_calls')
      expect(completion.choices[0]!.message.tool_calls).toEqual([
        { id: 'call_paris', type: 'function', function: { name: 'weather', arguments: '{"city":"Paris"}' } },
      ])
    })

    it('answers with a scripted error in the API shape', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', {
        error: { status: 400, message: 'Bad model.', code: 'model_not_found', param: 'model' },
      })
      const error = await rejection(createChatCompletion(mock.client, { model, messages }))
      expect(APIError.isInstance(error) && [error.status, error.code, error.param]).toEqual([
        400,
        'model_not_found',
        'model',
      ])
    })

    it('refuses a script that does not fit the operation with a mock_error naming it', async () => {
      mock = await connect()
      await mock.script('createChatCompletion', { output: [] })
      const error = await rejection(createChatCompletion(mock.client, { model, messages }))
      expect(APIError.isInstance(error) && error.status).toBe(500)
      expect(String((error as Error).message)).toContain('createChatCompletion')
    })
  })

describe('function answers (in-process)', () => {
  it('write the answer from the validated request', async () => {
    const mock = createMock()
    mock.script('createChatCompletion', ({ body }) => ({
      text: `echo: ${(body!.messages as { content: string }[]).at(-1)!.content}`,
    }))
    const client = createClient({ apiKey: 'test-key', transport: mock.transport })
    const answer = await createChatCompletion(client, { model, messages })
    expect(answer.choices[0]!.message.content).toBe(`echo: ${messages[0]!.content}`)
  })

  it('that throw give a mock_error naming the operation, which the client does not retry', async () => {
    const mock = createMock()
    mock.script('createChatCompletion', () => {
      throw new Error('no answer for this')
    })
    const client = createClient({ apiKey: 'test-key', transport: mock.transport, maxRetries: 2 })
    const error = await rejection(createChatCompletion(client, { model, messages }))
    expect(APIError.isInstance(error) && [error.status, error.type]).toEqual([500, 'mock_error'])
    expect((error as Error).message).toContain('createChatCompletion threw: no answer for this')
    expect(mock.requests).toHaveLength(1)
  })
})
