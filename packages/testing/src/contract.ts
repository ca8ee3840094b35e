import { type Client, createClient } from '@oaikit/core'
import type { RequestHandler } from 'msw'
import { handlers as defaultHandlers } from './handlers.ts'
import { createMockTransport } from './mock-transport.ts'
import { operationHeader } from './operation-handler.ts'
import { findOperation } from './spec-data.ts'
import type { Issue } from './validator.ts'
import { jsonValidator } from './validators.ts'

/** A client wired to the mock API that records which operation answered each request. */
export interface ContractClient {
  /** The client to call operation functions with. */
  client: Client
  /**
   * The `operationId` of each answered request, in order; `'unmatched GET /path'` when no
   * operation of the spec matched (a wrong path or method).
   */
  operations: string[]
}

/**
 * A client for contract tests: requests go to the spec-driven handlers in-process, are validated
 * against the spec, and the operation that answered each is recorded.
 * @example
 * ```ts
 * const contract = createContractClient()
 * const model = await retrieveModel(contract.client, 'gpt-4o')
 * expect(contract.operations).toEqual(['retrieveModel'])
 * expect(responseIssue('retrieveModel', model)).toBeUndefined()
 * ```
 */
export const createContractClient = (
  handlers: readonly RequestHandler[] = defaultHandlers,
): ContractClient => {
  const operations: string[] = []
  const transport = createMockTransport(handlers)
  const client = createClient({
    apiKey: 'test-key',
    maxRetries: 0,
    transport: async (request) => {
      const response = await transport(request)
      operations.push(
        response.headers.get(operationHeader) ??
          `unmatched ${request.method} ${new URL(request.url).pathname}`,
      )
      return response
    },
  })
  return { client, operations }
}

/** Why a parsed answer of the operation does not match the spec's response schema, or `undefined`. */
export const responseIssue = (operationId: string, value: unknown): Issue | undefined => {
  const { schema } = findOperation(operationId).response
  return schema ? jsonValidator().check(schema, value) : undefined
}

/** Why an event of the operation's stream does not match the spec's event schema, or `undefined`. */
export const streamEventIssue = (operationId: string, event: unknown): Issue | undefined => {
  const { stream } = findOperation(operationId)
  if (!stream) return { param: null, message: `${operationId} does not stream`, code: 'invalid_value' }
  return jsonValidator().check(stream.schema, event)
}
