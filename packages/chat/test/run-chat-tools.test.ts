import {
  defineTool,
  jsonSchema,
  runChatTools,
  streamChatTools,
  textDeltas,
  toEventStreamResponse,
} from '@oaikit/chat'
import { APIUserAbortError } from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { chatStream, chunk, collect, completion, rejection, scriptedApi } from './scripted-api.ts'
import { objectSchema } from './standard-schema.ts'

const messages = [{ role: 'user' as const, content: 'Weather in Paris and Rome?' }]
const call = (id: string, name: string, args: string) => ({
  id,
  type: 'function',
  function: { name, arguments: args },
})
const toolMessages = (body: Record<string, unknown>) =>
  (body.messages as { role: string; content?: unknown; tool_call_id?: string }[]).filter(
    ({ role }) => role === 'tool',
  )

describe('runChatTools', () => {
  it('runs two parallel tool calls and sends both results back', async () => {
    let running = 0
    let peak = 0
    const cities: string[] = []
    const weather = defineTool({
      name: 'weather',
      description: 'The weather in a city',
      parameters: objectSchema({ city: 'string' }),
      execute: async ({ city }, { callId }) => {
        running++
        peak = Math.max(peak, running)
        await new Promise((resolve) => setTimeout(resolve, 5))
        running--
        cities.push(city)
        return { city, celsius: city === 'Paris' ? 21 : 25, callId }
      },
    })
    const { client, requests } = scriptedApi(
      completion(
        {
          tool_calls: [
            call('call_1', 'weather', '{"city":"Paris"}'),
            call('call_2', 'weather', '{"city":"Rome"}'),
          ],
        },
        'tool_calls',
      ),
      completion({ content: 'Paris 21°C, Rome 25°C.' }),
    )
    const result = await runChatTools(client, { model: 'gpt-4o', messages }, { tools: [weather] })
    expect(peak).toBe(2)
    expect(cities.sort()).toEqual(['Paris', 'Rome'])
    expect(requests).toHaveLength(2)
    expect(requests[0]!.tools).toEqual([
      {
        type: 'function',
        function: {
          name: 'weather',
          description: 'The weather in a city',
          parameters: {
            type: 'object',
            properties: { city: { type: 'string' } },
            required: ['city'],
            additionalProperties: false,
          },
          strict: false,
        },
      },
    ])
    expect(toolMessages(requests[1]!)).toEqual([
      { role: 'tool', tool_call_id: 'call_1', content: '{"city":"Paris","celsius":21,"callId":"call_1"}' },
      { role: 'tool', tool_call_id: 'call_2', content: '{"city":"Rome","celsius":25,"callId":"call_2"}' },
    ])
    expect(result.final.choices[0]!.message.content).toBe('Paris 21°C, Rome 25°C.')
    expect(result.steps).toHaveLength(2)
    expect(result.stepLimitReached).toBe(false)
    expect(result.messages.map(({ role }) => role)).toEqual([
      'user',
      'assistant',
      'tool',
      'tool',
      'assistant',
    ])
    expect(messages).toHaveLength(1)
  })

  it('reports failing tools, unknown tools and invalid arguments to the model', async () => {
    const tools = [
      defineTool({
        name: 'fails',
        parameters: jsonSchema<Record<string, never>>({ type: 'object', properties: {} }),
        execute: () => {
          throw new Error('Service unavailable')
        },
      }),
      defineTool({
        name: 'weather',
        parameters: objectSchema({ city: 'string' }),
        execute: ({ city }) => `Sunny in ${city}`,
      }),
    ]
    const { client, requests } = scriptedApi(
      completion(
        {
          tool_calls: [
            call('call_1', 'fails', '{}'),
            call('call_2', 'missing', '{}'),
            call('call_3', 'weather', '{"city":'),
            call('call_4', 'weather', '{"city":42}'),
            call('call_5', 'weather', '{"city":"Oslo"}'),
          ],
        },
        'tool_calls',
      ),
      completion({ content: 'Only Oslo worked.' }),
    )
    await runChatTools(client, { model: 'gpt-4o', messages }, { tools })
    const contents = toolMessages(requests[1]!).map(({ content }) => content)
    expect(contents[0]).toBe('Error: Service unavailable')
    expect(contents[1]).toBe('Error: There is no tool named "missing"')
    expect(contents[2]).toMatch(/^Error: .*JSON/)
    expect(contents[3]).toBe('Error: Invalid arguments: city: Expected a string')
    expect(contents[4]).toBe('Sunny in Oslo')
  })

  it('tells the model what toolErrorMessage says about a failure', async () => {
    const tools = [
      defineTool({
        name: 'fails',
        parameters: {},
        execute: () => Promise.reject(new Error('password=hunter2')),
      }),
    ]
    const { client, requests } = scriptedApi(
      completion({ tool_calls: [call('call_1', 'fails', '')] }, 'tool_calls'),
      completion({ content: 'Sorry.' }),
    )
    await runChatTools(
      client,
      { model: 'gpt-4o', messages },
      { tools, toolErrorMessage: (_, { name }) => `The ${name} tool failed` },
    )
    expect(toolMessages(requests[1]!)[0]!.content).toBe('The fails tool failed')
  })

  it('stops at maxSteps while the model still calls tools, with the calls of the last turn answered', async () => {
    let runs = 0
    const tools = [defineTool({ name: 'again', parameters: {}, execute: () => ++runs })]
    const again = () => completion({ tool_calls: [call(`call_${runs}`, 'again', '{}')] }, 'tool_calls')
    const { client, requests } = scriptedApi(again(), again(), again())
    const result = await runChatTools(client, { model: 'gpt-4o', messages }, { tools, maxSteps: 2 })
    expect(requests).toHaveLength(2)
    expect(runs).toBe(2)
    expect(result.stepLimitReached).toBe(true)
    expect(result.messages.at(-1)).toMatchObject({ role: 'tool', content: '2' })
  })

  it('stops when aborted while a tool runs, with an APIUserAbortError and no further request', async () => {
    const controller = new AbortController()
    let toolSignal: AbortSignal | undefined
    const tools = [
      defineTool({
        name: 'slow',
        parameters: {},
        execute: (_, { signal }) => {
          toolSignal = signal
          controller.abort()
          return new Promise(() => {})
        },
      }),
    ]
    const { client, requests } = scriptedApi(
      completion({ tool_calls: [call('call_1', 'slow', '{}')] }, 'tool_calls'),
      completion({ content: 'never' }),
    )
    const error = await rejection(
      runChatTools(client, { model: 'gpt-4o', messages }, { tools }, { signal: controller.signal }),
    )
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    expect(toolSignal?.aborted).toBe(true)
    expect(requests).toHaveLength(1)
  })

  it('rejects a Standard Schema that has no JSON Schema with an InvalidInputError', async () => {
    const schema = {
      '~standard': { version: 1 as const, vendor: 'novendor', validate: (value: unknown) => ({ value }) },
    }
    const { client, requests } = scriptedApi()
    const error = await rejection(
      runChatTools(
        client,
        { model: 'gpt-4o', messages },
        { tools: [defineTool({ name: 'x', parameters: schema, execute: () => 1 })] },
      ),
    )
    expect(error).toMatchObject({ name: 'InvalidInputError' })
    expect((error as Error).message).toContain('novendor')
    expect(requests).toHaveLength(0)
  })
})

