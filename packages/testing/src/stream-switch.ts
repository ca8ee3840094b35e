import type { OperationSpec } from './spec-data.ts'

/**
 * Whether a request asks for the operation's event stream the way the operation takes it: a body
 * field (a string in a form) or a query parameter, as the spec data's `stream.switch` says.
 */
export const asksForStream = (
  operation: OperationSpec,
  body: Record<string, unknown> | undefined,
  query: Record<string, unknown>,
): boolean => {
  const toggle = operation.stream?.switch
  if (!toggle) return false
  const given = toggle.in === 'body' ? body?.[toggle.field] : query[toggle.field]
  return given === toggle.value || given === String(toggle.value)
}

/** How the operation's stream is framed: `data: [DONE]` only when no event ends it. */
export const endsWithDone = (operation: OperationSpec): boolean =>
  !operation.stream?.end && !operation.stream?.final
