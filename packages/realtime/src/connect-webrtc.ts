import { type Client, InvalidInputError } from '@oaikit/core'
import { createConnection, type RealtimeConnection } from './connection.ts'
import type { RealtimeProtocol } from './events.ts'
import { readCallId } from './read-call-id.ts'
import { readRefusal } from './read-refusal.ts'
import { RealtimeError } from './realtime-error.ts'
import { realtimeURL } from './realtime-url.ts'
import { resolveKey } from './resolve-key.ts'
import type {
  AudioStream,
  AudioTrack,
  PeerConfiguration,
  PeerConnection,
  PeerConnectionLike,
  WebRTCGlobals,
} from './webrtc-types.ts'

/**
 * Sends the SDP offer and resolves with the answer (its SDP text, or the SDP and the call's ID);
 * replaces the default POST to the API, for apps whose own server creates the call.
 */
export type ExchangeSDP = (
  offer: string,
  request: { url: URL; key: string; signal?: AbortSignal },
) => Promise<string | { sdp: string; callId?: string }>

/** Options of {@link connectWebRTC}. */
export interface WebRTCOptions<P extends RealtimeProtocol = 'ga'> {
  /**
   * The protocol generation: the offer goes to `/realtime/calls` (GA) or `/realtime?model=` (beta).
   * @deprecated for `'beta'`: the beta protocol is deprecated and the server may refuse it.
   * @defaultValue `'ga'`
   */
  protocol?: P
  /** The model; omit it when the client secret already names one. */
  model?: string
  /** The microphone track to send (from `getUserMedia`); receive-only without one. */
  audio?: AudioTrack
  /**
   * Sends the offer and returns the answer, for apps whose own server creates the call.
   * @defaultValue a POST of the offer (`application/sdp`) with the client's key, through the client's transport
   */
  exchangeSDP?: ExchangeSDP
  /** Configuration of the peer connection. */
  configuration?: PeerConfiguration
  /**
   * Milliseconds until the data channel must be open.
   * @defaultValue `30_000`
   */
  timeout?: number
  /** Aborts connecting. */
  signal?: AbortSignal
}

/** A Realtime connection over WebRTC: events on the `oai-events` data channel, audio as media tracks. */
export interface WebRTCConnection<P extends RealtimeProtocol = 'ga'> extends RealtimeConnection<P> {
  /** The peer connection, for stats and renegotiation; closed with the connection. */
  readonly peerConnection: PeerConnection
  /** The model's voice: set it as an `<audio>` element's `srcObject`. */
  readonly remoteAudio: AudioStream
  /**
   * The call's ID (GA), from the answer's `Location` header or your `exchangeSDP`: for a server to
   * watch or end the call (`connectWebSocket(client, { callId })`, `hangupRealtimeCall`).
   */
  readonly callId: string | undefined
}

const postOffer =
  (client: Client): ExchangeSDP =>
  async (offer, { url, key, signal }) => {
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/sdp' }
    const response = await (client.options.transport ?? fetch)(
      new Request(url, { method: 'POST', headers, body: offer, signal }),
    ).catch((cause: unknown) => {
      throw signal?.aborted
        ? signal.reason
        : new RealtimeError('refused', 'The SDP exchange failed: no answer from the server', { cause })
    })
    if (!response.ok) throw await readRefusal(response, key)
    return { sdp: await response.text(), callId: readCallId(response) }
  }

/** A promise of the data channel's opening, rejected at its close, the timeout or the signal. */
const channelOpened = (
  channel: ReturnType<PeerConnectionLike['createDataChannel']>,
  timeout: number,
  signal: AbortSignal | undefined,
) => {
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
  return { opened, stop: () => clearTimeout(timer) }
}

/**
 * Opens a Realtime session over WebRTC in a browser: sends the microphone track, plays the model's
 * audio from `remoteAudio`, and carries events on the `oai-events` data channel. The SDP offer is
 * posted with the client's key (a client secret; an `sk-` key is refused unless the client sets
 * `dangerouslyAllowBrowser`) to `/realtime/calls`, or handed to your `exchangeSDP`.
 * @throws RealtimeError (`refused`, `expired`) when the exchange fails or the channel does not open in time; InvalidInputError without WebRTC or for a missing or refused key.
 * @example
 * ```ts
 * const [audio] = (await navigator.mediaDevices.getUserMedia({ audio: true })).getAudioTracks()
 * const connection = await connectWebRTC(client, { audio, model: 'gpt-realtime' })
 * player.srcObject = connection.remoteAudio
 * ```
 */
export const connectWebRTC = async <P extends RealtimeProtocol = 'ga'>(
  client: Client,
  options: WebRTCOptions<P> = {},
): Promise<WebRTCConnection<P>> => {
  const { protocol = 'ga' as P, model, audio, configuration, timeout = 30_000, signal } = options
  signal?.throwIfAborted()
  const { RTCPeerConnection, MediaStream } = globalThis as WebRTCGlobals
  if (!RTCPeerConnection || !MediaStream) throw new InvalidInputError('This runtime has no WebRTC')
  const key = await resolveKey(client, true)
  const peerConnection = new RTCPeerConnection(configuration)
  const remoteAudio = new MediaStream()
  peerConnection.addEventListener('track', ({ track }) => remoteAudio.addTrack(track as never))
  if (audio) peerConnection.addTrack(audio as never)
  else peerConnection.addTransceiver('audio', { direction: 'recvonly' })
  const channel = peerConnection.createDataChannel('oai-events')
  const { opened, stop } = channelOpened(channel, timeout, signal)
  let callId: string | undefined
  const negotiate = async () => {
    await peerConnection.setLocalDescription(await peerConnection.createOffer())
    const url = realtimeURL(client, protocol === 'beta' ? '' : '/calls', { model })
    const exchange = options.exchangeSDP ?? postOffer(client)
    const answer = await exchange(peerConnection.localDescription?.sdp ?? '', { url, key, signal })
    const sdp = typeof answer === 'string' ? answer : answer.sdp
    if (typeof answer !== 'string') callId = answer.callId
    await peerConnection.setRemoteDescription({ type: 'answer', sdp })
    await opened
  }
  try {
    // Racing `opened` lets the timeout and the signal also cut an exchange that never answers.
    await Promise.race([opened, negotiate()])
  } catch (error) {
    peerConnection.close()
    throw error
  } finally {
    stop()
  }
  const connection = createConnection(channel, protocol, () => peerConnection.close(), key)
  return Object.assign(connection, {
    peerConnection: peerConnection as PeerConnection,
    remoteAudio: remoteAudio as AudioStream,
    callId,
  })
}
