import type { Transport } from '@oaikit/core'
import type { RequestHandler } from 'msw'
import { getResponse } from 'msw/utils/get-response'
import { handlers as defaultHandlers } from './handlers.ts'

/**
 * A transport that answers every request in-process with MSW handlers, without intercepting the
 * global `fetch`: it works the same in Node, Deno, Bun, workerd and browsers.
 * @example
 * ```ts
 * const client = createClient({ apiKey: 'sk-test', transport: createMockTransport() })
 * ```
 */
export const createMockTransport =
  (handlers: readonly RequestHandler[] = defaultHandlers): Transport =>
  async (request) =>
    (await getResponse([...handlers], request)) ??
    Response.json(
      {
        error: {
          message: `No mock for ${request.method} ${new URL(request.url).pathname}`,
          type: 'invalid_request_error',
          param: null,
          code: 'unknown_url',
        },
      },
      { status: 404 },
    )
