export { handlers } from './handlers.ts'
export { createMockTransport } from './mock-transport.ts'
