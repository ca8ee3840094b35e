import {
  accumulateCompletion,
  type CreateCompletionResponse,
  collectStream,
  createCompletionStream,
} from '@oaikit/chat'
import { StreamError } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { chatStream, rejection, scriptedApi } from './scripted-api.ts'

const body = { model: 'gpt-3.5-turbo-instruct', prompt: 'Say hi', n: 2, logprobs: 1 }

/** A legacy completion chunk with the fields the API always sends. */
const chunk = (choices: Record<string, unknown>[], extra: Record<string, unknown> = {}) => ({
  id: 'cmpl-1',
  object: 'text_completion',
  created: 1,
  model: 'gpt-3.5-turbo-instruct',
  choices,
  ...extra,
})

/** A choice of a chunk: `text`, one token's log probabilities, no finish reason unless given. */
const piece = (index: number, text: string, finish_reason: string | null = null) => ({
  index,
  text,
  finish_reason,
  logprobs: { tokens: [text], token_logprobs: [-0.5], top_logprobs: [{ [text]: -0.5 }], text_offset: [0] },
})

describe('accumulateCompletion', () => {
  it('folds the chunks of each choice, their log probabilities and the usage into the final completion', async () => {
    const { client, requests } = scriptedApi(
      chatStream([
        chunk([piece(0, 'Hel')]),
        chunk([piece(1, 'Hi')]),
        chunk([piece(0, 'lo', 'stop')]),
        chunk([piece(1, '!', 'length')]),
        chunk([], { usage: { prompt_tokens: 2, completion_tokens: 4, total_tokens: 6 } }),
      ]),
    )
    const stream = await createCompletionStream(client, { ...body, stream_options: { include_usage: true } })
    const completion = await collectStream(stream, accumulateCompletion)
    expect(requests[0]).toMatchObject({ stream: true })
    expect(completion).toEqual({
      id: 'cmpl-1',
      object: 'text_completion',
      created: 1,
      model: 'gpt-3.5-turbo-instruct',
      choices: [
        {
          index: 0,
          text: 'Hello',
          finish_reason: 'stop',
          logprobs: {
            tokens: ['Hel', 'lo'],
            token_logprobs: [-0.5, -0.5],
            top_logprobs: [{ Hel: -0.5 }, { lo: -0.5 }],
            text_offset: [0, 0],
          },
        },
        {
          index: 1,
          text: 'Hi!',
          finish_reason: 'length',
          logprobs: {
            tokens: ['Hi', '!'],
            token_logprobs: [-0.5, -0.5],
            top_logprobs: [{ Hi: -0.5 }, { '!': -0.5 }],
            text_offset: [0, 0],
          },
        },
      ],
      usage: { prompt_tokens: 2, completion_tokens: 4, total_tokens: 6 },
    })
  })

  it('gives a current snapshot after each chunk, without log probabilities when none came', () => {
    const texts: string[] = []
    let snapshot: CreateCompletionResponse | undefined
    for (const text of ['Hel', 'lo']) {
      snapshot = accumulateCompletion(
        snapshot,
        chunk([{ index: 0, text, finish_reason: null, logprobs: null }]) as never,
      )
      texts.push(snapshot.choices[0]!.text)
    }
    expect(texts).toEqual(['Hel', 'Hello'])
    expect(snapshot!.choices[0]).toMatchObject({ finish_reason: null, logprobs: null })
  })

  it('fails, rather than giving a short answer, when the stream is cut midway', async () => {
    const { client } = scriptedApi(chatStream([chunk([piece(0, 'Hel')])], false))
    const stream = await createCompletionStream(client, body)
    const error = await rejection(collectStream(stream, accumulateCompletion))
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
  })
})
