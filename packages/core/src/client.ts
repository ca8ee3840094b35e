/**
 * Header values by name: `undefined` leaves a header as it is, `null` removes it. A value with CR
 * or LF, or one the platform refuses (a NUL, a character above U+00FF), is refused with an
 * `InvalidInputError` that names the header, never its value.
 */
export type HeaderValues = Record<string, string | null | undefined>

/**
 * Sends one HTTP request and resolves with its response: the global `fetch`, or any function of the
 * same shape. Middleware is a function that wraps a transport.
 * @example
 * ```ts
 * const logged: Transport = async (request) => {
 *   const response = await fetch(request)
 *   console.log(request.method, request.url, response.status)
 *   return response
 * }
 * ```
 */
export type Transport = (request: Request) => Promise<Response>

/**
 * An API key, or a function that returns one (sync or async), called before each attempt; after a
 * 401 it is called once more with `{ refresh: true }` and the request sent again, so a provider of
 * short-lived tokens can drop its cached one.
 */
export type ApiKey = string | ((context?: { refresh?: boolean }) => string | Promise<string>)

/** Receives one line per retry, with details that never hold a key or a header value. */
export interface Logger {
  debug(message: string, details?: Record<string, unknown>): void
}

/** Options of {@link createClient}. */
export interface ClientOptions {
  /**
   * The API key, or a provider of short-lived keys (ephemeral tokens) called per attempt; `null`
   * for no `Authorization` header (a proxy or a service binding that adds its own). Required: a
   * request whose key is missing (an unset environment variable) or not a string fails with an
   * `InvalidInputError` before anything is sent.
   */
  apiKey?: ApiKey | null
  /**
   * The API's base URL. Its query is kept, each operation's path going before it (Azure's
   * `?api-version=…`); a fragment is dropped; a user or password in it is refused.
   * @defaultValue `'https://api.openai.com/v1'`
   */
  baseURL?: string
  /** Sent as the `OpenAI-Organization` header. */
  organization?: string
  /** Sent as the `OpenAI-Project` header. */
  project?: string
  /** Headers sent with every request (`null` removes one the client would send). */
  headers?: HeaderValues
  /** Query parameters sent with every request: scalars (arrays and objects only to operations that take them). */
  query?: object
  /**
   * Sends each request. Looked up at call time when omitted, so MSW, service bindings and test
   * fakes that replace `globalThis.fetch` later still see every request.
   * @defaultValue `globalThis.fetch`
   */
  transport?: Transport
  /**
   * How many times a failed request is sent again (408, 409, 429, 5xx, connection failures, timeouts).
   * @defaultValue `2`
   */
  maxRetries?: number
  /**
   * Milliseconds each attempt may take until its response headers arrive (its whole body for JSON).
   * @defaultValue `600_000`
   */
  timeout?: number
  /**
   * Milliseconds a binary or streamed body may go without bytes while it is being read.
   * @defaultValue `300_000`
   */
  idleTimeout?: number
  /**
   * The first backoff delay in milliseconds, doubled at each retry (with jitter) when the server
   * does not say how long to wait.
   * @defaultValue `500`
   */
  initialRetryDelay?: number
  /**
   * The longest wait before a retry in milliseconds, whatever the server asks.
   * @defaultValue `60_000`
   */
  maxRetryDelay?: number
  /** Told about each retry. */
  logger?: Logger
  /**
   * Lets a browser send a long-lived secret key (`sk-…`), which anyone using the page can read.
   * Prefer short-lived tokens minted by your server and an `apiKey` function that fetches them.
   * @defaultValue `false`
   */
  dangerouslyAllowBrowser?: boolean
}

/** A client: a small plain value holding options; pass it as the first argument of any operation. */
export interface Client {
  /** The options the client was created with. */
  readonly options: Readonly<ClientOptions>
}

/**
 * Creates a client for the OpenAI API. Its requests fail with an `InvalidInputError` before anything
 * is sent when `apiKey` is missing (an unset environment variable: pass `null` for none) or is not
 * a string.
 * @example
 * ```ts
 * const client = createClient({ apiKey: env.OPENAI_API_KEY })
 * const models = await listModels(client)
 * ```
 */
export const createClient = (options: ClientOptions = {}): Client => ({ options: { ...options } })
