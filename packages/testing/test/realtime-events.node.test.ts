import { createClient } from '@oaikit/core'
import { appendAudio, connectWebSocket, type RealtimeConnection } from '@oaikit/realtime'
import { type MockRealtimeServer, startMockRealtimeServer } from '@oaikit/testing/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

describe('the mock Realtime server and the client events it receives', () => {
  let server: MockRealtimeServer
  beforeAll(async () => {
    server = await startMockRealtimeServer()
  })
  afterAll(() => server.close())

  const connect = () =>
    connectWebSocket(createClient({ apiKey: 'ek_events', baseURL: server.url }), { handshake: 'header' })
  const next = (connection: RealtimeConnection, type: string) =>
    new Promise<Record<string, unknown>>((resolve) => {
      const off = connection.on('*', (event) => {
        if (event.type !== type) return
        off()
        resolve(event as never)
      })
    })

  it('records every message of each connection with its handshake index, null for one not JSON', async () => {
    const first = await connect()
    const second = await connect()
    const cleared = next(second, 'input_audio_buffer.cleared')
    first.send({ type: 'input_audio_buffer.append', audio: 'AAAAAA==' })
    first.send({ type: 'input_audio_buffer.clear' })
    second.send({ type: 'input_audio_buffer.clear' })
    await Promise.all([next(first, 'input_audio_buffer.cleared'), cleared])
    const raw = new WebSocket(server.url.replace('http', 'ws').concat('/realtime'), [
      'realtime',
      'openai-insecure-api-key.ek_raw',
    ])
    await new Promise((resolve) => raw.addEventListener('message', resolve, { once: true }))
    const answered = new Promise((resolve) => raw.addEventListener('message', resolve, { once: true }))
    raw.send('not json')
    await answered
    raw.close()
    first.close()
    second.close()
    const base = server.handshakes.length - 3
    expect(server.handshakes.slice(base).map(({ token }) => token)).toEqual([
      'ek_events',
      'ek_events',
      'ek_raw',
    ])
    const of = (connection: number) => server.events.filter((record) => record.connection === connection)
    expect(of(base).map(({ event }) => event)).toEqual([
      { type: 'input_audio_buffer.append', audio: 'AAAAAA==' },
      { type: 'input_audio_buffer.clear' },
    ])
    expect(of(base + 1).map(({ event }) => event)).toEqual([{ type: 'input_audio_buffer.clear' }])
    expect(of(base + 2).map(({ event }) => event)).toEqual([null])
    const served = await (await fetch(new URL('/__mock/events', server.url))).json()
    expect(served).toEqual(server.events)
  })

  it('answers committed audio with audio deltas and a transcript naming how long the audio was', async () => {
    const connection = await connect()
    const updated = next(connection, 'session.updated')
    connection.send({ type: 'session.update', session: { type: 'realtime', output_modalities: ['audio'] } })
    await updated
    appendAudio(connection, new Int16Array(12_000)) // 500 ms at 24 kHz
    connection.send({ type: 'input_audio_buffer.commit' })
    const audio: string[] = []
    connection.on('response.output_audio.delta', (event) => audio.push(event.delta))
    const transcript = next(connection, 'response.output_audio_transcript.done')
    connection.send({ type: 'response.create' })
    expect((await transcript).transcript).toBe('You said: 500 ms of audio')
    connection.close()
    expect(audio.length).toBeGreaterThan(0)
    expect(audio.every((delta) => atob(delta).length === 4_800)).toBe(true)
  })
})
