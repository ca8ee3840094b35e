import {
  accumulateChatCompletion,
  type CreateChatCompletionResponse,
  collectStream,
  createChatCompletionStream,
} from '@oaikit/chat'
import { APIError } from '@oaikit/core'
import { StreamError } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { chatStream, chunk, rawStream, rejection, scriptedApi, usageChunk } from './scripted-api.ts'

const messages = [{ role: 'user' as const, content: 'Hi' }]

describe('accumulateChatCompletion', () => {
  it('joins the input of a custom tool call beside a function call', () => {
    const chunks = [
      chunk({
        tool_calls: [{ index: 0, id: 'call_1', type: 'custom', custom: { name: 'grep', input: 'nee' } }],
      }),
      chunk({
        tool_calls: [{ index: 1, id: 'call_2', type: 'function', function: { name: 'f', arguments: '{' } }],
      }),
      chunk({ tool_calls: [{ index: 0, custom: { input: 'dle' } }] }),
      chunk({ tool_calls: [{ index: 1, function: { arguments: '}' } }] }),
      chunk({}, { finish: 'tool_calls' }),
    ]
    let completion: CreateChatCompletionResponse | undefined
    for (const piece of chunks) completion = accumulateChatCompletion(completion, piece as never)
    expect(completion!.choices[0]!.message.tool_calls).toEqual([
      { id: 'call_1', type: 'custom', custom: { name: 'grep', input: 'needle' } },
      { id: 'call_2', type: 'function', function: { name: 'f', arguments: '{}' } },
    ])
  })

  it('folds content, tool calls with joined arguments, finish reason and usage into the final completion', async () => {
    const { client, requests } = scriptedApi(
      chatStream([
        chunk({ role: 'assistant', content: '' }),
        chunk({ content: 'Let me ' }),
        chunk({ content: 'check.' }),
        chunk({
          tool_calls: [
            { index: 0, id: 'call_1', type: 'function', function: { name: 'weather', arguments: '' } },
          ],
        }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
        chunk({
          tool_calls: [
            { index: 1, id: 'call_2', type: 'function', function: { name: 'time', arguments: '{}' } },
          ],
        }),
        chunk({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
        chunk({}, { finish: 'tool_calls' }),
        usageChunk({ prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 }),
      ]),
    )
    const stream = await createChatCompletionStream(client, {
      model: 'gpt-4o',
      messages,
      stream_options: { include_usage: true },
    })
    const completion = await collectStream(stream, accumulateChatCompletion)
    expect(requests[0]).toMatchObject({ stream: true })
    expect(completion).toEqual({
      id: 'chatcmpl-1',
      object: 'chat.completion',
      created: 1,
      model: 'gpt-4o',
      choices: [
        {
          index: 0,
          finish_reason: 'tool_calls',
          logprobs: null,
          message: {
            role: 'assistant',
            content: 'Let me check.',
            refusal: null,
            tool_calls: [
              {
                id: 'call_1',
                type: 'function',
                function: { name: 'weather', arguments: '{"city":"Paris"}' },
              },
              { id: 'call_2', type: 'function', function: { name: 'time', arguments: '{}' } },
            ],
          },
        },
      ],
      usage: { prompt_tokens: 5, completion_tokens: 7, total_tokens: 12 },
    })
  })

  it('gives a current snapshot after each chunk', () => {
    const contents: (string | null)[] = []
    let snapshot: CreateChatCompletionResponse | undefined
    for (const delta of [{ role: 'assistant', content: '' }, { content: 'Hel' }, { content: 'lo' }]) {
      snapshot = accumulateChatCompletion(snapshot, chunk(delta) as never)
      contents.push(snapshot.choices[0]!.message.content)
    }
    expect(contents).toEqual(['', 'Hel', 'Hello'])
    expect(snapshot!.choices[0]!.finish_reason).toBeNull()
  })

  it('joins refusals and log probabilities, and keeps choices apart', () => {
    const token = (text: string) => ({ token: text, logprob: -0.1, bytes: null, top_logprobs: [] })
    let snapshot: CreateChatCompletionResponse | undefined
    const chunks = [
      {
        ...chunk({ refusal: 'I cannot ' }),
        choices: [
          {
            index: 0,
            delta: { refusal: 'I cannot ' },
            logprobs: { content: null, refusal: [token('I')] },
            finish_reason: null,
          },
        ],
      },
      chunk({ content: 'Sure' }, { index: 1 }),
      {
        ...chunk({}),
        choices: [
          {
            index: 0,
            delta: { refusal: 'help.' },
            logprobs: { content: null, refusal: [token('help')] },
            finish_reason: 'stop',
          },
        ],
      },
      chunk({}, { index: 1, finish: 'length' }),
    ]
    for (const item of chunks) snapshot = accumulateChatCompletion(snapshot, item as never)
    const [first, second] = snapshot!.choices
    expect(first!.message).toEqual({ role: 'assistant', content: null, refusal: 'I cannot help.' })
    expect(first!.logprobs!.refusal!.map(({ token }) => token)).toEqual(['I', 'help'])
    expect(second).toMatchObject({ index: 1, finish_reason: 'length', message: { content: 'Sure' } })
  })

  it('fails, rather than giving a short answer, when the stream is cut midway', async () => {
    const { client } = scriptedApi(
      chatStream([chunk({ content: 'Hello' }), chunk({ content: ' wor' })], false),
    )
    const stream = await createChatCompletionStream(client, { model: 'gpt-4o', messages })
    const error = await rejection(collectStream(stream, accumulateChatCompletion))
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
  })

  it('fails when the body ends inside an event', async () => {
    const first = JSON.stringify(chunk({ content: 'Hello' }))
    const { client } = scriptedApi(rawStream(`data: ${first}\n\ndata: {"id":"chatcmpl-1","choi`))
    const stream = await createChatCompletionStream(client, { model: 'gpt-4o', messages })
    const error = await rejection(collectStream(stream, accumulateChatCompletion))
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
  })

  it('fails with an APIError when an error event arrives midway', async () => {
    const { client } = scriptedApi(
      chatStream([
        chunk({ content: 'Hel' }),
        { error: { message: 'The server had an error', type: 'server_error', code: null } },
        chunk({ content: 'lo' }),
      ]),
    )
    const stream = await createChatCompletionStream(client, { model: 'gpt-4o', messages })
    const error = await rejection(collectStream(stream, accumulateChatCompletion))
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ message: 'The server had an error', type: 'server_error' })
  })

  it('fails when the stream ends without any chunk', async () => {
    const { client } = scriptedApi(chatStream([]))
    const stream = await createChatCompletionStream(client, { model: 'gpt-4o', messages })
    const error = await rejection(collectStream(stream, accumulateChatCompletion))
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
  })
})
