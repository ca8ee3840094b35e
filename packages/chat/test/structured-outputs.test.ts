import {
  accumulateChatCompletion,
  chatResponseFormat,
  collectStream,
  createChatCompletionStream,
  createStructuredChatCompletion,
  createStructuredResponse,
  jsonSchema,
  parseChatCompletion,
  StructuredOutputError,
} from '@oaikit/chat'
import { describe, expect, it } from 'vitest'
import { responseBase } from './response-events.ts'
import { chatStream, chunk, completion, rejection, scriptedApi } from './scripted-api.ts'
import { objectSchema } from './standard-schema.ts'

const messages = [{ role: 'user' as const, content: 'Weather in Paris?' }]
const responseWith = (content: unknown[], extra: Record<string, unknown> = {}) =>
  Response.json({
    ...responseBase,
    status: 'completed',
    output: [{ id: 'msg_1', type: 'message', status: 'completed', role: 'assistant', content }],
    ...extra,
  })

describe('structured outputs', () => {
  it('sends a strict json_schema format built from a Standard JSON Schema and returns the validated data', async () => {
    const targets: string[] = []
    const { client, requests } = scriptedApi(completion({ content: '{"city":"Paris","celsius":21}' }))
    const { data, completion: raw } = await createStructuredChatCompletion(
      client,
      { model: 'gpt-4o', messages },
      { schema: objectSchema({ city: 'string', celsius: 'number' }, targets), name: 'weather' },
    )
    expect(data).toEqual({ city: 'Paris', celsius: 21 })
    const celsius: number = data.celsius
    expect(celsius).toBe(21)
    expect(raw.id).toBe('chatcmpl-1')
    expect(targets).toEqual(['draft-07'])
    expect(requests[0]!.response_format).toEqual({
      type: 'json_schema',
      json_schema: {
        name: 'weather',
        strict: true,
        schema: {
          type: 'object',
          properties: { city: { type: 'string' }, celsius: { type: 'number' } },
          required: ['city', 'celsius'],
          additionalProperties: false,
        },
      },
    })
  })

  it('fails with an invalid-output error when the answer does not pass the schema', async () => {
    const { client } = scriptedApi(completion({ content: '{"city":"Paris","celsius":"warm"}' }))
    const error = await rejection(
      createStructuredChatCompletion(
        client,
        { model: 'gpt-4o', messages },
        { schema: objectSchema({ city: 'string', celsius: 'number' }) },
      ),
    )
    expect(StructuredOutputError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({
      kind: 'invalid-output',
      text: '{"city":"Paris","celsius":"warm"}',
      message: 'The structured output does not match its schema: celsius: Expected a number',
    })
    expect((error as StructuredOutputError).issues).toHaveLength(1)
  })

  it('fails with a refusal error when the model refuses', async () => {
    const { client } = scriptedApi(completion({ refusal: 'I cannot help with that.' }))
    const error = await rejection(
      createStructuredChatCompletion(
        client,
        { model: 'gpt-4o', messages },
        { schema: objectSchema({ city: 'string' }) },
      ),
    )
    expect(error).toMatchObject({
      name: 'StructuredOutputError',
      kind: 'refusal',
      text: 'I cannot help with that.',
    })
  })

  it('fails with an incomplete error when the output was cut by the token limit', async () => {
    const { client } = scriptedApi(completion({ content: '{"city":"Par' }, 'length'))
    const error = await rejection(
      createStructuredChatCompletion(
        client,
        { model: 'gpt-4o', messages },
        { schema: objectSchema({ city: 'string' }) },
      ),
    )
    expect(error).toMatchObject({ kind: 'incomplete', text: '{"city":"Par' })
  })

  it('fails with an invalid-json error when the output is not JSON', async () => {
    const { client } = scriptedApi(completion({ content: 'Paris is sunny' }))
    const error = await rejection(
      createStructuredChatCompletion(
        client,
        { model: 'gpt-4o', messages },
        { schema: jsonSchema({ type: 'object' }) },
      ),
    )
    expect(error).toMatchObject({ kind: 'invalid-json', text: 'Paris is sunny' })
  })

  it('accepts a plain JSON Schema, typed with jsonSchema, and trusts strict mode for its shape', async () => {
    const schema = jsonSchema<{ city: string }>({
      type: 'object',
      properties: { city: { type: 'string' } },
      required: ['city'],
      additionalProperties: false,
    })
    const { client, requests } = scriptedApi(completion({ content: '{"city":"Paris"}' }))
    const { data } = await createStructuredChatCompletion(
      client,
      { model: 'gpt-4o', messages },
      { schema, name: 'city', description: 'A city', strict: false },
    )
    const city: string = data.city
    expect(city).toBe('Paris')
    expect(requests[0]!.response_format).toEqual({
      type: 'json_schema',
      json_schema: { name: 'city', description: 'A city', schema, strict: false },
    })
  })

  it('accepts a Standard JSON Schema without validate, and takes its JSON as the data', async () => {
    const schema = {
      '~standard': {
        version: 1 as const,
        vendor: 'json-only',
        jsonSchema: { input: () => ({ type: 'object', properties: { city: { type: 'string' } } }) },
        types: { input: {} as { city: string }, output: {} as { city: string } },
      },
    }
    const { client, requests } = scriptedApi(completion({ content: '{"city":"Lima"}' }))
    const { data } = await createStructuredChatCompletion(client, { model: 'gpt-4o', messages }, { schema })
    const city: string = data.city
    expect(city).toBe('Lima')
    expect(requests[0]!.response_format).toMatchObject({
      json_schema: { schema: { properties: { city: { type: 'string' } } } },
    })
  })

  it('parses a streamed structured output once the stream is folded', async () => {
    const schema = objectSchema({ city: 'string' })
    const { client, requests } = scriptedApi(
      chatStream([
        chunk({ content: '{"city":' }),
        chunk({ content: '"Oslo"}' }),
        chunk({}, { finish: 'stop' }),
      ]),
    )
    const stream = await createChatCompletionStream(client, {
      model: 'gpt-4o',
      messages,
      response_format: chatResponseFormat({ schema }),
    })
    const data = await parseChatCompletion(await collectStream(stream, accumulateChatCompletion), schema)
    expect(data).toEqual({ city: 'Oslo' })
    expect(requests[0]!.response_format).toMatchObject({ json_schema: { name: 'output', strict: true } })
  })

  describe('with the Responses API', () => {
    it('sends the text format and returns the validated data', async () => {
      const { client, requests } = scriptedApi(
        responseWith([{ type: 'output_text', text: '{"city":"Rome"}', annotations: [] }]),
      )
      const { data, response } = await createStructuredResponse(
        client,
        { model: 'gpt-4o', input: 'Weather?' },
        { schema: objectSchema({ city: 'string' }), name: 'weather' },
      )
      expect(data).toEqual({ city: 'Rome' })
      expect(response.id).toBe('resp_1')
      expect(requests[0]!.text).toEqual({
        format: {
          type: 'json_schema',
          name: 'weather',
          strict: true,
          schema: {
            type: 'object',
            properties: { city: { type: 'string' } },
            required: ['city'],
            additionalProperties: false,
          },
        },
      })
    })

    it('fails with a refusal error on a refusal part', async () => {
      const { client } = scriptedApi(responseWith([{ type: 'refusal', refusal: 'No.' }]))
      const error = await rejection(
        createStructuredResponse(
          client,
          { model: 'gpt-4o', input: 'Weather?' },
          { schema: objectSchema({ city: 'string' }) },
        ),
      )
      expect(error).toMatchObject({ kind: 'refusal', text: 'No.' })
    })

    it('fails with an incomplete error on an incomplete response', async () => {
      const { client } = scriptedApi(
        responseWith([{ type: 'output_text', text: '{"ci', annotations: [] }], {
          status: 'incomplete',
          incomplete_details: { reason: 'max_output_tokens' },
        }),
      )
      const error = await rejection(
        createStructuredResponse(
          client,
          { model: 'gpt-4o', input: 'Weather?' },
          { schema: objectSchema({ city: 'string' }) },
        ),
      )
      expect(error).toMatchObject({
        kind: 'incomplete',
        message: 'The structured output was cut short (max_output_tokens)',
      })
    })

    it('fails with an invalid-output error when the output does not pass the schema', async () => {
      const { client } = scriptedApi(
        responseWith([{ type: 'output_text', text: '{"town":"Rome"}', annotations: [] }]),
      )
      const error = await rejection(
        createStructuredResponse(
          client,
          { model: 'gpt-4o', input: 'Weather?' },
          { schema: objectSchema({ city: 'string' }) },
        ),
      )
      expect(error).toMatchObject({
        kind: 'invalid-output',
        issues: [{ message: 'Expected a string', path: [{ key: 'city' }] }],
      })
    })
  })
})
