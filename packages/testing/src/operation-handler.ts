// `msw/http` and `msw/utils/…`, not `msw`: the package root creates a BroadcastChannel at load (for
// WebSocket mocking), which keeps Deno and browsers' event loops alive and a script from exiting.
import type { HttpHandler } from 'msw'
import { HttpResponse, http } from 'msw/http'
import { checkRequest } from './check-request.ts'
import { eventStreamResponse } from './event-stream.ts'
import { hasFixedQuery } from './read-request.ts'
import type { ScriptedRequest } from './scripted-answer.ts'
import type { OperationSpec } from './spec-data.ts'
import { asksForStream, endsWithDone } from './stream-switch.ts'

/** The response header naming the operation that answered, read by contract tests. */
export const operationHeader = 'x-oaikit-operation'

/**
 * Answers a validated request of an operation in place of the spec's example (scripts, state), or
 * resolves `undefined` to leave it to the example.
 */
export type OperationAnswerer = (
  operation: OperationSpec,
  request: ScriptedRequest,
  signal: AbortSignal,
) => Response | undefined | Promise<Response | undefined>

const binaryBody = new TextEncoder().encode('mock binary content')

/** The spec's example answer of the operation, or its event stream when the request asks for it. */
export const exampleAnswer = (operation: OperationSpec, request: ScriptedRequest): Response => {
  const { response, stream } = operation
  if (stream && asksForStream(operation, request.body, request.query))
    return eventStreamResponse(stream.events, { named: stream.named, done: endsWithDone(operation) })
  if (response.kind === 'binary') {
    const type = response.contentType?.includes('json')
      ? 'application/octet-stream'
      : (response.contentType ?? 'application/octet-stream')
    return new HttpResponse(binaryBody, { status: response.status, headers: { 'content-type': type } })
  }
  if (response.kind === 'empty') return new HttpResponse(null, { status: response.status })
  return HttpResponse.json(response.example as object, { status: response.status })
}

/** `/models/{model}` in MSW's path syntax: `/models/:model`. */
export const mswPath = (path: string): string => path.replace(/\{([^}]+)\}/g, ':$1')

/**
 * The MSW handler of one operation: it validates each request against the spec (see
 * `checkRequest`) and answers with `answer`'s response or the operation's example (its event
 * stream when the request asks for it). Every answer carries the operation id in
 * `x-oaikit-operation`. A request without the query the operation's spec path fixes
 * (`?beta=true`) passes on to the next handler.
 */
export const createOperationHandler = (
  operation: OperationSpec,
  baseURL: string,
  answer?: OperationAnswerer,
): HttpHandler =>
  http[operation.method.toLowerCase() as 'get'](
    `${baseURL}${mswPath(operation.path)}`,
    async ({ request, params }) => {
      if (!hasFixedQuery(new URL(request.url), operation)) return undefined
      const checked = await checkRequest(request, operation)
      let response: Response
      if (checked instanceof Response) response = checked
      else {
        const validated: ScriptedRequest = {
          operation: operation.id,
          body: checked.body,
          params: params as Record<string, string>,
          query: checked.query,
        }
        response =
          (answer && (await answer(operation, validated, request.signal))) ??
          exampleAnswer(operation, validated)
      }
      response.headers.set(operationHeader, operation.id)
      response.headers.set('x-request-id', `req_mock_${operation.id}`)
      return response
    },
  )
