import { apiError } from './api-error.ts'
import { chatChunks, chatCompletion } from './chat-answer.ts'
import { eventStreamResponse } from './event-stream.ts'
import { type NextId, toModelTurn } from './model-turn.ts'
import { responseEvents, responseObject, responseOutput } from './response-answer.ts'
import type { ScriptedAnswer, ScriptedError, ScriptedRequest } from './scripted-answer.ts'
import type { MockStreamEvent, OperationSpec } from './spec-data.ts'
import { asksForStream, endsWithDone } from './stream-switch.ts'
import { jsonValidator } from './validators.ts'

type Json = Record<string, unknown>

/** A rendered answer: the response, and the JSON object it carries (the final one of a stream). */
export interface RenderedAnswer {
  response: Response
  value?: Json
}

const errorTypes: Record<number, string> = { 401: 'invalid_request_error', 429: 'rate_limit_error' }

const errorResponse = (error: ScriptedError): Response => {
  const response = apiError(error.status, error.message ?? `Mock error ${error.status}.`, {
    type:
      error.type ??
      errorTypes[error.status] ??
      (error.status >= 500 ? 'server_error' : 'invalid_request_error'),
    code: error.code ?? null,
    param: error.param ?? null,
  })
  if (error.retryAfter !== undefined) response.headers.set('retry-after', String(error.retryAfter))
  if (error.retryAfterMs !== undefined) response.headers.set('retry-after-ms', String(error.retryAfterMs))
  return response
}

/** A mistake in the script itself: a 500 that names it and that no client retries. */
export const mockError = (message: string): Response => {
  const response = apiError(500, message, { type: 'mock_error', code: 'invalid_script' })
  response.headers.set('x-should-retry', 'false')
  return response
}

/** The JSON body (and, for a stream, the events) an answer of this operation carries. */
const build = (
  operation: OperationSpec,
  answer: ScriptedAnswer,
  validated: ScriptedRequest,
  nextId: NextId,
): { value: Json; events?: Json[] } | string => {
  const example = (operation.response.example ?? {}) as Json
  const request = validated.body ?? {}
  const streaming = asksForStream(operation, validated.body, validated.query)
  if ('body' in answer)
    return streaming
      ? `${operation.id} streams here: script text, toolCalls or json`
      : { value: answer.body as Json }
  const turn = toModelTurn(answer, nextId)
  if (operation.path === '/chat/completions' && turn) {
    const id = nextId('chatcmpl-')
    const value = chatCompletion(example, turn, request, id)
    const first = operation.stream?.events[0]?.data as Json | undefined
    return streaming
      ? { value, events: chatChunks(first ?? {}, example.usage, turn, request, id) }
      : { value }
  }
  if (operation.path === '/responses') {
    const output = 'output' in answer ? answer.output : turn && responseOutput(turn, nextId)
    if (!output) return `${operation.id} takes text, refusal, toolCalls, json, output, body or error answers`
    const value = responseObject(example, output, request, nextId('resp_'))
    return streaming ? { value, events: responseEvents(value) } : { value }
  }
  if (operation.path === '/completions' && turn?.text !== undefined && !streaming) {
    const [choice] = (example.choices as Json[] | undefined) ?? [{}]
    return {
      value: {
        ...example,
        id: nextId('cmpl-'),
        model: request.model ?? example.model,
        choices: [{ ...choice, index: 0, text: turn.text, finish_reason: 'stop' }],
      },
    }
  }
  return `${operation.id} takes body or error answers${streaming ? ' when it streams' : ''}`
}

const firstIssue = (
  operation: OperationSpec,
  built: { value: Json; events?: Json[] },
): string | undefined => {
  const validator = jsonValidator()
  const named = operation.stream?.named
  for (const [index, event] of (built.events ?? []).entries()) {
    const issue = validator.check(
      operation.stream!.schema,
      named ? { event: event.type, data: event } : event,
    )
    if (issue) return `event ${index}: ${issue.message}${issue.param ? ` (at ${issue.param})` : ''}`
  }
  if (built.events || !operation.response.schema) return undefined
  const issue = validator.check(operation.response.schema, built.value)
  return issue && `${issue.message}${issue.param ? ` (at ${issue.param})` : ''}`
}

/**
 * Renders a scripted answer for a validated request of `operation`: an error answer, or the JSON
 * answer or event stream the operation sends, checked against the spec's schemas. A script that
 * does not fit the operation gets a 500 of type `mock_error` saying why.
 */
export const renderAnswer = (
  operation: OperationSpec,
  answer: ScriptedAnswer,
  request: ScriptedRequest,
  nextId: NextId,
): RenderedAnswer => {
  if ('error' in answer) return { response: errorResponse(answer.error) }
  const built = build(operation, answer, request, nextId)
  if (typeof built === 'string') return { response: mockError(`Scripted answer: ${built}.`) }
  const issue = firstIssue(operation, built)
  if (issue)
    return { response: mockError(`The scripted answer of ${operation.id} does not match the spec: ${issue}`) }
  if (!built.events)
    return { response: Response.json(built.value, { status: operation.response.status }), value: built.value }
  const events: MockStreamEvent[] = built.events.map((data) => ({
    event: data.type as string | undefined,
    data,
  }))
  // Events with a `type` (Responses) go out under their name, as the API sends them.
  const format = {
    named: operation.stream!.named || events.every((event) => event.event !== undefined),
    done: endsWithDone(operation),
  }
  return { response: eventStreamResponse(events, format), value: built.value }
}
