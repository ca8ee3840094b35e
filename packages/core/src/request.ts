import { APIUserAbortError } from './abort-error.ts'
import { APIError } from './api-error.ts'
import type { Client, HeaderValues } from './client.ts'
import { APITimeoutError } from './connection-error.ts'
import { connectionFailure } from './connection-failure.ts'
import type { ExpandedPath } from './expand-path.ts'
import type { ReadGuard } from './guard-body.ts'
import { inBrowser } from './in-browser.ts'
import { InvalidInputError } from './invalid-input-error.ts'
import { redact } from './redact.ts'
import { resolveURL } from './resolve-url.ts'
import { responseKey } from './response-meta.ts'

/** The HTTP methods the API uses. */
export type HttpMethod = 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH'

/** What an operation function asks of the pipeline. */
export interface Operation {
  /** The HTTP method. */
  method: HttpMethod
  /**
   * The path below the base URL, e.g. `'/models'`; for one with parameters, the `expandPath` of its
   * template (e.g. `expandPath('/models/{model}', { model })`), expanded as the URL is built.
   */
  path: string | ExpandedPath
  /** Query parameters, merged over the client's and under the call's; `undefined` and `null` are skipped. */
  query?: object
  /**
   * Turns the merged query into its entries: `flattenQuery` for a query with arrays or objects.
   * @defaultValue `Object.entries`: scalar values only
   */
  encodeQuery?: (query: object) => [name: string, value: unknown][]
  /** The body, sent as JSON unless `encode` is given. */
  body?: unknown
  /**
   * Turns `body` into the payload and its content type, e.g. `encodeMultipart` for
   * `multipart/form-data`; `signal` is the caller's, which should stop a streamed payload (fetch
   * goes on pulling a body after an abort). A payload that is a `ReadableStream` cannot be sent
   * twice, so a request carrying one is never retried.
   * @defaultValue `JSON.stringify`, sent as `application/json`
   */
  encode?: (body: object, signal?: AbortSignal) => [payload: BodyInit, contentType: string]
  /**
   * Makes the result of a successful response instead of parsing its JSON: `guardBody` for a
   * binary body (the `Response` itself, its body guarded by the idle timeout and the caller's
   * signal), `@oaikit/streaming`'s reader for an event stream. See {@link ResponseReader}.
   * @defaultValue the parsed JSON, `undefined` for an empty body
   */
  read?: ResponseReader
}

/**
 * Makes the result of a successful response whose body is read later: `guard` wraps each read of
 * the body, one read at a time (it arms the idle timeout and turns a failure into a typed error),
 * and `end` must be called once the body is finished, failed or cancelled (it releases the
 * request's timer and signal listener). `redact` masks the client's key and any `sk-` token in
 * text the server sent, for the errors the reader makes of it. Nothing is retried once it is called.
 */
export type ResponseReader = (
  response: Response,
  guard: ReadGuard,
  end: () => void,
  redact: (text: string) => string,
) => unknown

/** Options every operation function takes last; each overrides the client's option of that name. */
export interface RequestOptions {
  /** Aborts the request, the waits between retries and the body. */
  signal?: AbortSignal
  /** Milliseconds each attempt may take (see `ClientOptions.timeout`). */
  timeout?: number
  /** Milliseconds a binary or streamed body may go without bytes (see `ClientOptions.idleTimeout`). */
  idleTimeout?: number
  /** Headers for this request (`null` removes one). */
  headers?: HeaderValues
  /** Query parameters for this request: scalars (arrays and objects only to operations that take them). */
  query?: object
  /** How many times this request may be sent again. */
  maxRetries?: number
  /** The `Idempotency-Key` sent with a non-GET request (and its retries); generated when omitted. */
  idempotencyKey?: string
}

// A body as JSON text; a BigInt, a cycle or a throwing `toJSON` is the caller's error, typed.
const toJSON = (body: unknown) => {
  try {
    return JSON.stringify(body)
  } catch (cause) {
    throw new InvalidInputError('Invalid body', { cause })
  }
}

