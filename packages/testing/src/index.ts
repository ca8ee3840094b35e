export { type ApiErrorBody, apiError } from './api-error.ts'
export { type ContractClient, createContractClient, responseIssue, streamEventIssue } from './contract.ts'
export { type EventStreamFormat, eventStreamResponse } from './event-stream.ts'
export { createHandlers, type HandlersOptions, handlers } from './handlers.ts'
export { createMock, type Mock } from './mock.ts'
export { createMockTransport } from './mock-transport.ts'
export { type OperationAnswerer, operationHeader } from './operation-handler.ts'
export { expiredToken } from './realtime/tokens.ts'
export { connectMockServer, type RemoteMock } from './remote-mock.ts'
export type {
  Scripted,
  ScriptedAnswer,
  ScriptedContent,
  ScriptedError,
  ScriptedFaults,
  ScriptedRequest,
  ScriptedToolCall,
} from './scripted-answer.ts'
export {
  type SendWebhookOptions,
  type SignedWebhook,
  type SignWebhookOptions,
  sendWebhook,
  signWebhook,
} from './sign-webhook.ts'
export { findOperation, type MockStreamEvent, type OperationSpec, spec } from './spec-data.ts'
export type { Issue } from './validator.ts'
