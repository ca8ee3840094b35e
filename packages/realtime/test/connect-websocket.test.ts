import { createClient, InvalidInputError } from '@oaikit/core'
import { connectWebSocket, RealtimeError, type RealtimeServerEvent } from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'
import { mockRealtimeURL, recordedHandshakes, uniqueKey } from './mock-realtime.ts'

const client = (apiKey = uniqueKey()) => createClient({ apiKey, baseURL: mockRealtimeURL() })

/** Collects server events until (and including) the first of `type`. */
const until = async <T extends { type: string }>(events: AsyncIterable<T>, type: string): Promise<T[]> => {
  const seen: T[] = []
  for await (const event of events) {
    seen.push(event)
    if (event.type === type) break
  }
  return seen
}

describe('connectWebSocket', () => {
  it('opens a beta session with the default handshake and streams a text response', async () => {
    const key = uniqueKey()
    const connection = await connectWebSocket(client(key), { model: 'gpt-4o-realtime-preview' })
    const events = connection[Symbol.asyncIterator]()
    connection.send({ type: 'session.update', session: { instructions: 'Be brief.' } })
    connection.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'hello' }] },
    })
    connection.send({ type: 'response.create' })
    const seen = await until({ [Symbol.asyncIterator]: () => events }, 'response.done')
    const types = seen.map((event) => event.type)
    expect(types.slice(0, 2)).toEqual(['session.created', 'session.updated'])
    expect(types).toContain('conversation.item.created')
    const text = seen.flatMap((event) => (event.type === 'response.text.delta' ? [event.delta] : [])).join('')
    expect(text).toBe('You said: hello')
    connection.close()
    await connection.closed
    const browser = 'document' in globalThis
    const handshakes = await recordedHandshakes()
    expect(handshakes.find((recorded) => recorded.token === key)?.auth).toBe(
      browser ? 'subprotocol' : 'header',
    )
  })

  it('sends the client secret and the beta marker as subprotocols, as browsers must', async () => {
    const key = uniqueKey()
    const connection = await connectWebSocket(client(key), { handshake: 'subprotocol' })
    const created = new Promise((resolve) => connection.on('session.updated', resolve))
    connection.send({ type: 'session.update', session: {} })
    await created
    connection.close()
    const handshake = (await recordedHandshakes()).find((recorded) => recorded.token === key)
    expect(handshake).toMatchObject({ auth: 'subprotocol', protocol: 'beta', accepted: true })
    expect(handshake?.protocols).toEqual([
      'realtime',
      `openai-insecure-api-key.${key}`,
      'openai-beta.realtime-v1',
    ])
  })

  it('refuses a secret sk- key in a subprotocol unless the client allows it, without connecting', async () => {
    const key = uniqueKey('sk-test')
    const error = await connectWebSocket(client(key), { handshake: 'subprotocol' }).catch((caught) => caught)
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(String(error.message)).not.toContain(key)
    expect((await recordedHandshakes()).some((recorded) => recorded.token === key)).toBe(false)
  })

  it('hands server error events to on("error") as typed errors and stays open', async () => {
    const connection = await connectWebSocket(client())
    const error = new Promise<RealtimeError>((resolve) => connection.on('error', resolve))
    // @ts-expect-error: not a client event, on purpose
    connection.send({ type: 'no.such_event', event_id: 'evt_1' })
    const received = await error
    expect(RealtimeError.isInstance(received)).toBe(true)
    expect(received).toMatchObject({ kind: 'server', code: 'invalid_value' })
    expect(received.event?.error.event_id).toBe('evt_1')
    const updated = new Promise((resolve) => connection.on('session.updated', resolve))
    connection.send({ type: 'session.update', session: {} })
    await expect(updated).resolves.toMatchObject({ type: 'session.updated' })
    connection.close()
  })

  it('rejects with a refused error when the server turns the key down', async () => {
    const error = await connectWebSocket(client('not-a-key')).catch((caught) => caught)
    expect(RealtimeError.isInstance(error)).toBe(true)
    expect(error.kind).toBe('refused')
    expect(String(error.message)).not.toContain('not-a-key')
  })

  it('reports an expired key: as expired where the handshake status is readable (Workers), refused elsewhere', async () => {
    const workers = 'WebSocketPair' in globalThis
    const error = await connectWebSocket(client('ek_mock_expired')).catch((caught) => caught)
    expect(RealtimeError.isInstance(error)).toBe(true)
    expect(error).toMatchObject(
      workers ? { kind: 'expired', status: 401, code: 'expired_api_key' } : { kind: 'refused' },
    )
    expect(String(error.message)).not.toContain('ek_mock_expired')
  })

  it('fails closed, the iterator and on("error") with a closed error at an unexpected close', async () => {
    const connection = await connectWebSocket(client(), { model: 'mock-unexpected-close' })
    const errors: RealtimeError[] = []
    connection.on('error', (error) => errors.push(error))
    const iterated = (async () => {
      for await (const _ of connection) {
      }
    })().catch((error: unknown) => error)
    await expect(connection.closed).rejects.toMatchObject({ kind: 'closed', closeCode: 1011 })
    expect(await iterated).toMatchObject({ kind: 'closed' })
    expect(errors.map((error) => error.kind)).toEqual(['closed'])
    expect(() => connection.send({ type: 'response.create' })).toThrow(RealtimeError)
  })

  it('speaks the GA protocol when asked: no beta marker, GA event names, typed sessions', async () => {
    const key = uniqueKey()
    const connection = await connectWebSocket(client(key), { protocol: 'ga' })
    const seen: RealtimeServerEvent<'ga'>[] = []
    connection.on('*', (event) => seen.push(event))
    const done = new Promise((resolve) => connection.on('response.done', resolve))
    connection.send({ type: 'session.update', session: { type: 'realtime', instructions: 'hi' } })
    connection.send({
      type: 'conversation.item.create',
      item: { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'ga' }] },
    })
    connection.send({ type: 'response.create' })
    await done
    connection.close()
    const types = seen.map((event) => event.type)
    expect(types).toContain('response.output_text.delta')
    expect(types).toContain('conversation.item.added')
    expect(types).not.toContain('response.text.delta')
    const handshake = (await recordedHandshakes()).find((recorded) => recorded.token === key)
    expect(handshake?.protocol).toBe('ga')
  })

  it('ends iterators and resolves closed at close(), and refuses to send afterwards', async () => {
    const connection = await connectWebSocket(client())
    const iterated = (async () => {
      for await (const _ of connection) {
      }
      return 'ended'
    })()
    connection.close()
    await expect(connection.closed).resolves.toBeUndefined()
    await expect(iterated).resolves.toBe('ended')
    expect(() => connection.send({ type: 'response.create' })).toThrow(RealtimeError)
  })
})
