/** Sends one HTTP request and resolves with its response: the global `fetch`, or any function of the same shape. */
export type Transport = (request: Request) => Promise<Response>

/** An API key, or a function that returns one (sync or async), called before each request. */
export type ApiKey = string | (() => string | Promise<string>)

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** The API key, or a provider of short-lived keys (ephemeral tokens) called per request. */
  apiKey?: ApiKey
  /**
   * The API's base URL.
   * @defaultValue `'https://api.openai.com/v1'`
   */
  baseURL?: string
  /**
   * Sends each request. Looked up at call time when omitted, so MSW, service bindings and test
   * fakes that replace `globalThis.fetch` later still see every request.
   * @defaultValue `globalThis.fetch`
   */
  transport?: Transport
}

/** A client: a small plain value holding options; pass it as the first argument of any operation. */
export interface Client {
  /** The options the client was created with. */
  readonly options: Readonly<ClientOptions>
}

/**
 * Creates a client for the OpenAI API.
 * @example
 * ```ts
 * const client = createClient({ apiKey: env.OPENAI_API_KEY })
 * const models = await listModels(client)
 * ```
 */
export const createClient = (options: ClientOptions = {}): Client => ({ options: { ...options } })
