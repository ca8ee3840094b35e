import {
  createStructuredChatCompletion,
  createStructuredResponse,
  defineTool,
  runChatTools,
  runResponseTools,
  StructuredOutputError,
} from '@oaikit/chat'
import { InvalidInputError } from '@oaikit/core'
import { toStandardJsonSchema } from '@valibot/to-json-schema'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { responseBase } from './response-events.ts'
import { completion, rejection, scriptedApi } from './scripted-api.ts'

const messages = [{ role: 'user' as const, content: 'Weather in Paris?' }]
const zodWeather = z.object({ city: z.string(), celsius: z.number() })
const valibotWeather = toStandardJsonSchema(v.object({ city: v.string(), celsius: v.number() }))

/** A completed response whose only output is `output`. */
const responseWith = (output: unknown[]) => Response.json({ ...responseBase, status: 'completed', output })

/** A response whose output message says `text`. */
const textResponse = (text: string) =>
  responseWith([
    {
      id: 'msg_1',
      type: 'message',
      status: 'completed',
      role: 'assistant',
      content: [{ type: 'output_text', text, annotations: [] }],
    },
  ])

/** A chat completion that calls the `weather` tool with each of `args`. */
const weatherCalls = (...args: string[]) =>
  completion(
    {
      tool_calls: args.map((text, index) => ({
        id: `call_${index + 1}`,
        type: 'function',
        function: { name: 'weather', arguments: text },
      })),
    },
    'tool_calls',
  )

describe('zod', () => {
  it('sends its input JSON Schema, objects closed, as the strict format and returns the parsed data', async () => {
    const { client, requests } = scriptedApi(completion({ content: '{"city":"Paris","celsius":21}' }))
    const { data } = await createStructuredChatCompletion(
      client,
      { model: 'gpt-4o', messages },
      { schema: zodWeather, name: 'weather' },
    )
    expect(data).toEqual({ city: 'Paris', celsius: 21 })
    expect(requests[0]!.response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'weather',
        strict: true,
        schema: {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'object',
          properties: { city: { type: 'string' }, celsius: { type: 'number' } },
          required: ['city', 'celsius'],
          additionalProperties: false,
        },
      },
    })
  })

  it("returns the schema's output, transforms applied", async () => {
    const schema = z.object({ celsius: z.number().transform((celsius) => celsius * 1.8 + 32) })
    const { client } = scriptedApi(textResponse('{"celsius":20}'))
    const { data } = await createStructuredResponse(
      client,
      { model: 'gpt-4o', input: 'Weather?' },
      { schema },
    )
    expect(data).toEqual({ celsius: 68 })
  })

  it('fails with an invalid-output error that carries the issues zod found', async () => {
    const { client } = scriptedApi(completion({ content: '{"city":"Paris","celsius":"warm"}' }))
    const error = await rejection(
      createStructuredChatCompletion(client, { model: 'gpt-4o', messages }, { schema: zodWeather }),
    )
    expect(StructuredOutputError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({
      kind: 'invalid-output',
      text: '{"city":"Paris","celsius":"warm"}',
      issues: [{ code: 'invalid_type', expected: 'number', path: ['celsius'] }],
    })
    expect((error as Error).message).toMatch(/^The structured output does not match its schema: celsius: /)
  })

  it('takes what z.toJSONSchema returns as the Standard JSON Schema it also is', async () => {
    const { client } = scriptedApi(textResponse('{"city":"Rome","celsius":"hot"}'))
    const error = await rejection(
      createStructuredResponse(
        client,
        { model: 'gpt-4o', input: 'Weather?' },
        { schema: z.toJSONSchema(zodWeather) },
      ),
    )
    expect(error).toMatchObject({ kind: 'invalid-output', issues: [{ path: ['celsius'] }] })
  })

  it('closes every object the schema leaves open, nested ones included, and keeps those it opens', async () => {
    const schema = z.object({
      place: z.object({ city: z.string() }),
      days: z.array(z.object({ celsius: z.number() })),
      note: z.object({ text: z.string() }).nullable(),
      extra: z.looseObject({ id: z.string() }),
    })
    const { client, requests } = scriptedApi(
      completion({ content: '{"place":{"city":"Oslo"},"days":[],"note":null,"extra":{"id":"1","more":2}}' }),
    )
    const { data } = await createStructuredChatCompletion(client, { model: 'gpt-4o', messages }, { schema })
    expect(data.extra).toEqual({ id: '1', more: 2 })
    const closed = (properties: Record<string, unknown>) => ({
      type: 'object',
      properties,
      required: Object.keys(properties),
      additionalProperties: false,
    })
    expect(requests[0]!.response_format).toMatchObject({
      json_schema: {
        schema: {
          $schema: 'http://json-schema.org/draft-07/schema#',
          ...closed({
            place: closed({ city: { type: 'string' } }),
            days: { type: 'array', items: closed({ celsius: { type: 'number' } }) },
            note: { anyOf: [closed({ text: { type: 'string' } }), { type: 'null' }] },
            extra: { ...closed({ id: { type: 'string' } }), additionalProperties: {} },
          }),
        },
      },
    })
  })

  it('checks tool arguments, and reports the arguments it rejects to the model instead of throwing', async () => {
    const cities: string[] = []
    const weather = defineTool({
      name: 'weather',
      parameters: z.object({ city: z.string() }),
      execute: ({ city }) => {
        cities.push(city)
        return { city, celsius: 21 }
      },
    })
    const { client, requests } = scriptedApi(
      weatherCalls('{"city":42}', '{"city":"Oslo"}'),
      completion({ content: 'Oslo: 21°C.' }),
    )
    const { final } = await runChatTools(client, { model: 'gpt-4o', messages }, { tools: [weather] })
    expect(final.choices[0]!.message.content).toBe('Oslo: 21°C.')
    expect(cities).toEqual(['Oslo'])
    expect((requests[0]!.tools as unknown[])[0]).toEqual({
      type: 'function',
      function: {
        name: 'weather',
        parameters: {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'object',
          properties: { city: { type: 'string' } },
          required: ['city'],
          additionalProperties: false,
        },
        strict: false,
      },
    })
    const results = (requests[1]!.messages as { role: string; content: string }[]).filter(
      ({ role }) => role === 'tool',
    )
    expect(results[0]!.content).toMatch(/^Error: Invalid arguments: city: Invalid input: expected string/)
    expect(results[1]!.content).toBe('{"city":"Oslo","celsius":21}')
  })
})

