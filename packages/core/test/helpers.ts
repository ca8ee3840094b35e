import { type ClientOptions, createClient, type Transport } from '@oaikit/core'

/** One answer of a fake transport: a response, a failure to throw, or a function of the request. */
export type Answer = Response | Error | ((request: Request) => Response | Promise<Response>)

/** The base URL the fake clients use. */
export const baseURL = 'https://api.example.test/v1'

/**
 * A transport that answers with `answers` in order (the last one again once they run out) and
 * records every request it is sent.
 */
export const fakeTransport = (...answers: Answer[]) => {
  const requests: Request[] = []
  const transport: Transport = async (request) => {
    requests.push(request)
    const answer = answers.length > 1 ? answers.shift()! : answers[0]!
    if (answer instanceof Error) throw answer
    return typeof answer === 'function' ? answer(request) : answer.clone()
  }
  return { transport, requests }
}

/** A client with fast retries on a fake transport; `delays` collects the wait before each retry. */
export const fakeClient = (options: ClientOptions & { answers: Answer[] }) => {
  const { answers, ...rest } = options
  const { transport, requests } = fakeTransport(...answers)
  const delays: number[] = []
  const client = createClient({
    apiKey: 'sk-test-secret-key',
    baseURL,
    transport,
    initialRetryDelay: 1,
    maxRetryDelay: 20,
    dangerouslyAllowBrowser: true,
    logger: { debug: (_, details) => delays.push(details?.delay as number) },
    ...rest,
  })
  return { client, requests, delays }
}

/** A JSON response. */
export const json = (body: unknown, init?: ResponseInit): Response => Response.json(body, init)

/** An API error response with the usual body. */
export const apiError = (status: number, message = 'Something failed', headers?: HeadersInit): Response =>
  Response.json(
    { error: { message, type: 'invalid_request_error', code: 'some_code', param: 'model' } },
    { status, headers },
  )

const encoder = new TextEncoder()

/** A body that sends `chunks`, then never sends anything again nor ends; `state` tells whether it was cancelled. */
export const stalledBody = (...chunks: string[]) => {
  const state = { cancelled: false }
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks.shift()
        if (chunk !== undefined) controller.enqueue(encoder.encode(chunk))
      },
      cancel() {
        state.cancelled = true
      },
    },
    { highWaterMark: 0 },
  )
  return { body, state }
}

/** A body that sends `chunks`, then fails as a reset connection does. */
export const brokenBody = (...chunks: string[]) =>
  new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const chunk = chunks.shift()
        if (chunk === undefined) controller.error(new TypeError('terminated: other side closed'))
        else controller.enqueue(encoder.encode(chunk))
      },
    },
    { highWaterMark: 0 },
  )

/** Reads a whole stream as text, rejecting with the stream's own error (as `Response.text()` does not everywhere). */
export const readText = async (body: ReadableStream<Uint8Array> | null): Promise<string> => {
  const reader = body!.getReader()
  const decoder = new TextDecoder()
  let text = ''
  for (let read = await reader.read(); !read.done; read = await reader.read())
    text += decoder.decode(read.value, { stream: true })
  return text + decoder.decode()
}

/** The rejection of `promise` (fails the test when it resolves). */
export const rejection = async (promise: Promise<unknown>): Promise<unknown> => {
  try {
    await promise
  } catch (error) {
    return error
  }
  throw new Error('expected a rejection')
}

/** An `AbortSignal` that counts its listeners, to prove that none outlives its request. */
export const countingSignal = () => {
  const controller = new AbortController()
  const { signal } = controller
  let listeners = 0
  const add = signal.addEventListener.bind(signal)
  const remove = signal.removeEventListener.bind(signal)
  Object.assign(signal, {
    addEventListener: (...args: Parameters<AbortSignal['addEventListener']>) => {
      listeners++
      add(...args)
    },
    removeEventListener: (...args: Parameters<AbortSignal['removeEventListener']>) => {
      listeners--
      remove(...args)
    },
  })
  return { controller, signal, listeners: () => listeners }
}
