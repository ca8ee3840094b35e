// WebRTC is a browser API: its types come from the DOM library, also where a runtime's own library lacks them (Deno).
/// <reference lib="dom" />
import type { Client } from '@oaikit/core'
import { createConnection, type RealtimeConnection } from './connection.ts'
import type { RealtimeProtocol } from './events.ts'
import { readRefusal } from './read-refusal.ts'
import { RealtimeError } from './realtime-error.ts'
import { realtimeURL } from './realtime-url.ts'
import { resolveKey } from './resolve-key.ts'

/** Sends the SDP offer and resolves with the answer; replaces the default POST to the API. */
export type ExchangeSDP = (
  offer: string,
  request: { url: URL; key: string; signal?: AbortSignal },
) => Promise<string>

/** Options of {@link connectWebRTC}. */
export interface WebRTCOptions<P extends RealtimeProtocol = 'beta'> {
  /**
   * The protocol generation: the offer goes to `/realtime?model=` (beta) or `/realtime/calls` (GA).
   * @defaultValue `'beta'`
   */
  protocol?: P
  /** The model; omit it when the client secret already names one. */
  model?: string
  /** The microphone track to send (from `getUserMedia`); receive-only without one. */
  audio?: MediaStreamTrack
  /**
   * Sends the offer and returns the answer, for apps whose own server relays the SDP.
   * @defaultValue a POST of the offer (`application/sdp`) with the client's key, through the client's transport
   */
  exchangeSDP?: ExchangeSDP
  /** Configuration of the peer connection. */
  configuration?: RTCConfiguration
  /**
   * Milliseconds until the data channel must be open.
   * @defaultValue `30_000`
   */
  timeout?: number
  /** Aborts connecting. */
  signal?: AbortSignal
}

/** A Realtime connection over WebRTC: events on the `oai-events` data channel, audio as media tracks. */
export interface WebRTCConnection<P extends RealtimeProtocol = 'beta'> extends RealtimeConnection<P> {
  /** The peer connection, for stats and renegotiation; closed with the connection. */
  readonly peerConnection: RTCPeerConnection
  /** The model's voice: set it as an `<audio>` element's `srcObject`. */
  readonly remoteAudio: MediaStream
}

const postOffer =
  (client: Client): ExchangeSDP =>
  async (offer, { url, key, signal }) => {
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/sdp' }
    const response = await (client.options.transport ?? fetch)(
      new Request(url, { method: 'POST', headers, body: offer, signal }),
    )
    if (!response.ok) throw await readRefusal(response, key)
    return response.text()
  }

/**
 * Opens a Realtime session over WebRTC in a browser: sends the microphone track, plays the model's
 * audio from `remoteAudio`, and carries events on the `oai-events` data channel. The SDP offer is
 * posted with the client's key (a client secret; an `sk-` key is refused unless the client sets
 * `dangerouslyAllowBrowser`), or handed to your `exchangeSDP`.
 * @throws RealtimeError (`refused`, `expired`) when the exchange fails or the channel does not open in time.
 * @example
 * ```ts
 * const [audio] = (await navigator.mediaDevices.getUserMedia({ audio: true })).getAudioTracks()
 * const connection = await connectWebRTC(client, { audio, model: 'gpt-4o-realtime-preview' })
 * player.srcObject = connection.remoteAudio
 * ```
 */
export const connectWebRTC = async <P extends RealtimeProtocol = 'beta'>(
  client: Client,
  options: WebRTCOptions<P> = {},
): Promise<WebRTCConnection<P>> => {
  const { protocol = 'beta' as P, model, audio, configuration, timeout = 30_000, signal } = options
  signal?.throwIfAborted()
  const key = await resolveKey(client, true)
  const peerConnection = new RTCPeerConnection(configuration)
  const remoteAudio = new MediaStream()
  peerConnection.addEventListener('track', ({ track }) => remoteAudio.addTrack(track))
  if (audio) peerConnection.addTrack(audio)
  else peerConnection.addTransceiver('audio', { direction: 'recvonly' })
  const channel = peerConnection.createDataChannel('oai-events')
  let timer: ReturnType<typeof setTimeout> | undefined
  const opened = new Promise((resolve, reject) => {
    channel.addEventListener('open', resolve)
    channel.addEventListener('close', () =>
      reject(new RealtimeError('refused', 'The data channel closed before it opened')),
    )
    timer = setTimeout(
      () => reject(new RealtimeError('refused', `The data channel did not open within ${timeout} ms`)),
      timeout,
    )
    signal?.addEventListener('abort', () => reject(signal.reason), { once: true })
  })
  const negotiate = async () => {
    await peerConnection.setLocalDescription(await peerConnection.createOffer())
    const url = realtimeURL(client, protocol === 'ga' ? '/calls' : '', model)
    const exchange = options.exchangeSDP ?? postOffer(client)
    const answer = await exchange(peerConnection.localDescription?.sdp ?? '', { url, key, signal })
    await peerConnection.setRemoteDescription({ type: 'answer', sdp: answer })
    await opened
  }
  try {
    // Racing `opened` lets the timeout and the signal also cut an exchange that never answers.
    await Promise.race([opened, negotiate()])
  } catch (error) {
    peerConnection.close()
    throw error
  } finally {
    clearTimeout(timer)
  }
  const connection = createConnection(channel, protocol, () => peerConnection.close())
  return Object.assign(connection, { peerConnection, remoteAudio })
}