describe('valibot', () => {
  it('sends the JSON Schema of @valibot/to-json-schema, objects closed, and returns the parsed data', async () => {
    const { client, requests } = scriptedApi(textResponse('{"city":"Lima","celsius":18}'))
    const { data } = await createStructuredResponse(
      client,
      { model: 'gpt-4o', input: 'Weather?' },
      { schema: valibotWeather, name: 'weather' },
    )
    expect(data).toEqual({ city: 'Lima', celsius: 18 })
    expect(requests[0]!.text).toEqual({
      format: {
        type: 'json_schema',
        name: 'weather',
        strict: true,
        schema: {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'object',
          properties: { city: { type: 'string' }, celsius: { type: 'number' } },
          required: ['city', 'celsius'],
          additionalProperties: false,
        },
      },
    })
  })

  it('fails with an invalid-output error that carries the issues valibot found', async () => {
    const { client } = scriptedApi(completion({ content: '{"city":"Lima"}' }))
    const error = await rejection(
      createStructuredChatCompletion(client, { model: 'gpt-4o', messages }, { schema: valibotWeather }),
    )
    expect(error).toMatchObject({
      name: 'StructuredOutputError',
      kind: 'invalid-output',
      issues: [{ kind: 'schema', path: [{ key: 'celsius' }] }],
    })
    expect((error as Error).message).toMatch(/: celsius: Invalid key: Expected "celsius"/)
  })

  it('checks tool arguments in the Responses loop, and reports the arguments it rejects to the model', async () => {
    const weather = defineTool({
      name: 'weather',
      parameters: toStandardJsonSchema(v.object({ city: v.pipe(v.string(), v.minLength(2)) })),
      strict: true,
      execute: ({ city }) => `Sunny in ${city}`,
    })
    const call = (callId: string, args: string) => ({
      id: `fc_${callId}`,
      type: 'function_call',
      status: 'completed',
      call_id: callId,
      name: 'weather',
      arguments: args,
    })
    const { client, requests } = scriptedApi(
      responseWith([call('call_1', '{"city":"X"}'), call('call_2', '{"city":"Rome"}')]),
      textResponse('Sunny in Rome.'),
    )
    await runResponseTools(client, { model: 'gpt-4o', input: 'Weather in X and Rome?' }, { tools: [weather] })
    expect(requests[0]!.tools).toEqual([
      {
        type: 'function',
        name: 'weather',
        parameters: {
          $schema: 'http://json-schema.org/draft-07/schema#',
          type: 'object',
          properties: { city: { type: 'string', minLength: 2 } },
          required: ['city'],
          additionalProperties: false,
        },
        strict: true,
      },
    ])
    const outputs = (requests[1]!.input as { type?: string; output?: string }[]).filter(
      ({ type }) => type === 'function_call_output',
    )
    expect(outputs.map(({ output }) => output)).toEqual([
      expect.stringMatching(/^Error: Invalid arguments: city: Invalid length: Expected >=2/),
      'Sunny in Rome',
    ])
  })

  it('is refused with an InvalidInputError when it has no JSON Schema', async () => {
    const { client, requests } = scriptedApi()
    const error = await rejection(
      createStructuredChatCompletion(
        client,
        { model: 'gpt-4o', messages },
        { schema: v.object({ city: v.string() }) },
      ),
    )
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect((error as Error).message).toMatch(/^This valibot schema has no JSON Schema/)
    expect(requests).toEqual([])
  })
})
