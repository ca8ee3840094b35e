import {
  accumulateChatCompletion,
  accumulateCompletion,
  accumulateResponse,
  type ChatMessage,
  type ChatTool,
  type ChatToolCall,
  type CreateChatCompletionResponse,
  type CreateChatCompletionStreamResponse,
  type CreateCompletionResponse,
  collectStream,
  type createChatCompletion,
  createChatCompletionStream,
  type createCompletion,
  createCompletionStream,
  createResponse,
  createResponseStream,
  createStructuredChatCompletion,
  createStructuredResponse,
  defineTool,
  jsonSchema,
  parseChatCompletion,
  parseResponse,
  type ResponseInputItem,
  type ResponseObject,
  type ResponseOutputItem,
  type ResponseTool,
  runChatTools,
  runResponseTools,
  type ToolLoopResult,
} from '@oaikit/chat'
import type { Client } from '@oaikit/core'
import { toStandardJsonSchema } from '@valibot/to-json-schema'
import * as v from 'valibot'
import { expectTypeOf, it } from 'vitest'
import { z } from 'zod'

declare const client: Client
declare const response: ResponseObject
declare const completion: CreateChatCompletionResponse

type Weather = { city: string; celsius: number }
const zodWeather = z.object({ city: z.string(), celsius: z.number() })
const valibotWeather = toStandardJsonSchema(v.object({ city: v.string(), celsius: v.number() }))
const parameters = {
  type: 'object',
  properties: { city: { type: 'string' } },
  required: ['city'],
  additionalProperties: false,
}

it('accepts a Responses request with function tools and an input of messages', () => {
  expectTypeOf(
    createResponse(client, {
      model: 'gpt-4o',
      input: [
        { role: 'developer', content: 'Answer briefly.' },
        { role: 'user', content: [{ type: 'input_text', text: 'Weather in Paris?' }] },
        { type: 'function_call', call_id: 'call_1', name: 'weather', arguments: '{"city":"Paris"}' },
        { type: 'function_call_output', call_id: 'call_1', output: '{"celsius":21}' },
      ],
      tools: [{ type: 'function', name: 'weather', description: 'The weather', parameters, strict: true }],
      tool_choice: { type: 'function', name: 'weather' },
    }),
  ).resolves.toEqualTypeOf<ResponseObject>()
  createResponse(client, {
    model: 'gpt-4o',
    input: 'Weather in Paris?',
    // @ts-expect-error: a function tool's type is 'function', not its schema's name
    tools: [{ type: 'FunctionTool', name: 'weather', parameters, strict: true }],
  })
})

it('tells output items apart by their type', () => {
  const [item] = response.output
  if (item?.type === 'function_call') expectTypeOf(item.arguments).toEqualTypeOf<string>()
  if (item?.type === 'message') {
    const [part] = item.content
    if (part?.type === 'output_text') expectTypeOf(part.text).toEqualTypeOf<string>()
    if (part?.type === 'refusal') expectTypeOf(part.refusal).toEqualTypeOf<string>()
  }
})

it('folds streams into the types the non-streaming calls return', async () => {
  type ChatResult = Awaited<ReturnType<typeof createChatCompletion>>
  type ResponseResult = Awaited<ReturnType<typeof createResponse>>
  type CompletionResult = Awaited<ReturnType<typeof createCompletion>>
  const chat = await createChatCompletionStream(client, { model: 'gpt-4o', messages: [] })
  const events = await createResponseStream(client, { model: 'gpt-4o', input: 'Hi' })
  const legacy = await createCompletionStream(client, { model: 'gpt-3.5-turbo-instruct', prompt: 'Hi' })
  expectTypeOf(collectStream(chat, accumulateChatCompletion)).resolves.toEqualTypeOf<ChatResult>()
  expectTypeOf(collectStream(events, accumulateResponse)).resolves.toEqualTypeOf<ResponseResult>()
  expectTypeOf(collectStream(legacy, accumulateCompletion)).resolves.toEqualTypeOf<CompletionResult>()
  expectTypeOf(accumulateCompletion).returns.toEqualTypeOf<CreateCompletionResponse>()
  // @ts-expect-error: a chat accumulator does not read Responses events
  collectStream(events, accumulateChatCompletion)
})

