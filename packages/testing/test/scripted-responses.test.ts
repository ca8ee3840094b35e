import {
  accumulateResponse,
  collectStream,
  createResponse,
  createResponseStream,
  createStructuredResponse,
  defineTool,
  getResponse,
  jsonSchema,
  outputText,
  runResponseTools,
} from '@oaikit/chat'
import { createMock, streamEventIssue } from '@oaikit/testing'
import { afterEach, describe, expect, it } from 'vitest'
import { type Harness, harnesses } from './mock-harness.ts'

const model = 'gpt-4o-mini'

for (const [name, connect] of harnesses)
  describe(`scripted Responses answers (${name})`, () => {
    let mock: Harness
    afterEach(async () => {
      await mock.close()
    })

    it('answers with the scripted text, and stores the response for getResponse', async () => {
      mock = await connect()
      await mock.script('createResponse', { text: 'Hello from the script.' })
      const response = await createResponse(mock.client, { model, input: 'Hi' })
      expect(outputText(response)).toBe('Hello from the script.')
      expect(response.model).toBe(model)
      const stored = await getResponse(mock.client, response.id)
      expect(stored.id).toBe(response.id)
      expect(outputText(stored)).toBe('Hello from the script.')
    })

    it('runs function calls through runResponseTools to a second step', async () => {
      mock = await connect()
      await mock.script(
        'createResponse',
        {
          toolCalls: [
            { name: 'add', arguments: { a: 2, b: 3 } },
            { name: 'add', arguments: { a: 10, b: 20 } },
          ],
        },
        { text: '5 and 30.' },
      )
      const add = defineTool({
        name: 'add',
        description: 'Adds two numbers',
        parameters: jsonSchema<{ a: number; b: number }>({
          type: 'object',
          properties: { a: { type: 'number' }, b: { type: 'number' } },
          required: ['a', 'b'],
          additionalProperties: false,
        }),
        execute: ({ a, b }) => a + b,
      })
      const result = await runResponseTools(
        mock.client,
        { model, input: 'Add 2+3 and 10+20' },
        { tools: [add] },
      )
      expect(outputText(result.final)).toBe('5 and 30.')
      const [, second] = await mock.requests()
      const outputs = (second!.body!.input as { type: string; output?: string }[]).filter(
        (item) => item.type === 'function_call_output',
      )
      expect(outputs.map((item) => item.output)).toEqual(['5', '30'])
    })

    it('drives a structured Responses output with scripted JSON', async () => {
      mock = await connect()
      await mock.script('createResponse', { json: { answer: 42 } })
      const { data } = await createStructuredResponse(
        mock.client,
        { model, input: 'The answer?' },
        {
          name: 'answer',
          schema: jsonSchema<{ answer: number }>({
            type: 'object',
            properties: { answer: { type: 'number' } },
            required: ['answer'],
            additionalProperties: false,
          }),
        },
      )
      expect(data).toEqual({ answer: 42 })
    })

    it("streams events that match the spec's event schema, ending with response.completed", async () => {
      mock = await connect()
      await mock.script('createResponse', {
        text: 'Streamed words.',
        toolCalls: [{ name: 'lookup', arguments: { q: 'x' } }],
      })
      const events: { type: string }[] = []
      const stream = await createResponseStream(mock.client, { model, input: 'Hi' })
      const final = await collectStream(
        stream.pipeThrough(
          new TransformStream({
            transform(event, controller) {
              events.push(event as { type: string })
              controller.enqueue(event)
            },
          }),
        ),
        accumulateResponse,
      )
      expect(events.map((event) => streamEventIssue('createResponse', event))).toEqual(
        events.map(() => undefined),
      )
      expect(events[0]!.type).toBe('response.created')
      expect(events.at(-1)!.type).toBe('response.completed')
      expect(outputText(final)).toBe('Streamed words.')
      expect(final.output.find((item) => item.type === 'function_call')).toMatchObject({
        name: 'lookup',
        arguments: '{"q":"x"}',
      })
    })

    it('answers with output items as they are', async () => {
      mock = await connect()
      const item = {
        id: 'fc_1',
        type: 'function_call',
        call_id: 'call_1',
        name: 'ping',
        arguments: '{}',
        status: 'completed',
      }
      await mock.script('createResponse', { output: [item] })
      const response = await createResponse(mock.client, { model, input: 'Hi' })
      expect(response.output).toEqual([item])
    })
  })

describe('scripted Responses stream frames', () => {
  it('name each event by its type and end with response.completed, without [DONE]', async () => {
    const mock = createMock()
    mock.script('createResponse', { text: 'Hi there.' })
    const response = await mock.transport(
      new Request('https://api.openai.com/v1/responses', {
        method: 'POST',
        headers: { authorization: 'Bearer test-key', 'content-type': 'application/json' },
        body: JSON.stringify({ model, input: 'Hi', stream: true }),
      }),
    )
    const frames = (await response.text()).split('\n\n').filter(Boolean)
    expect(frames[0]).toMatch(/^event: response\.created\ndata: \{"type":"response\.created"/)
    expect(frames.at(-1)).toMatch(/^event: response\.completed\ndata: /)
    expect(frames.every((frame) => frame.startsWith('event: '))).toBe(true)
  })
})
