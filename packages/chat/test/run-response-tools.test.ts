import { defineTool, outputText, runResponseTools, streamResponseTools, textDeltas } from '@oaikit/chat'
import { describe, expect, it } from 'vitest'
import { responseBase } from './response-events.ts'
import { collect, responseStream, scriptedApi } from './scripted-api.ts'
import { objectSchema } from './standard-schema.ts'

const base = { ...responseBase, status: 'completed' }
const functionCall = (callId: string, city: string) => ({
  id: `fc_${callId}`,
  type: 'function_call',
  status: 'completed',
  call_id: callId,
  name: 'weather',
  arguments: JSON.stringify({ city }),
})
const message = (text: string) => ({
  id: 'msg_1',
  type: 'message',
  status: 'completed',
  role: 'assistant',
  content: [{ type: 'output_text', text, annotations: [] }],
})
const answer = (output: unknown[]) => Response.json({ ...base, output })

describe('runResponseTools', () => {
  it('runs two parallel function calls and sends the output and both results back as input', async () => {
    let running = 0
    let peak = 0
    const weather = defineTool({
      name: 'weather',
      description: 'The weather in a city',
      parameters: objectSchema({ city: 'string' }),
      execute: async ({ city }) => {
        running++
        peak = Math.max(peak, running)
        await new Promise((resolve) => setTimeout(resolve, 5))
        running--
        return `Sunny in ${city}`
      },
    })
    const calls = [functionCall('call_1', 'Paris'), functionCall('call_2', 'Rome')]
    const { client, requests } = scriptedApi(answer(calls), answer([message('Sunny in both.')]))
    const result = await runResponseTools(
      client,
      { model: 'gpt-4o', input: 'Weather in Paris and Rome?', store: false },
      { tools: [weather] },
    )
    expect(peak).toBe(2)
    expect(requests[0]).toMatchObject({
      input: [{ role: 'user', content: 'Weather in Paris and Rome?' }],
      store: false,
      tools: [
        {
          type: 'function',
          name: 'weather',
          description: 'The weather in a city',
          strict: false,
          parameters: { type: 'object', required: ['city'] },
        },
      ],
    })
    expect(requests[1]!.input).toEqual([
      { role: 'user', content: 'Weather in Paris and Rome?' },
      ...calls,
      { type: 'function_call_output', call_id: 'call_1', output: 'Sunny in Paris' },
      { type: 'function_call_output', call_id: 'call_2', output: 'Sunny in Rome' },
    ])
    expect(outputText(result.final)).toBe('Sunny in both.')
    expect(result.messages).toHaveLength(6)
  })

  it('keeps the tools of the request and an input that is already a list', async () => {
    const search = { type: 'web_search_preview' as const }
    const input = [{ role: 'user' as const, content: 'Hi' }]
    const { client, requests } = scriptedApi(answer([message('Hello')]))
    const result = await runResponseTools(client, { model: 'gpt-4o', input, tools: [search] }, { tools: [] })
    expect(requests[0]).toMatchObject({ input, tools: [search] })
    expect(result.steps).toHaveLength(1)
  })
})

describe('streamResponseTools', () => {
  it('streams the events of every turn with the tools run between them', async () => {
    const call = functionCall('call_1', 'Oslo')
    const events = (output: Record<string, unknown>, deltas: string[]) => [
      { type: 'response.created', response: { ...base, status: 'in_progress', output: [] } },
      { type: 'response.output_item.added', output_index: 0, item: output },
      ...deltas.map((delta) => ({
        type: 'response.output_text.delta',
        item_id: 'msg_1',
        output_index: 0,
        content_index: 0,
        delta,
      })),
      { type: 'response.output_item.done', output_index: 0, item: output },
      { type: 'response.completed', response: { ...base, output: [output] } },
    ]
    const { client, requests } = scriptedApi(
      responseStream(events(call, [])),
      responseStream(events(message('Sunny in Oslo.'), ['Sunny ', 'in Oslo.'])),
    )
    const weather = defineTool({
      name: 'weather',
      parameters: objectSchema({ city: 'string' }),
      execute: ({ city }) => ({ city, sky: 'clear' }),
    })
    const run = streamResponseTools(
      client,
      { model: 'gpt-4o', input: 'Weather in Oslo?' },
      { tools: [weather] },
    )
    expect(await collect(textDeltas(run))).toEqual(['Sunny ', 'in Oslo.'])
    expect((requests[1]!.input as unknown[]).at(-1)).toEqual({
      type: 'function_call_output',
      call_id: 'call_1',
      output: '{"city":"Oslo","sky":"clear"}',
    })
    expect(outputText((await run.result).final)).toBe('Sunny in Oslo.')
  })
})
