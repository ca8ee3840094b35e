// `msw/http` and `msw/utils/…`, not `msw`: the package root creates a BroadcastChannel at load (for
// WebSocket mocking), which keeps Deno and browsers' event loops alive and a script from exiting.
import type { HttpHandler } from 'msw'
import { HttpResponse, http } from 'msw/http'
import { checkRequest } from './check-request.ts'
import { eventStreamResponse } from './event-stream.ts'
import { readQuery } from './read-request.ts'
import type { ScriptedRequest } from './scripted-answer.ts'
import type { OperationSpec } from './spec-data.ts'

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

/** The spec's example answer of the operation, or its event stream when the body asks for `stream: true`. */
export const exampleAnswer = (
  operation: OperationSpec,
  body: Record<string, unknown> | undefined,
): Response => {
  const { response, stream } = operation
  if (stream && (body?.stream === true || body?.stream === 'true'))
    return eventStreamResponse(stream.events, { named: stream.named, done: !stream.end })
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
 * stream when the body asks for `stream: true`). Every answer carries the operation id in
 * `x-oaikit-operation`.
 */
export const createOperationHandler = (
  operation: OperationSpec,
  baseURL: string,
  answer?: OperationAnswerer,
): HttpHandler =>
  http[operation.method.toLowerCase() as 'get'](
    `${baseURL}${mswPath(operation.path)}`,
    async ({ request, params }) => {
      const checked = await checkRequest(request, operation)
      const scripted =
        checked instanceof Response || !answer
          ? undefined
          : await answer(
              operation,
              {
                operation: operation.id,
                body: checked.body,
                params: params as Record<string, string>,
                query: readQuery(new URL(request.url), operation),
              },
              request.signal,
            )
      const response =
        checked instanceof Response ? checked : (scripted ?? exampleAnswer(operation, checked.body))
      response.headers.set(operationHeader, operation.id)
      response.headers.set('x-request-id', `req_mock_${operation.id}`)
      return response
    },
  )
