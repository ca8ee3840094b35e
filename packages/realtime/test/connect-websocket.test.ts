import { createClient, InvalidInputError } from '@oaikit/core'
import {
  connectWebSocket,
  type RealtimeClientEvent,
  type RealtimeConnection,
  RealtimeError,
  type RealtimeProtocol,
  type RealtimeServerEvent,
} from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'
import { mockRealtimeURL, recordedHandshakes, uniqueKey } from './mock-realtime.ts'

const client = (apiKey: unknown = uniqueKey()) =>
  createClient({ apiKey: apiKey as string, baseURL: mockRealtimeURL() })

const browser = 'document' in globalThis
const workers = 'WebSocketPair' in globalThis

/** The handshake the mock server recorded for `key`. */
const handshakeOf = async (key: string) =>
  (await recordedHandshakes()).find((recorded) => recorded.token === key)

/** Collects server events until (and including) the first of `type`. */
const until = async <T extends { type: string }>(events: AsyncIterable<T>, type: string): Promise<T[]> => {
  const seen: T[] = []
  for await (const event of events) {
    seen.push(event)
    if (event.type === type) break
  }
  return seen
}

/** The session update of each generation: GA sessions name their `type`. */
const sessionUpdate = <P extends RealtimeProtocol>(protocol: P, instructions: string) =>
  (protocol === 'ga'
    ? { type: 'session.update', session: { type: 'realtime', instructions } }
    : { type: 'session.update', session: { instructions } }) as RealtimeClientEvent<P>

const say = (connection: RealtimeConnection<RealtimeProtocol>, text: string) =>
  connection.send({
    type: 'conversation.item.create',
    item: { type: 'message', role: 'user', content: [{ type: 'input_text', text }] },
  })