describe('streamChatTools', () => {
  const weather = defineTool({
    name: 'weather',
    parameters: objectSchema({ city: 'string' }),
    execute: ({ city }) => `Sunny in ${city}`,
  })
  const toolTurn = () =>
    chatStream([
      chunk({
        role: 'assistant',
        content: null,
        tool_calls: [
          { index: 0, id: 'call_1', type: 'function', function: { name: 'weather', arguments: '' } },
        ],
      }),
      chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":"Oslo"}' } }] }),
      chunk({}, { finish: 'tool_calls' }),
    ])
  const answerTurn = () =>
    chatStream([
      chunk({ role: 'assistant', content: '' }),
      chunk({ content: 'Sunny ' }),
      chunk({ content: 'in Oslo.' }),
      chunk({}, { finish: 'stop' }),
    ])

  it('streams the chunks of every turn, runs the tools between them, and gives the result', async () => {
    const { client, requests } = scriptedApi(toolTurn(), answerTurn())
    const run = streamChatTools(client, { model: 'gpt-4o', messages }, { tools: [weather] })
    expect(await collect(textDeltas(run))).toEqual(['Sunny ', 'in Oslo.'])
    expect(requests.map(({ stream }) => stream)).toEqual([true, true])
    expect(toolMessages(requests[1]!)).toEqual([
      { role: 'tool', tool_call_id: 'call_1', content: 'Sunny in Oslo' },
    ])
    const result = await run.result
    expect(result.final.choices[0]!.message.content).toBe('Sunny in Oslo.')
    expect(result.steps[0]!.choices[0]!.message.tool_calls).toEqual([
      call('call_1', 'weather', '{"city":"Oslo"}'),
    ])
  })

  it('stops with an APIUserAbortError when aborted between turns', async () => {
    const controller = new AbortController()
    const abortingWeather = defineTool({
      name: 'weather',
      parameters: objectSchema({ city: 'string' }),
      execute: () => {
        controller.abort()
        return 'Sunny'
      },
    })
    const { client, requests } = scriptedApi(toolTurn(), answerTurn())
    const run = streamChatTools(
      client,
      { model: 'gpt-4o', messages },
      { tools: [abortingWeather] },
      { signal: controller.signal },
    )
    const error = await rejection(collect(run))
    expect(APIUserAbortError.isInstance(error)).toBe(true)
    expect(await rejection(run.result)).toBe(error)
    expect(requests).toHaveLength(1)
  })

  it('can be forwarded as one event stream', async () => {
    const { client } = scriptedApi(toolTurn(), answerTurn())
    const text = await toEventStreamResponse(
      streamChatTools(client, { model: 'gpt-4o', messages }, { tools: [weather] }),
    ).text()
    expect(text.match(/^data: /gm)).toHaveLength(8)
    expect(text.endsWith('data: [DONE]\n\n')).toBe(true)
  })

  it('fails, and rejects its result, when a turn is cut midway', async () => {
    const { client } = scriptedApi(toolTurn(), chatStream([chunk({ content: 'Sunny' })], false))
    const run = streamChatTools(client, { model: 'gpt-4o', messages }, { tools: [weather] })
    const error = await rejection(collect(run))
    expect(error).toMatchObject({ kind: 'incomplete' })
    expect(await rejection(run.result)).toBe(error)
  })

  it('stops the loop when the iteration is left early', async () => {
    const { client, requests } = scriptedApi(toolTurn(), answerTurn())
    const run = streamChatTools(client, { model: 'gpt-4o', messages }, { tools: [weather] })
    for await (const _ of run) break
    expect(APIUserAbortError.isInstance(await rejection(run.result))).toBe(true)
    expect(requests).toHaveLength(1)
  })
})
