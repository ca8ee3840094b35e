// The WebRTC types the package needs, declared here so that its own types need no DOM library: a
// Worker or server project (`lib: ["es2022"]`, `@cloudflare/workers-types`) type-checks it with
// `skipLibCheck: false`. Where the DOM library is loaded, the public types are the DOM's own.

/** The DOM's type of the global `Name` (its instances), or `Fallback` where no such global is declared. */
type DOMType<Name extends string, Fallback> = typeof globalThis extends {
  [K in Name]: { prototype: infer Instance }
}
  ? Instance
  : Fallback

/** What the package uses of a `MediaStreamTrack`. */
export interface MediaStreamTrackLike {
  /** `'audio'` or `'video'`. */
  readonly kind: string
}

/** What the package uses of a `MediaStream`. */
export interface MediaStreamLike {
  /** Adds a track. */
  addTrack(track: never): void
  /** The stream's audio tracks. */
  getAudioTracks(): unknown[]
}

/** What the package uses of an `RTCDataChannel`. */
export interface DataChannelLike {
  /** Sends one serialized event. */
  send(data: string): void
  /** Closes the channel. */
  close(): void
  /** Listens for `open`, `message`, `close` and `error`. */
  // biome-ignore lint/suspicious/noExplicitAny: each library types these events differently.
  addEventListener(type: 'open' | 'message' | 'close' | 'error', listener: (event: any) => void): void
}

/** What the package uses of an `RTCPeerConnection`. */
export interface PeerConnectionLike {
  /** The local SDP once set. */
  readonly localDescription: { readonly sdp: string } | null
  /** `'new'`, `'connecting'`, `'connected'`, `'disconnected'`, `'failed'` or `'closed'`. */
  readonly connectionState: string
  /** Listens for the remote tracks. */
  // biome-ignore lint/suspicious/noExplicitAny: each library types these events differently.
  addEventListener(type: 'track', listener: (event: any) => void): void
  /** Sends a local track. */
  addTrack(track: never): unknown
  /** Adds a transceiver, here a receive-only audio one. */
  addTransceiver(kind: 'audio', init: { direction: 'recvonly' }): unknown
  /** Opens a data channel. */
  createDataChannel(label: string): DataChannelLike
  /** Makes an SDP offer. */
  createOffer(): Promise<{ type: 'offer'; sdp?: string }>
  /** Sets the local description. */
  setLocalDescription(description: { type: 'offer'; sdp?: string }): Promise<void>
  /** Sets the remote description. */
  setRemoteDescription(description: { type: 'answer'; sdp: string }): Promise<void>
  /** Closes the peer connection. */
  close(): void
}

/** A microphone track (the DOM's `MediaStreamTrack` where the DOM library is loaded). */
export type AudioTrack = DOMType<'MediaStreamTrack', MediaStreamTrackLike>

/** A media stream (the DOM's `MediaStream` where the DOM library is loaded). */
export type AudioStream = DOMType<'MediaStream', MediaStreamLike>

/** A peer connection (the DOM's `RTCPeerConnection` where the DOM library is loaded). */
export type PeerConnection = DOMType<'RTCPeerConnection', PeerConnectionLike>

/** The configuration of a peer connection (the DOM's `RTCConfiguration` where the DOM library is loaded). */
export type PeerConfiguration = typeof globalThis extends {
  RTCPeerConnection: new (configuration?: infer Configuration) => unknown
}
  ? Configuration
  : Record<string, unknown>

/** The browser's WebRTC constructors, as the package uses them. */
export interface WebRTCGlobals {
  RTCPeerConnection?: new (configuration?: PeerConfiguration) => PeerConnectionLike
  MediaStream?: new () => MediaStreamLike
}
