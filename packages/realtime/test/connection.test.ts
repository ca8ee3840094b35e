import { createConnection, type RealtimeSocket } from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'

/** A socket the test drives by hand: `receive` plays a server message. */
const fakeSocket = () => {
  const listeners = new Map<string, ((event: unknown) => void)[]>()
  const socket: RealtimeSocket = {
    send: () => {},
    close: () => {},
    addEventListener: (type, listener) =>
      void listeners.set(type, [...(listeners.get(type) ?? []), listener]),
  }
  const receive = (event: object) => {
    for (const listener of listeners.get('message') ?? []) listener({ data: JSON.stringify(event) })
  }
  return { socket, receive }
}

describe('createConnection', () => {
  it('hands the events that arrived before any subscriber to the first iterator', async () => {
    const { socket, receive } = fakeSocket()
    const connection = createConnection(socket, 'ga')
    receive({ type: 'session.created', session: {} })
    const events = connection[Symbol.asyncIterator]()
    receive({ type: 'session.updated', session: {} })
    expect((await events.next()).value?.type).toBe('session.created')
    expect((await events.next()).value?.type).toBe('session.updated')
    connection.close()
    expect((await events.next()).done).toBe(true)
  })

  it('replays early events once only, to the first subscriber', () => {
    const { socket, receive } = fakeSocket()
    const connection = createConnection(socket, 'ga')
    receive({ type: 'session.created', session: {} })
    const first: string[] = []
    const second: string[] = []
    connection.on('*', (event) => first.push(event.type))
    connection.on('*', (event) => second.push(event.type))
    receive({ type: 'session.updated', session: {} })
    expect(first).toEqual(['session.created', 'session.updated'])
    expect(second).toEqual(['session.updated'])
  })
})
