export { type AppendAudioOptions, appendAudio, floatToPCM16 } from './append-audio.ts'
export { type ClientSecret, readClientSecret } from './client-secret.ts'
export { type ClientSecretHandlerOptions, createClientSecretHandler } from './client-secret-handler.ts'
export { type ClientSecretProviderOptions, createClientSecretProvider } from './client-secret-provider.ts'
export {
  connectWebRTC,
  type ExchangeSDP,
  type WebRTCConnection,
  type WebRTCOptions,
} from './connect-webrtc.ts'
export { connectWebSocket, type Handshake, type WebSocketOptions } from './connect-websocket.ts'
export {
  type ConnectionLike,
  createConnection,
  type RealtimeConnection,
  type RealtimeEventMap,
} from './connection.ts'
export {
  type Conversation,
  type ConversationItem,
  type ConversationTracker,
  createConversation,
  createConversationTracker,
  type TrackedItem,
  trackConversation,
} from './conversation-tracker.ts'
export { createWebRTCCall, type WebRTCCallOptions } from './create-webrtc-call.ts'
export type {
  BetaClientEvent,
  BetaServerEvent,
  BetaSession,
  GAClientEvent,
  GAServerEvent,
  GASession,
  RealtimeClientEvent,
  RealtimeErrorEvent,
  RealtimeItem,
  RealtimeProtocol,
  RealtimeServerEvent,
} from './events.ts'
export * from './generated/index.ts'
export {
  type FunctionCallOptions,
  type FunctionHandler,
  handleFunctionCalls,
} from './handle-function-calls.ts'
export { type InterruptOptions, interrupt } from './interrupt.ts'
export { type ExpiresAfter, type MintOptions, mintClientSecret } from './mint-client-secret.ts'
export { readCallId } from './read-call-id.ts'
export { RealtimeError, type RealtimeErrorDetails, type RealtimeErrorKind } from './realtime-error.ts'
export type { RealtimeSocket } from './realtime-socket.ts'
export type {
  AudioStream,
  AudioTrack,
  DataChannelLike,
  MediaStreamLike,
  MediaStreamTrackLike,
  PeerConfiguration,
  PeerConnection,
  PeerConnectionLike,
} from './webrtc-types.ts'
