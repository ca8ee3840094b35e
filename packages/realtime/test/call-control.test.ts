import { APIError, createClient } from '@oaikit/core'
import {
  acceptRealtimeCall,
  connectWebSocket,
  createWebRTCCall,
  hangupRealtimeCall,
  readCallId,
  referRealtimeCall,
  rejectRealtimeCall,
} from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'
import { mockRealtimeURL, recordedCalls, recordedHandshakes, uniqueKey } from './mock-realtime.ts'

/** A server's client (the Chromium run is a page: it must allow the sk- key). */
const server = (apiKey = uniqueKey('sk-test')) =>
  createClient({ apiKey, baseURL: mockRealtimeURL(), dangerouslyAllowBrowser: true, maxRetries: 0 })

const newCallId = () => `rtc_${crypto.randomUUID().replaceAll('-', '')}`

describe('call control (server-side and SIP calls)', () => {
  it('accepts an incoming call, joins it by its ID, transfers it and hangs it up', async () => {
    const key = uniqueKey('sk-test')
    const client = server(key)
    const callId = newCallId()
    const session = { type: 'realtime', model: 'gpt-realtime', instructions: 'Answer the phone.' } as const
    expect(await acceptRealtimeCall(client, callId, session)).toBeUndefined()
    const connection = await connectWebSocket(client, { callId })
    const updated = new Promise((resolve) => connection.on('session.updated', resolve))
    connection.send({ type: 'session.update', session: { type: 'realtime', instructions: 'Be brief.' } })
    await expect(updated).resolves.toMatchObject({ session: { instructions: 'Be brief.' } })
    await referRealtimeCall(client, callId, { target_uri: 'tel:+14155550123' })
    await hangupRealtimeCall(client, callId)
    connection.close()
    const actions = (await recordedCalls()).filter((action) => action.callId === callId)
    expect(actions).toEqual([
      { callId, action: 'accept', body: session },
      { callId, action: 'refer', body: { target_uri: 'tel:+14155550123' } },
      { callId, action: 'hangup', body: {} },
    ])
    const handshake = (await recordedHandshakes()).find((recorded) => recorded.token === key)
    expect(handshake).toMatchObject({
      path: `/v1/realtime?call_id=${callId}`,
      protocol: 'ga',
      accepted: true,
    })
  })

  it('rejects a call with a SIP status, and surfaces the API refusing an accept without a session type', async () => {
    const client = server()
    const callId = newCallId()
    await rejectRealtimeCall(client, callId, { status_code: 486 })
    expect((await recordedCalls()).filter((action) => action.callId === callId)).toEqual([
      { callId, action: 'reject', body: { status_code: 486 } },
    ])
    const error = await acceptRealtimeCall(client, callId, {} as never).catch((caught) => caught)
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ status: 400 })
  })
})

describe('readCallId', () => {
  it("reads the call ID from a created call's Location header", () => {
    const created = (location?: string) =>
      new Response('v=0', { status: 201, headers: location ? { location } : {} })
    expect(readCallId(created('/v1/realtime/calls/rtc_123'))).toBe('rtc_123')
    expect(readCallId(created('https://api.openai.com/v1/realtime/calls/rtc_456/?x=1'))).toBe('rtc_456')
    expect(readCallId(created())).toBeUndefined()
  })
})

describe('createWebRTCCall', () => {
  it('posts the offer and the session as the form fields the API reads, and returns the answer and the call ID', async () => {
    const seen: { url: string; authorization: string | null; sdp: unknown; session: unknown }[] = []
    const client = createClient({
      apiKey: 'sk-test-server',
      dangerouslyAllowBrowser: true,
      baseURL: 'https://api.example.test/v1',
      transport: async (request) => {
        const form = await request.formData()
        seen.push({
          url: request.url,
          authorization: request.headers.get('authorization'),
          sdp: form.get('sdp'),
          session: form.get('session'),
        })
        return new Response('v=0 answer', {
          status: 201,
          headers: { location: '/v1/realtime/calls/rtc_srv' },
        })
      },
    })
    const session = { type: 'realtime', model: 'gpt-realtime', instructions: 'Be brief.' } as const
    expect(await createWebRTCCall(client, { sdp: 'v=0 offer', session })).toEqual({
      sdp: 'v=0 answer',
      callId: 'rtc_srv',
    })
    expect(seen).toEqual([
      {
        url: 'https://api.example.test/v1/realtime/calls',
        authorization: 'Bearer sk-test-server',
        sdp: 'v=0 offer',
        session: JSON.stringify(session),
      },
    ])
  })
})
