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
export { createConnection, type RealtimeConnection, type RealtimeEventMap } from './connection.ts'
export {
  type Conversation,
  type ConversationItem,
  createConversation,
  trackConversation,
} from './conversation.ts'
export {
  type BetaClientEvent,
  type BetaServerEvent,
  type GAClientEvent,
  type GAServerEvent,
  type GASession,
  gaEventNames,
  type RealtimeClientEvent,
  type RealtimeItem,
  type RealtimeProtocol,
  type RealtimeServerEvent,
} from './events.ts'
export * from './generated/index.ts'
export {
  type FunctionCallOptions,
  type FunctionHandler,
  handleFunctionCalls,
} from './handle-function-calls.ts'
export { type InterruptOptions, interrupt } from './interrupt.ts'
export { type MintOptions, mintClientSecret } from './mint-client-secret.ts'
export { RealtimeError, type RealtimeErrorDetails, type RealtimeErrorKind } from './realtime-error.ts'
export type { RealtimeSocket } from './realtime-socket.ts'
