/** A tool call the model makes in a scripted answer. */
export interface ScriptedToolCall {
  /** The function to call. */
  name: string
  /** Its arguments: an object (sent as JSON) or the raw JSON text the model wrote. */
  arguments: unknown
  /** The call id. @defaultValue `call_<n>`, counted per mock */
  id?: string
}

/** An error answer: the status and, where it matters, the retry headers the API sends with it. */
export interface ScriptedError {
  /** The HTTP status, e.g. 429 or 503. */
  status: number
  /** @defaultValue a message naming the status */
  message?: string
  /** @defaultValue `'rate_limit_error'` for 429, `'server_error'` for 5xx, else `'invalid_request_error'` */
  type?: string
  /** @defaultValue `null` */
  code?: string | null
  /** @defaultValue `null` */
  param?: string | null
  /** Sent as `retry-after`, in seconds. */
  retryAfter?: number
  /** Sent as `retry-after-ms`, in milliseconds. */
  retryAfterMs?: number
}

/**
 * Faults to inject into one answer, to test retries, timeouts and cut streams. Event counts are
 * counted in events of a stream, or in bytes for a JSON body.
 */
export interface ScriptedFaults {
  /** Milliseconds to wait before the answer's headers. @defaultValue `0` */
  latency?: number
  /** Sends this many events (or bytes), then nothing more until the client gives up. */
  stallAfter?: number
  /** Sends this many events (or bytes), then resets the connection (the body fails). */
  resetAfter?: number
  /** Sends this many events, then an `event: error` in the API's error shape, then ends. */
  errorAfter?: number
  /** The message of that error event. @defaultValue `'The server had an error while processing your request.'` */
  errorMessage?: string
}

/** What the model says: exactly one of these fields. */
export type ScriptedContent =
  /** A text answer (chat, Responses, legacy completions). */
  | { text: string }
  /** A refusal (chat, Responses). */
  | { refusal: string }
  /** Tool calls, after an optional text (chat: `tool_calls`; Responses: `function_call` items). */
  | { toolCalls: readonly ScriptedToolCall[]; text?: string }
  /** A structured output: the value, written as JSON text. */
  | { json: unknown }
  /** Responses only: the `output` items as they are. */
  | { output: readonly unknown[] }
  /** Any operation: the answer's body as it is (it must match the operation's response schema). */
  | { body: unknown }
  /** An error answer. */
  | { error: ScriptedError }

/**
 * One scripted answer: what the model says, extra headers and faults. Plain data, so it can be
 * sent to a mock server in another process (see `connectMockServer`).
 * @example
 * ```ts
 * mock.script('createChatCompletion', { toolCalls: [{ name: 'weather', arguments: { city: 'Paris' } }] }, { text: 'Sunny.' })
 * mock.script('createChatCompletion', { error: { status: 429, retryAfterMs: 10 } })
 * ```
 */
export type ScriptedAnswer = ScriptedContent & ScriptedFaults & { headers?: Record<string, string> }

/** What a function answer is given: the validated request. */
export interface ScriptedRequest {
  /** The `operationId` that matched. */
  operation: string
  /** The parsed JSON or multipart body (`undefined` without one). */
  body: Record<string, unknown> | undefined
  /** The path parameters, e.g. `{ file_id: 'file-1' }`. */
  params: Record<string, string>
  /** The query parameters. */
  query: Record<string, unknown>
}

/** A scripted answer, or a function of the validated request that makes one (in-process only). */
export type Scripted =
  | ScriptedAnswer
  | ((request: ScriptedRequest) => ScriptedAnswer | Promise<ScriptedAnswer>)
