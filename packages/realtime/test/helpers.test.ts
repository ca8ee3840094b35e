import { createClient, InvalidInputError } from '@oaikit/core'
import {
  appendAudio,
  connectWebSocket,
  createConversation,
  createConversationTracker,
  floatToPCM16,
  handleFunctionCalls,
  interrupt,
  type RealtimeConnection,
  type RealtimeProtocol,
  trackConversation,
} from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'
import { mockRealtimeURL, uniqueKey } from './mock-realtime.ts'

const connect = <P extends RealtimeProtocol = 'ga'>(protocol?: P) =>
  connectWebSocket(createClient({ apiKey: uniqueKey(), baseURL: mockRealtimeURL() }), { protocol })

/** The first server event of `type` from now on. */
const next = (connection: RealtimeConnection<RealtimeProtocol>, type: string) =>
  new Promise<Record<string, unknown>>((resolve) => {
    const stop = connection.on('*', (event) => {
      if (event.type !== type) return
      stop()
      resolve(event as Record<string, unknown>)
    })
  })

const say = (connection: RealtimeConnection<RealtimeProtocol>, text: string) =>
  connection.send({
    type: 'conversation.item.create',
    item: { type: 'message', role: 'user', content: [{ type: 'input_text', text }] },
  })

describe('trackConversation', () => {
  for (const protocol of ['beta', 'ga'] as const) {
    it(`keeps items and text from the deltas (${protocol})`, async () => {
      const connection = await connect(protocol)
      const { conversation, stop } = trackConversation(connection)
      const done = next(connection, 'response.done')
      say(connection, 'hi there')
      connection.send({ type: 'response.create' })
      await done
      stop()
      connection.close()
      expect(conversation.items.map(({ role, text, status }) => ({ role, text, status }))).toEqual([
        { role: 'user', text: 'hi there', status: 'completed' },
        { role: 'assistant', text: 'You said: hi there', status: 'completed' },
      ])
    })
  }

  it('keeps audio transcripts and orders items by previous_item_id', () => {
    const conversation = createConversationTracker()
    const item = (id: string) => ({ id, type: 'message', role: 'assistant', content: [] })
    conversation.apply({
      type: 'conversation.item.created',
      previous_item_id: null,
      item: item('a'),
    } as never)
    conversation.apply({ type: 'conversation.item.created', previous_item_id: 'a', item: item('c') } as never)
    conversation.apply({ type: 'conversation.item.added', previous_item_id: 'a', item: item('b') } as never)
    conversation.apply({
      type: 'response.output_audio_transcript.delta',
      item_id: 'b',
      delta: 'Hel',
    } as never)
    conversation.apply({ type: 'response.audio_transcript.delta', item_id: 'b', delta: 'lo' } as never)
    conversation.apply({ type: 'conversation.item.deleted', item_id: 'c' } as never)
    expect(conversation.items.map(({ id, transcript }) => [id, transcript])).toEqual([
      ['a', ''],
      ['b', 'Hello'],
    ])
  })

  it('keeps the former name createConversation as an alias', () => {
    expect(createConversation).toBe(createConversationTracker)
  })
})

/** A session update adding the `lookup` tool, in the shape of each generation. */
const addLookup = (connection: RealtimeConnection<RealtimeProtocol>, protocol: RealtimeProtocol) =>
  connection.send({
    type: 'session.update',
    session: {
      ...(protocol === 'ga' && { type: 'realtime' as const }),
      tools: [{ type: 'function', name: 'lookup', parameters: {} }],
    },
  })

describe('handleFunctionCalls', () => {
  for (const protocol of ['ga', 'beta'] as const) {
    it(`runs the handler, sends its output and asks for the next response (${protocol})`, async () => {
      const connection = await connect(protocol)
      const calls: unknown[] = []
      handleFunctionCalls(connection, {
        lookup: async (args, call) => {
          calls.push([args, call.name])
          return { answer: 42 }
        },
      })
      const { conversation } = trackConversation(connection)
      addLookup(connection, protocol)
      say(connection, 'weather')
      connection.send({ type: 'response.create' })
      const textDone = protocol === 'ga' ? 'response.output_text.done' : 'response.text.done'
      const final = new Promise<void>((resolve) =>
        connection.on('*', (event) => {
          const { type, text } = event as { type: string; text?: string }
          if (type === textDone && text?.startsWith('The function returned')) resolve()
        }),
      )
      await final
      connection.close()
      expect(calls).toEqual([[{ query: 'weather' }, 'lookup']])
      expect(conversation.items.map(({ type }) => type)).toEqual([
        'message',
        'function_call',
        'function_call_output',
        'message',
      ])
      expect(conversation.items[1]?.arguments).toBe('{"query":"weather"}')
      expect(conversation.items[3]?.text).toBe('The function returned {"answer":42}')
    })
  }

  it('answers a throwing handler with an error output instead of failing', async () => {
    const connection = await connect()
    handleFunctionCalls(connection, {
      lookup: () => {
        throw new Error('database down')
      },
    })
    addLookup(connection, 'ga')
    say(connection, 'weather')
    const output = new Promise<Record<string, unknown>>((resolve) =>
      connection.on(
        'conversation.item.added',
        (event) => event.item.type === 'function_call_output' && resolve(event.item),
      ),
    )
    connection.send({ type: 'response.create' })
    const created = await output
    connection.close()
    expect(created.output).toBe('{"error":"database down"}')
  })
})

describe('appendAudio', () => {
  it('sends PCM16 in base64 chunks of whole samples that add up to the audio', async () => {
    const connection = await connect()
    const samples = new Int16Array(10_000).map((_, index) => index)
    expect(appendAudio(connection, samples, { chunkBytes: 4_800 })).toBe(5)
    const committed = next(connection, 'conversation.item.added')
    connection.send({ type: 'input_audio_buffer.commit' })
    const { item } = (await committed) as { item: { role: string; content: { bytes: number }[] } }
    connection.close()
    expect(item.role).toBe('user')
    expect(item.content[0]?.bytes).toBe(20_000)
  })

  it('refuses odd chunk sizes and half samples before sending anything', async () => {
    const connection = await connect()
    const sent: unknown[] = []
    const spy = { send: (event: unknown) => sent.push(event), on: connection.on }
    expect(() => appendAudio(spy, new Int16Array(4), { chunkBytes: 3 })).toThrow(InvalidInputError)
    expect(() => appendAudio(spy, new Uint8Array(5))).toThrow(InvalidInputError)
    expect(sent).toEqual([])
    connection.close()
  })

  it('converts float samples to PCM16, clamping', () => {
    expect([...floatToPCM16(new Float32Array([0, 1, -1, 2, -2, 0.5]))]).toEqual([
      0, 32767, -32767, 32767, -32767, 16384,
    ])
  })
})

describe('interrupt', () => {
  for (const protocol of ['ga', 'beta'] as const) {
    it(`cancels the response in progress and truncates the item at the played position (${protocol})`, async () => {
      const connection = await connect(protocol)
      say(connection, 'tell me a long story')
      const delta = next(connection, protocol === 'ga' ? 'response.output_text.delta' : 'response.text.delta')
      connection.send({ type: 'response.create' })
      const { item_id } = (await delta) as { item_id: string }
      const truncated = next(connection, 'conversation.item.truncated')
      const done = next(connection, 'response.done')
      interrupt(connection, { itemId: item_id, playedMs: 1234.7 })
      expect(await truncated).toMatchObject({ item_id, content_index: 0, audio_end_ms: 1234 })
      expect(await done).toMatchObject({ response: { status: 'cancelled' } })
      connection.close()
    })
  }
})
