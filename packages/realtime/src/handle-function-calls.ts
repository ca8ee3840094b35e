import type { ConnectionLike } from './connection.ts'

/** A function the model may call: receives the parsed arguments, returns the output (a string, or JSON-serialized). */
// biome-ignore lint/suspicious/noExplicitAny: arguments are whatever JSON the model produced for the function's schema.
export type FunctionHandler = (args: any, call: { name: string; callId: string }) => unknown

/** Options of {@link handleFunctionCalls}. */
export interface FunctionCallOptions {
  /**
   * Asks for the next response (`response.create`) once every call of a response has its output.
   * @defaultValue `true`
   */
  respond?: boolean
}

type Call = { type?: string; name?: string; call_id?: string; arguments?: string }

const run = async (handler: FunctionHandler | undefined, call: Call): Promise<string> => {
  try {
    if (!handler) throw new Error(`No handler for the function ${call.name}`)
    const output = await handler(JSON.parse(call.arguments || '{}'), {
      name: call.name ?? '',
      callId: call.call_id ?? '',
    })
    return typeof output === 'string' ? output : JSON.stringify(output ?? null)
  } catch (error) {
    return JSON.stringify({ error: error instanceof Error ? error.message : String(error) })
  }
}

/**
 * Runs the function calls the model makes: for each, calls its handler, sends the output as a
 * `function_call_output` item, and once the response is done and every output sent, asks for the
 * next response. A handler that throws (or a missing one) sends `{ "error": message }` as output, so
 * the model can recover. Returns a function that stops handling.
 * @example
 * ```ts
 * handleFunctionCalls(connection, { get_weather: async ({ city }) => weather(city) })
 * ```
 */
export const handleFunctionCalls = (
  connection: ConnectionLike,
  handlers: Record<string, FunctionHandler>,
  { respond = true }: FunctionCallOptions = {},
): (() => void) => {
  const pending = new Map<string, Promise<void>[]>()
  const send = (event: { type: string; [field: string]: unknown }) => {
    try {
      connection.send(event)
    } catch {
      // Closed meanwhile: nothing left to answer.
    }
  }
  const stopItems = connection.on('*', (event) => {
    const { type, item, response_id } = event as { type: string; item?: Call; response_id?: string }
    if (type !== 'response.output_item.done' || item?.type !== 'function_call' || !response_id) return
    const done = run(handlers[item.name ?? ''], item).then((output) =>
      send({
        type: 'conversation.item.create',
        item: { type: 'function_call_output', call_id: item.call_id, output },
      }),
    )
    pending.set(response_id, [...(pending.get(response_id) ?? []), done])
  })
  const stopResponses = connection.on('*', (event) => {
    const { type, response } = event as { type: string; response?: { id?: string } }
    const calls = type === 'response.done' && pending.get(response?.id ?? '')
    if (!calls) return
    pending.delete(response?.id ?? '')
    if (respond) void Promise.all(calls).then(() => send({ type: 'response.create' }))
  })
  return () => {
    stopItems()
    stopResponses()
  }
}
