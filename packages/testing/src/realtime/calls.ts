/** A call-control request the mock Realtime server received (`POST /v1/realtime/calls/{call_id}/{action}`). */
export interface MockRealtimeCallAction {
  /** The call it was for. */
  callId: string
  /** `accept`, `hangup`, `refer` or `reject`. */
  action: 'accept' | 'hangup' | 'refer' | 'reject'
  /** The JSON body, `{}` when there was none. */
  body: Record<string, unknown>
}

const route = /^\/v1\/realtime\/calls\/([^/]+)\/(accept|hangup|refer|reject)$/

/**
 * Answers a call-control request as the API does (`200` and no body), records it in `actions`, or
 * answers the API's `400` for a body it would refuse; `undefined` for other paths.
 */
export const controlMockCall = (
  actions: MockRealtimeCallAction[],
  path: string,
  body: Record<string, unknown>,
): { status: number; body?: unknown } | undefined => {
  const [, id, action] = route.exec(path) ?? []
  if (!id || !action) return undefined
  const missing =
    action === 'accept' && body.type !== 'realtime'
      ? 'type'
      : action === 'refer' && typeof body.target_uri !== 'string'
        ? 'target_uri'
        : undefined
  if (missing) {
    const message = `Missing required parameter: '${missing}'.`
    return {
      status: 400,
      body: {
        error: { type: 'invalid_request_error', code: 'missing_required_parameter', message, param: missing },
      },
    }
  }
  actions.push({ callId: decodeURIComponent(id), action: action as MockRealtimeCallAction['action'], body })
  return { status: 200 }
}
