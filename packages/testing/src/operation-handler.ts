import { type HttpHandler, HttpResponse, http } from 'msw'
import { checkRequest } from './check-request.ts'
import { eventStreamResponse } from './event-stream.ts'
import { hasFixedQuery, readQuery } from './read-request.ts'
import type { OperationSpec } from './spec-data.ts'

/** The response header naming the operation that answered, read by contract tests. */
export const operationHeader = 'x-oaikit-operation'

const binaryBody = new TextEncoder().encode('mock binary content')

/** Whether the request asks for the event stream the way the operation takes it: a body field (a string in a form) or a query parameter. */
const asksForStream = (
  operation: OperationSpec,
  request: Request,
  body: Record<string, unknown> | undefined,
) => {
  const toggle = operation.stream?.switch
  if (!toggle) return false
  const given =
    toggle.in === 'body' ? body?.[toggle.field] : readQuery(new URL(request.url), operation)[toggle.field]
  return given === toggle.value || given === String(toggle.value)
}

const answer = (
  operation: OperationSpec,
  request: Request,
  body: Record<string, unknown> | undefined,
): Response => {
  const { response, stream } = operation
  if (stream && asksForStream(operation, request, body))
    return eventStreamResponse(stream.events, { named: stream.named, done: !stream.end && !stream.final })
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
 * `checkRequest`) and answers with the operation's example, or its event stream when the request
 * asks for it. Every answer carries the operation id in `x-oaikit-operation`. A request without
 * the query the operation's spec path fixes (`?beta=true`) passes on to the next handler.
 */
export const createOperationHandler = (operation: OperationSpec, baseURL: string): HttpHandler =>
  http[operation.method.toLowerCase() as 'get'](
    `${baseURL}${mswPath(operation.path)}`,
    async ({ request }) => {
      if (!hasFixedQuery(new URL(request.url), operation)) return undefined
      const checked = await checkRequest(request, operation)
      const response = checked instanceof Response ? checked : answer(operation, request, checked.body)
      response.headers.set(operationHeader, operation.id)
      response.headers.set('x-request-id', `req_mock_${operation.id}`)
      return response
    },
  )
