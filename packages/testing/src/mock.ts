import type { Transport } from '@oaikit/core'
import type { RequestHandler } from 'msw'
import { collectionRole } from './collections.ts'
import { applyFaults } from './faults.ts'
import { createHandlers, type HandlersOptions } from './handlers.ts'
import { mintAnswer } from './mint-answer.ts'
import { createMockState } from './mock-state.ts'
import { createMockTransport } from './mock-transport.ts'
import { createMockUploads } from './mock-uploads.ts'
import type { OperationAnswerer } from './operation-handler.ts'
import { createMockTokens } from './realtime/tokens.ts'
import { mockError, renderAnswer } from './render-answer.ts'
import type { Scripted, ScriptedAnswer, ScriptedRequest } from './scripted-answer.ts'
import { findOperation, type OperationSpec } from './spec-data.ts'

/** A mock of the whole API with state and scripted answers; one per test, or `reset()` between tests. */
export interface Mock {
  /** Its MSW handlers: every operation, validating each request first. */
  readonly handlers: readonly RequestHandler[]
  /** A transport answering with those handlers in-process (`createClient({ transport })`). */
  readonly transport: Transport
  /**
   * Queues what the next calls of an operation answer, in order; when the queue is empty the
   * operation answers from the state or with the spec's example again. Returns the mock.
   * @throws Error when the spec has no operation of that id.
   */
  script(operationId: string, ...answers: Scripted[]): Mock
  /** How many scripted answers of the operation (of every operation without an id) are still queued. */
  pending(operationId?: string): number
  /** Every request that passed validation, in order, as scripts see them. */
  readonly requests: readonly ScriptedRequest[]
  /** Forgets scripts, stored objects, uploads and recorded requests: a fresh mock. */
  reset(): void
}

/**
 * A stateful mock of the API. Requests are validated against the spec as by `handlers`; then a
 * scripted answer, if one is queued for the operation, is rendered as the operation answers
 * (JSON or an event stream, checked against the spec's schemas) with its faults; else created
 * files, vector stores, batches, responses (every collection of the spec) are stored and can be
 * retrieved, listed in real pages and deleted; uploads complete with their file; Realtime client
 * secrets expire in the future; and every other request gets the spec's example.
 * @example
 * ```ts
 * const mock = createMock()
 * mock.script('createChatCompletion', { toolCalls: [{ name: 'weather', arguments: { city: 'Paris' } }] }, { text: 'Sunny, 21°C.' })
 * const client = createClient({ apiKey: 'sk-test', transport: mock.transport })
 * ```
 */
export const createMock = (options: HandlersOptions = {}): Mock => {
  let counter = 0
  const nextId = (prefix: string) => `${prefix}mock${++counter}`
  const queues = new Map<string, Scripted[]>()
  const requests: ScriptedRequest[] = []
  const state = createMockState(nextId)
  const uploads = createMockUploads(state, nextId)
  const tokens = createMockTokens()

  const scripted = async (
    operation: OperationSpec,
    request: ScriptedRequest,
    queued: Scripted,
    signal: AbortSignal,
  ) => {
    let answer: ScriptedAnswer
    try {
      answer = typeof queued === 'function' ? await queued(request) : queued
    } catch (error) {
      return mockError(
        `The scripted answer function of ${operation.id} threw: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    const rendered = renderAnswer(operation, answer, request, nextId)
    for (const [name, value] of Object.entries(answer.headers ?? {}))
      rendered.response.headers.set(name, value)
    const role = collectionRole(operation.id)
    if (role?.kind === 'create' && rendered.value && rendered.response.ok)
      state.store(role.collection, rendered.value)
    return applyFaults(rendered.response, answer, signal)
  }

  const answer: OperationAnswerer = (operation, request, signal) => {
    requests.push(request)
    const queued = queues.get(operation.id)?.shift()
    if (queued) return scripted(operation, request, queued, signal)
    return (
      uploads.answer(operation, request) ??
      state.answer(operation, request) ??
      mintAnswer(operation, request.body, tokens)
    )
  }

  const handlers = createHandlers(options, answer)
  const mock: Mock = {
    handlers,
    transport: createMockTransport(handlers),
    script: (operationId, ...answers) => {
      findOperation(operationId)
      queues.set(operationId, [...(queues.get(operationId) ?? []), ...answers])
      return mock
    },
    pending: (operationId) =>
      operationId === undefined
        ? [...queues.values()].reduce((sum, queue) => sum + queue.length, 0)
        : (queues.get(operationId)?.length ?? 0),
    requests,
    reset: () => {
      counter = 0
      queues.clear()
      requests.length = 0
      state.reset()
      uploads.reset()
    },
  }
  return mock
}
