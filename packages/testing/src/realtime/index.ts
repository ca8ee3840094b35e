export type { MockRealtimeCallAction } from './calls.ts'
export type { MockRealtimeClientEvent } from './client-events.ts'
export type { MockRealtimeHandshake } from './handshake.ts'
export {
  type MockRealtimeServer,
  type MockRealtimeServerOptions,
  startMockRealtimeServer,
} from './mock-realtime-server.ts'
export { mockModels } from './mock-session.ts'
export { expiredToken } from './tokens.ts'