it('types structured outputs from a Standard Schema, or a JSON Schema typed with jsonSchema', async () => {
  const body = { model: 'gpt-4o', messages: [] }
  expectTypeOf(
    (await createStructuredChatCompletion(client, body, { schema: zodWeather })).data,
  ).toEqualTypeOf<Weather>()
  expectTypeOf(
    (await createStructuredResponse(client, { model: 'gpt-4o', input: 'Hi' }, { schema: valibotWeather }))
      .data,
  ).toEqualTypeOf<Weather>()
  expectTypeOf(
    (await createStructuredChatCompletion(client, body, { schema: jsonSchema<Weather>(parameters) })).data,
  ).toEqualTypeOf<Weather>()
  expectTypeOf(
    (await createStructuredChatCompletion(client, body, { schema: parameters })).data,
  ).toEqualTypeOf<unknown>()
  expectTypeOf(
    (
      await createStructuredResponse(
        client,
        { model: 'gpt-4o', input: 'Hi' },
        { schema: z.string().transform(Number) },
      )
    ).data,
  ).toEqualTypeOf<number>()
  expectTypeOf(parseChatCompletion(completion, zodWeather)).resolves.toEqualTypeOf<Weather>()
  expectTypeOf(parseResponse(response, valibotWeather)).resolves.toEqualTypeOf<Weather>()
})

it('types tool arguments from their schema, and the loops from their API', () => {
  defineTool({
    name: 'weather',
    parameters: zodWeather,
    execute: (args) => expectTypeOf(args).toEqualTypeOf<Weather>(),
  })
  defineTool({
    name: 'weather',
    parameters: valibotWeather,
    execute: (args) => expectTypeOf(args).toEqualTypeOf<Weather>(),
  })
  defineTool({
    name: 'weather',
    parameters: jsonSchema<{ city: string }>(parameters),
    execute: (args) => expectTypeOf(args).toEqualTypeOf<{ city: string }>(),
  })
  expectTypeOf(runChatTools(client, { model: 'gpt-4o', messages: [] }, { tools: [] })).resolves.toEqualTypeOf<
    ToolLoopResult<CreateChatCompletionResponse, ChatMessage>
  >()
  expectTypeOf(
    runResponseTools(client, { model: 'gpt-4o', input: 'Hi' }, { tools: [] }),
  ).resolves.toEqualTypeOf<ToolLoopResult<ResponseObject, ResponseInputItem>>()
})

it('keeps the known model ids of an open enum beside any string, so editors complete them', () => {
  type Model = Parameters<typeof createChatCompletion>[1]['model']
  expectTypeOf<Extract<Model, 'gpt-4o'>>().toEqualTypeOf<'gpt-4o'>()
  expectTypeOf<'a-model-of-my-own'>().toExtend<Model>()
})

it('names the shapes users write: messages, tools, tool calls, input and output items', async () => {
  const messages: ChatMessage[] = [{ role: 'user', content: 'Hi' }]
  const tool: ChatTool = { type: 'function', function: { name: 'weather', parameters: {} } }
  expectTypeOf(messages).toExtend<Parameters<typeof createChatCompletion>[1]['messages']>()
  expectTypeOf([tool]).toExtend<NonNullable<Parameters<typeof createChatCompletion>[1]['tools']>>()
  expectTypeOf<Extract<ChatToolCall, { type: 'custom' }>['custom']>().toEqualTypeOf<{
    name: string
    input: string
  }>()
  const input: ResponseInputItem[] = [{ role: 'user', content: 'Hi' }]
  const tools: ResponseTool[] = [{ type: 'web_search' }]
  expectTypeOf(createResponse).toBeCallableWith({} as Client, { model: 'gpt-4o', input, tools })
  expectTypeOf<Extract<ResponseOutputItem, { type: 'custom_tool_call' }>['input']>().toEqualTypeOf<string>()
})

it('iterates a stream call with or without the await before it', async () => {
  const client = {} as Client
  const body = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'Hi' }] }
  for await (const chunk of createChatCompletionStream(client, body)) {
    expectTypeOf(chunk).toEqualTypeOf<CreateChatCompletionStreamResponse>()
  }
  for await (const chunk of await createChatCompletionStream(client, body)) {
    expectTypeOf(chunk).toEqualTypeOf<CreateChatCompletionStreamResponse>()
  }
})
