import {
  createChatCompletionStream,
  createCompletionStream,
  createResponseStream,
  textDeltas,
} from '@oaikit/chat'
import { StreamError } from '@oaikit/streaming'
import { describe, expect, it } from 'vitest'
import { responseEvents } from './response-events.ts'
import { chatStream, chunk, collect, rejection, responseStream, scriptedApi } from './scripted-api.ts'

const messages = [{ role: 'user' as const, content: 'Hi' }]

describe('textDeltas', () => {
  it('yields the content of a chat stream, piece by piece', async () => {
    const { client } = scriptedApi(
      chatStream([
        chunk({ role: 'assistant', content: '' }),
        chunk({ content: 'Hel' }),
        chunk({ content: 'lo' }),
        chunk({}, { finish: 'stop' }),
      ]),
    )
    expect(
      await collect(textDeltas(await createChatCompletionStream(client, { model: 'gpt-4o', messages }))),
    ).toEqual(['Hel', 'lo'])
  })

  it('yields only the first choice of a stream with several', async () => {
    const { client } = scriptedApi(
      chatStream([chunk({ content: 'A' }), chunk({ content: 'B' }, { index: 1 }), chunk({ content: 'C' })]),
    )
    expect(
      await collect(
        textDeltas(await createChatCompletionStream(client, { model: 'gpt-4o', messages, n: 2 })),
      ),
    ).toEqual(['A', 'C'])
  })

  it('yields the output text of a Responses stream', async () => {
    const { client } = scriptedApi(responseStream(responseEvents()))
    expect(
      await collect(textDeltas(await createResponseStream(client, { model: 'gpt-4o', input: 'Hi' }))),
    ).toEqual(['Check', 'ing.'])
  })

  it('yields the text of a legacy completion stream', async () => {
    const piece = (text: string) => ({
      id: 'cmpl-1',
      object: 'text_completion',
      created: 1,
      model: 'gpt-3.5-turbo-instruct',
      choices: [{ index: 0, text, logprobs: null, finish_reason: null }],
    })
    const { client } = scriptedApi(chatStream([piece('Once'), piece(' upon')]))
    expect(
      await collect(
        textDeltas(await createCompletionStream(client, { model: 'gpt-3.5-turbo-instruct', prompt: 'Say' })),
      ),
    ).toEqual(['Once', ' upon'])
  })

  it('throws after the text received so far when the stream is cut midway', async () => {
    const { client } = scriptedApi(chatStream([chunk({ content: 'Hel' }), chunk({ content: 'lo' })], false))
    const seen: string[] = []
    const error = await rejection(
      (async () => {
        for await (const text of textDeltas(
          await createChatCompletionStream(client, { model: 'gpt-4o', messages }),
        ))
          seen.push(text)
      })(),
    )
    expect(seen).toEqual(['Hel', 'lo'])
    expect(StreamError.isInstance(error) && error.kind).toBe('incomplete')
  })

  it('cancels the stream when the loop is left early', async () => {
    let cancelled = false
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(`data: ${JSON.stringify(chunk({ content: 'Hel' }))}\n\n`))
      },
      cancel() {
        cancelled = true
      },
    })
    const { client } = scriptedApi(new Response(body, { headers: { 'content-type': 'text/event-stream' } }))
    for await (const text of textDeltas(
      await createChatCompletionStream(client, { model: 'gpt-4o', messages }),
    )) {
      expect(text).toBe('Hel')
      break
    }
    expect(cancelled).toBe(true)
  })
})
