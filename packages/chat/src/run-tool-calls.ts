import { APIUserAbortError } from '@oaikit/core'
import { describeIssues, validate } from './schema.ts'
import type { Tool } from './tool.ts'

/** One call of a function tool by the model, whichever API it came from. */
export interface ToolCall {
  /** The call's id, which its result must quote. */
  id: string
  name: string
  /** The arguments as JSON text. */
  arguments: string
}

/** What the model is told when a call fails; by default `Error: ` and the error's message. */
export type ToolErrorMessage = (error: unknown, call: ToolCall) => string

const defaultErrorMessage: ToolErrorMessage = (error) =>
  `Error: ${error instanceof Error ? error.message : String(error)}`

/**
 * Runs the calls at the same time and resolves with each one's output for the model, in order. An
 * unknown tool, arguments that are not JSON or fail the schema, and a tool that throws all give an
 * error output (see {@link ToolErrorMessage}), never a failure. An abort of `signal` rejects at once
 * with an `APIUserAbortError`.
 * @example
 * ```ts
 * const outputs = await runToolCalls([weather], [{ id: 'call_1', name: 'weather', arguments: '{"city":"Oslo"}' }], signal)
 * ```
 */
export const runToolCalls = (
  tools: readonly Tool[],
  calls: readonly ToolCall[],
  signal: AbortSignal | undefined,
  errorMessage: ToolErrorMessage = defaultErrorMessage,
): Promise<string[]> => {
  const run = async (call: ToolCall): Promise<string> => {
    try {
      const tool = tools.find(({ name }) => name === call.name)
      if (!tool) throw new Error(`There is no tool named "${call.name}"`)
      const checked = await validate(tool.parameters, JSON.parse(call.arguments || '{}'))
      if (checked.issues) throw new Error(`Invalid arguments: ${describeIssues(checked.issues)}`)
      const result = await tool.execute(checked.value, { callId: call.id, signal })
      return typeof result === 'string' ? result : (JSON.stringify(result) ?? '')
    } catch (error) {
      return errorMessage(error, call)
    }
  }
  const outputs = Promise.all(calls.map(run))
  if (!signal) return outputs
  let onAbort = () => {}
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () =>
      reject(new APIUserAbortError({ message: 'The tool loop was aborted', cause: signal.reason }))
    if (signal.aborted) onAbort()
    signal.addEventListener('abort', onAbort)
  })
  return Promise.race([outputs, aborted]).finally(() => signal.removeEventListener('abort', onAbort))
}