describe('connectWebSocket', () => {
  it('speaks GA by default: no beta subprotocol, no OpenAI-Beta header', async () => {
    for (const handshake of [undefined, 'subprotocol'] as const) {
      const key = uniqueKey()
      const connection = await connectWebSocket(client(key), { model: 'gpt-realtime', handshake })
      expect(connection.protocol).toBe('ga')
      connection.close()
      const recorded = await handshakeOf(key)
      expect(recorded).toMatchObject({
        protocol: 'ga',
        accepted: true,
        path: '/v1/realtime?model=gpt-realtime',
      })
      expect(recorded?.protocols).not.toContain('openai-beta.realtime-v1')
      expect(recorded?.headers['openai-beta']).toBeUndefined()
    }
  })

  it('GA: streams a text response under the GA event names, typed', async () => {
    const key = uniqueKey()
    const connection = await connectWebSocket(client(key), { model: 'gpt-realtime' })
    const events = connection[Symbol.asyncIterator]()
    connection.send(sessionUpdate('ga', 'Be brief.'))
    say(connection, 'hello')
    connection.send({ type: 'response.create' })
    const seen: RealtimeServerEvent[] = await until({ [Symbol.asyncIterator]: () => events }, 'response.done')
    const types = seen.map((event) => event.type)
    expect(types.slice(0, 2)).toEqual(['session.created', 'session.updated'])
    expect(types).toContain('conversation.item.added')
    expect(types).not.toContain('response.text.delta')
    const text = seen.flatMap((event) => (event.type === 'response.output_text.delta' ? [event.delta] : []))
    expect(text.join('')).toBe('You said: hello')
    connection.close()
    await connection.closed
    expect((await handshakeOf(key))?.auth).toBe(browser ? 'subprotocol' : 'header')
  })

  it('beta (deprecated), by the one option: the beta marker and the beta event names', async () => {
    const key = uniqueKey()
    const connection = await connectWebSocket(client(key), { protocol: 'beta' })
    expect(connection.protocol).toBe('beta')
    const events = connection[Symbol.asyncIterator]()
    connection.send(sessionUpdate('beta', 'Be brief.'))
    say(connection, 'hello')
    connection.send({ type: 'response.create' })
    const seen: RealtimeServerEvent<'beta'>[] = await until(
      { [Symbol.asyncIterator]: () => events },
      'response.done',
    )
    const text = seen.flatMap((event) => (event.type === 'response.text.delta' ? [event.delta] : []))
    expect(text.join('')).toBe('You said: hello')
    expect(seen.map((event) => event.type)).toContain('conversation.item.created')
    connection.close()
    const recorded = await handshakeOf(key)
    expect(recorded?.protocol).toBe('beta')
    if (recorded?.auth === 'header') expect(recorded.headers['openai-beta']).toBe('realtime=v1')
    else expect(recorded?.protocols).toContain('openai-beta.realtime-v1')
  })

  for (const protocol of ['ga', 'beta'] as const) {
    it(`sends the client secret as a subprotocol, as browsers must (${protocol})`, async () => {
      const key = uniqueKey()
      const connection = await connectWebSocket(client(key), { handshake: 'subprotocol', protocol })
      const updated = new Promise((resolve) => connection.on('session.updated', resolve))
      connection.send(sessionUpdate(protocol, 'hi'))
      await expect(updated).resolves.toMatchObject({ session: { instructions: 'hi' } })
      connection.close()
      const recorded = await handshakeOf(key)
      expect(recorded).toMatchObject({ auth: 'subprotocol', protocol, accepted: true })
      expect(recorded?.protocols).toEqual([
        'realtime',
        `openai-insecure-api-key.${key}`,
        ...(protocol === 'beta' ? ['openai-beta.realtime-v1'] : []),
      ])
    })

    it(`hands server error events to on("error") as typed errors, the key redacted, and stays open (${protocol})`, async () => {
      const key = uniqueKey()
      const connection = await connectWebSocket(client(key), { protocol })
      const error = new Promise<RealtimeError>((resolve) => connection.on('error', resolve))
      const raw = new Promise<unknown>((resolve) =>
        connection.on('*', (event) => event.type === 'error' && resolve(event)),
      )
      // The mock echoes an unknown event type in its error message, as the API does.
      connection.send({ type: key, event_id: 'evt_1' } as never)
      const received = await error
      expect(RealtimeError.isInstance(received)).toBe(true)
      expect(received).toMatchObject({ kind: 'server', code: 'invalid_value' })
      expect(received.event?.error.event_id).toBe('evt_1')
      expect(received.message).toContain('[redacted]')
      expect(received.message).not.toContain(key)
      expect(JSON.stringify(received)).not.toContain(key)
      expect(JSON.stringify(await raw)).not.toContain(key)
      const updated = new Promise((resolve) => connection.on('session.updated', resolve))
      connection.send(sessionUpdate(protocol, ''))
      await expect(updated).resolves.toMatchObject({ type: 'session.updated' })
      connection.close()
    })

    it(`fails closed, the iterator and on("error") with a closed error at an unexpected close (${protocol})`, async () => {
      const connection = await connectWebSocket(client(), { model: 'mock-unexpected-close', protocol })
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
  }

  it('redacts the key from a close reason that quotes it', async () => {
    const key = uniqueKey()
    const connection = await connectWebSocket(client(key), { model: 'mock-close-echoing-key' })
    const error = await connection.closed.catch((caught: RealtimeError) => caught)
    expect(error).toMatchObject({ kind: 'closed', closeCode: 1008 })
    expect(String(error?.message)).toContain('[redacted]')
    expect(String(error?.message)).not.toContain(key)
    expect(JSON.stringify(error)).not.toContain(key)
  })

  it('refuses a secret sk- key in a subprotocol unless the client allows it, without connecting', async () => {
    const key = uniqueKey('sk-test')
    const error = await connectWebSocket(client(key), { handshake: 'subprotocol' }).catch((caught) => caught)
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect(String(error.message)).not.toContain(key)
    expect(await handshakeOf(key)).toBeUndefined()
  })

  it('refuses keys that are not strings or that no handshake can carry, naming what is wrong', async () => {
    for (const [key, says] of [
      [12345, 'must be a string, not a number'],
      [{ key: 'ek_x' }, 'must be a string, not a object'],
      [' ek_leading_space', 'character no handshake can carry'],
      ['ek_nul\0byte', 'character no handshake can carry'],
    ] as const) {
      const error = await connectWebSocket(client(key)).catch((caught) => caught)
      expect(InvalidInputError.isInstance(error)).toBe(true)
      expect(error.message).toContain(says)
    }
  })

  it('rejects with a refused error when the server turns the key down', async () => {
    const error = await connectWebSocket(client('not-a-key')).catch((caught) => caught)
    expect(RealtimeError.isInstance(error)).toBe(true)
    expect(error.kind).toBe('refused')
    expect(String(error.message)).not.toContain('not-a-key')
  })

  it('reports an expired key: as expired where the handshake status is readable (Workers), refused elsewhere', async () => {
    const error = await connectWebSocket(client('ek_mock_expired')).catch((caught) => caught)
    expect(RealtimeError.isInstance(error)).toBe(true)
    expect(error).toMatchObject(
      workers ? { kind: 'expired', status: 401, code: 'expired_api_key' } : { kind: 'refused' },
    )
    expect(String(error.message)).not.toContain('ek_mock_expired')
  })

  it('reports the signal reason when the handshake is aborted, and the timeout when it takes too long', async () => {
    const reason = new Error('user hung up')
    const controller = new AbortController()
    setTimeout(() => controller.abort(reason), 50)
    const aborted = await connectWebSocket(client(), {
      model: 'mock-never-open',
      signal: controller.signal,
    }).catch((caught) => caught)
    expect(aborted).toBe(reason)
    const late = await connectWebSocket(client(), { model: 'mock-never-open', timeout: 100 }).catch(
      (caught) => caught,
    )
    expect(RealtimeError.isInstance(late)).toBe(true)
    expect(late).toMatchObject({ kind: 'refused', message: 'The handshake took over 100 ms' })
  })

  it('joins a call by its ID (call_id), for a server watching a WebRTC or SIP call', async () => {
    const key = uniqueKey()
    const connection = await connectWebSocket(client(key), { callId: 'rtc_abc 1' })
    connection.close()
    expect((await handshakeOf(key))?.path).toBe('/v1/realtime?call_id=rtc_abc+1')
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
