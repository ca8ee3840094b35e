export * from './realtime/index.ts'
export { type MockServer, type MockServerOptions, startMockServer } from './server.ts'