/**
 * Sends an operation through the client's transport and resolves with its result (the parsed
 * JSON, or what {@link Operation.read} makes of the response), retrying failures that may pass on
 * a second try.
 * @throws APIError for an error status, APIConnectionError (or APITimeoutError) when no answer came,
 * APIUserAbortError when the caller's signal aborted, InvalidInputError for arguments that cannot be sent.
 * @example
 * ```ts
 * const model = await request<Model>(client, { method: 'GET', path: expandPath('/models/{model}', { model: 'gpt-4o' }) })
 * ```
 */
export const request = async <T>(
  client: Client,
  operation: Operation,
  options: RequestOptions = {},
): Promise<T> => {
  const settings = client.options
  const { apiKey, transport = fetch } = settings
  const { method, body, encode, read, encodeQuery = Object.entries } = operation
  const caller = options.signal
  const url = resolveURL(settings.baseURL ?? 'https://api.openai.com/v1', operation.path)
  // `append` turns numbers and booleans into their text itself.
  for (const [name, value] of encodeQuery({ ...settings.query, ...operation.query, ...options.query }))
    if (value != null) url.searchParams.append(name, value as string)
  const [payload, contentType] =
    body === undefined ? [] : encode ? encode(body as object, caller) : [toJSON(body), 'application/json']
  // The pipeline's own headers, the same for every attempt (its idempotency key above all).
  const ownHeaders: HeaderValues = {
    'content-type': contentType,
    'openai-organization': settings.organization,
    'openai-project': settings.project,
    'idempotency-key':
      method === 'GET' ? undefined : (options.idempotencyKey ?? `oaikit-${crypto.randomUUID()}`),
  }
  let refresh = false
  for (let retry = 0, delay = 0; ; ) {
    const controller = new AbortController()
    const { signal } = controller
    let timer: ReturnType<typeof setTimeout> | undefined
    // One timer at a time: the wait before the attempt, its timeout, or the idle timeout of a body
    // read. Each is over or cleared before the next is armed.
    const arm = (ms: number) =>
      (timer = setTimeout(
        () => controller.abort(new APITimeoutError({ message: `No data for ${ms} ms` })),
        ms,
      ))
    const onAbort = () =>
      controller.abort(new APIUserAbortError({ message: 'Request aborted', cause: caller?.reason }))
    // The request of the attempt, held until it ends: Node's fetch follows its signal through a weak
    // reference, so an abort or a timeout would stop reaching the connection once it is collected.
    let sent: Request | undefined
    const end = () => {
      clearTimeout(timer)
      caller?.removeEventListener('abort', onAbort)
      sent = undefined
    }
    // Settles with `value`, unless the signal aborts first (or has already). Waits happen one at a
    // time, so the signal's one `onabort` handler is the current wait's: nothing outlives its wait
    // (a race against one promise that lasts as long as the request would keep every chunk read).
    // A failure is the abort reason, else a broken connection (the value's own error when `own`).
    const wait = <R>(value: R | Promise<R>, own?: 1) =>
      new Promise<R>((resolve, reject) => {
        const fail = (cause?: unknown) =>
          reject(signal.aborted ? signal.reason : own ? cause : connectionFailure(url.host, cause))
        signal.onabort = fail
        if (signal.aborted) fail()
        Promise.resolve(value).then(resolve, fail)
      })
    // Each attempt listens to the caller's signal until it fails (`end` in the catch below), returns
    // its JSON, or hands its body to `read` (whose `end` stops it); a signal aborted already aborts it.
    if (caller?.aborted) onAbort()
    else caller?.addEventListener('abort', onAbort)
    try {
      if (delay) await wait(new Promise((resolve) => (timer = setTimeout(resolve, delay))))
      arm(options.timeout ?? settings.timeout ?? 600_000)
      const key = await wait(typeof apiKey === 'function' ? apiKey({ refresh }) : apiKey, 1)
      // `null` asks for no Authorization header (a proxy adds its own); a missing key (`undefined`,
      // an unset environment variable) or one of another type is a mistake, told by its type.
      if (key !== null && typeof key !== 'string')
        throw new InvalidInputError(`Invalid apiKey: ${typeof key}`)
      // The pipeline's headers, the client's, the call's, then the key: `null` removes one, and a
      // value with CR or LF (which the platform would trim at the ends), or that the platform
      // refuses (a NUL, a character above U+00FF), is refused naming the header, never quoting its
      // value (which may be a key) as the platform's own error does.
      const headers = new Headers()
      for (const set of [
        ownHeaders,
        settings.headers,
        options.headers,
        { authorization: key ? `Bearer ${key}` : undefined },
      ])
        for (const [name, value] of Object.entries(set ?? {}))
          if (value !== undefined)
            try {
              // `null` is tested as the text "null", which has none; the platform refuses a bad name.
              if (/[\r\n]/.test(value as string)) throw 0
              if (value === null) headers.delete(name)
              else headers.set(name, value)
            } catch {
              throw new InvalidInputError(`Invalid header ${name}`)
            }
      // A long-lived key in a browser, however it is passed (a raw header, spaces before it).
      if (
        /\bsk-/.test(headers.get('authorization') as string) &&
        !settings.dangerouslyAllowBrowser &&
        inBrowser()
      )
        throw new InvalidInputError('Invalid apiKey: sk- key in a browser')
      sent = new Request(url, { method, headers, body: payload, signal, duplex: 'half' } as RequestInit)
      const response = await wait(transport(sent))
      const { ok, status } = response
      if (ok && read) {
        clearTimeout(timer)
        return read(
          response,
          (chunk) => {
            arm(options.idleTimeout ?? settings.idleTimeout ?? 300_000)
            return wait(chunk).finally(() => clearTimeout(timer))
          },
          end,
          // Masks the key (and any `sk-` token) in text the server sent, before it goes into an error.
          (text: string) => redact(text, key),
        ) as T
      }
      const raw = await wait(response.text())
      let note = ''
      let data: { error?: unknown } | undefined
      try {
        data = raw ? JSON.parse(raw) : undefined
      } catch {
        note = ', not JSON:'
      }
      // A success is returned as it was sent (a new admin key is one, an answer may quote one).
      // The response is recorded on the result; a primitive (or nothing) is boxed, so nothing is thrown.
      if (ok && !note) {
        end()
        return Object.defineProperty(Object(data), responseKey, { value: response }) && (data as T)
      }
      // What goes into an error is masked, since a server or a proxy may echo the key; its JSON is
      // parsed again masked (a key or an `sk-` token can only stand inside a JSON string).
      const text = redact(raw, key)
      if (data) data = JSON.parse(text)
      throw new APIError({
        status,
        headers: response.headers,
        error: data?.error,
        message: `HTTP ${status}${note} ${text.replace(/<.*?>|\s+/gs, ' ').slice(0, 200)}`,
      })
    } catch (error) {
      end()
      const { status, headers: answer, isRetryable, message: reason } = Object(error) as Partial<APIError>
      const renew: boolean = status === 401 && !refresh && typeof apiKey === 'function'
      if (
        // A stream (one from any realm: it has a reader) cannot be sent twice.
        (payload as ReadableStream | undefined)?.getReader ||
        !(renew || (isRetryable && retry++ < (options.maxRetries ?? settings.maxRetries ?? 2)))
      )
        throw error
      refresh ||= renew
      // None for a token refresh; else the first that is a number of milliseconds (not negative): the
      // server's `retry-after-ms`, its `retry-after` in seconds or as an HTTP date, exponential backoff
      // with up to 25 % jitter; never over `maxRetryDelay`.
      const after = answer?.get('retry-after') as string
      delay = renew
        ? 0
        : Math.min(
            [
              parseFloat(answer?.get('retry-after-ms') as string),
              parseFloat(after) * 1000,
              Date.parse(after) - Date.now(),
              (settings.initialRetryDelay ?? 500) * 2 ** retry * (0.5 - Math.random() / 8),
            ].find((ms) => ms >= 0) as number,
            settings.maxRetryDelay ?? 60_000,
          )
      settings.logger?.debug('oaikit: retry', { method, path: url.pathname, status, reason, delay })
    }
  }
}
