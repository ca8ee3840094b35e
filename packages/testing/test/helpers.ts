import { createMockTransport } from '@oaikit/testing'

/** The transport every test of this folder sends raw requests through. */
export const transport = createMockTransport()

/** Sends a request to the mock API with a test key and JSON (or form) body. */
export const send = (
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> => {
  const init: RequestInit = { method, headers: { authorization: 'Bearer test-key', ...headers } }
  if (body instanceof FormData) init.body = body
  else if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { 'content-type': 'application/json', ...init.headers }
  }
  return transport(new Request(`https://api.openai.com/v1${path}`, init))
}

/** The `error` object of an error answer. */
export const errorOf = async (
  response: Response,
): Promise<{ message: string; type: string; param: string | null; code: string | null }> =>
  (
    (await response.json()) as {
      error: { message: string; type: string; param: string | null; code: string | null }
    }
  ).error
