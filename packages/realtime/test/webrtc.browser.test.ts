import { createClient, InvalidInputError } from '@oaikit/core'
import { connectWebRTC, RealtimeError } from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'

/** A local answering peer standing in for the API: answers offers, echoes events on `oai-events`. */
const createAnsweringPeer = () => {
  const peer = new RTCPeerConnection()
  const received: { type: string }[] = []
  const micTrack = new Promise<MediaStreamTrack>((resolve) =>
    peer.addEventListener('track', ({ track }) => resolve(track)),
  )
  peer.addEventListener('datachannel', ({ channel }) => {
    const send = (event: object) =>
      channel.send(JSON.stringify({ event_id: `event_${received.length}`, ...event }))
    channel.addEventListener('open', () => send({ type: 'session.created', session: { id: 'sess_rtc' } }))
    channel.addEventListener('message', ({ data }) => {
      const event = JSON.parse(data)
      received.push(event)
      if (event.type === 'session.update') send({ type: 'session.updated', session: event.session })
    })
  })
  const answer = async (offer: string) => {
    const voice = new AudioContext().createMediaStreamDestination().stream.getAudioTracks()[0]
    await peer.setRemoteDescription({ type: 'offer', sdp: offer })
    if (voice) peer.addTrack(voice)
    await peer.setLocalDescription(await peer.createAnswer())
    if (peer.iceGatheringState !== 'complete') {
      await new Promise((resolve) =>
        peer.addEventListener(
          'icegatheringstatechange',
          () => peer.iceGatheringState === 'complete' && resolve(null),
        ),
      )
    }
    return peer.localDescription?.sdp ?? ''
  }
  return { peer, received, micTrack, answer }
}

const microphone = () => new AudioContext().createMediaStreamDestination().stream.getAudioTracks()[0]

describe('connectWebRTC (Chromium)', () => {
  it('posts the offer to the GA calls endpoint with the client secret through the transport and carries events both ways', async () => {
    const remote = createAnsweringPeer()
    const posted: { url: string; authorization: string | null; type: string | null; offer: string }[] = []
    const client = createClient({
      apiKey: 'ek_rtc_secret',
      baseURL: 'https://api.example.test/v1',
      transport: async (request) => {
        const offer = await request.text()
        posted.push({
          url: request.url,
          authorization: request.headers.get('authorization'),
          type: request.headers.get('content-type'),
          offer,
        })
        return new Response(await remote.answer(offer), {
          status: 201,
          headers: { 'content-type': 'application/sdp', location: '/v1/realtime/calls/rtc_local_1' },
        })
      },
    })
    const audio = microphone()
    // GA by default: the offer goes to the calls endpoint.
    const connection = await connectWebRTC(client, { audio, model: 'gpt-realtime' })
    expect(connection.protocol).toBe('ga')
    expect(connection.callId).toBe('rtc_local_1')
    const created = new Promise((resolve) => connection.on('session.created', resolve))
    const updated = new Promise((resolve) => connection.on('session.updated', resolve))
    connection.send({ type: 'session.update', session: { type: 'realtime', instructions: 'hi' } })
    await expect(created).resolves.toMatchObject({ session: { id: 'sess_rtc' } })
    await expect(updated).resolves.toMatchObject({ session: { type: 'realtime', instructions: 'hi' } })
    expect(remote.received.map((event) => event.type)).toEqual(['session.update'])
    expect(posted).toHaveLength(1)
    expect(posted[0]).toMatchObject({
      url: 'https://api.example.test/v1/realtime/calls?model=gpt-realtime',
      authorization: 'Bearer ek_rtc_secret',
      type: 'application/sdp',
    })
    expect(posted[0]?.offer).toContain('m=audio')
    expect(posted[0]?.offer).toContain('m=application')
    expect((await remote.micTrack).kind).toBe('audio')
    expect(connection.remoteAudio.getAudioTracks()).toHaveLength(1)
    connection.close()
    await connection.closed
    expect(connection.peerConnection.connectionState).toBe('closed')
    remote.peer.close()
  })

  it('lets the app replace the SDP exchange (its server creates the call), and sends beta offers to /realtime?model=', async () => {
    const remote = createAnsweringPeer()
    const urls: string[] = []
    const relayed = await connectWebRTC(createClient({ apiKey: 'ek_rtc' }), {
      exchangeSDP: async (offer, { url }) => {
        urls.push(url.href)
        return { sdp: await remote.answer(offer), callId: 'rtc_relayed' }
      },
    })
    expect(relayed.callId).toBe('rtc_relayed')
    const updated = new Promise((resolve) => relayed.on('session.updated', resolve))
    relayed.send({ type: 'session.update', session: { type: 'realtime', instructions: 'relayed' } })
    await expect(updated).resolves.toMatchObject({ session: { instructions: 'relayed' } })
    relayed.close()
    remote.peer.close()
    const beta = createAnsweringPeer()
    const connection = await connectWebRTC(createClient({ apiKey: 'ek_rtc' }), {
      protocol: 'beta',
      model: 'gpt-4o-realtime-preview',
      exchangeSDP: (offer, { url }) => {
        urls.push(url.href)
        return beta.answer(offer)
      },
    })
    expect(connection.protocol).toBe('beta')
    expect(connection.callId).toBeUndefined()
    const betaUpdated = new Promise((resolve) => connection.on('session.updated', resolve))
    connection.send({ type: 'session.update', session: { instructions: 'beta' } })
    await expect(betaUpdated).resolves.toMatchObject({ session: { instructions: 'beta' } })
    expect(urls).toEqual([
      'https://api.openai.com/v1/realtime/calls',
      'https://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview',
    ])
    connection.close()
    beta.peer.close()
  })

  it('refuses a secret key, and turns a refused offer into a typed error without leaking the key', async () => {
    const secret = await connectWebRTC(createClient({ apiKey: 'sk-live-secret' })).catch((error) => error)
    expect(InvalidInputError.isInstance(secret)).toBe(true)
    const client = createClient({
      apiKey: 'ek_rtc_expired',
      transport: async () =>
        Response.json(
          { error: { message: 'Key ek_rtc_expired expired', code: 'expired_api_key' } },
          { status: 401 },
        ),
    })
    const error = await connectWebRTC(client).catch((caught) => caught)
    expect(RealtimeError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ kind: 'expired', status: 401 })
    expect(error.message).not.toContain('ek_rtc_expired')
    const offline = createClient({
      apiKey: 'ek_rtc_offline',
      transport: async () => {
        throw new TypeError('Failed to fetch')
      },
    })
    const failed = await connectWebRTC(offline).catch((caught) => caught)
    expect(failed).toMatchObject({ kind: 'refused' })
    expect(RealtimeError.isInstance(failed)).toBe(true)
  })
})
