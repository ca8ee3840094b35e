import { createClient } from '@oaikit/core'
import { connectWebSocket } from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { mockRealtimeURL, recordedHandshakes, uniqueKey } from './mock-realtime.ts'

describe('connectWebSocket with a WebSocket constructor passed in (Node 20)', () => {
  it('opens the session with the ws package and the Authorization header', async () => {
    const key = uniqueKey()
    const connection = await connectWebSocket(createClient({ apiKey: key, baseURL: mockRealtimeURL() }), {
      handshake: 'header',
      WebSocket: WebSocket as unknown as typeof globalThis.WebSocket,
    })
    const updated = new Promise((resolve) => connection.on('session.updated', resolve))
    connection.send({ type: 'session.update', session: { type: 'realtime', instructions: 'hi' } })
    await expect(updated).resolves.toMatchObject({ session: { instructions: 'hi' } })
    connection.close()
    await connection.closed
    const handshake = (await recordedHandshakes()).find((recorded) => recorded.token === key)
    expect(handshake).toMatchObject({ auth: 'header', protocol: 'ga', protocols: [] })
  })
})
