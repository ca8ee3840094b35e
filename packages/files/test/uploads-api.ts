import { type Client, createClient } from '@oaikit/core'
import { createMockTransport } from '@oaikit/testing'

/** A request the mock API answered: its operation and what it carried. */
export interface Call {
  operation: string
  /** `createUpload`: the body; `addUploadPart`: the part's text; `completeUpload`: the part ids; `cancelUpload`: the upload id. */
  detail: unknown
}

/** Answers a request instead of the mock (a failure, a delay); `undefined` leaves it to the mock. */
export type Override = (call: Call, request: Request) => Response | undefined | Promise<Response | undefined>

/** The client, the requests it sent in order, and the most parts that were in flight at once. */
export interface UploadsApi {
  client: Client
  calls: Call[]
  peak: number
  /** The details of the calls of one operation, in the order they were sent. */
  of: (operation: string) => unknown[]
}

const detailOf = async (operation: string, request: Request): Promise<unknown> => {
  if (operation === 'createUpload') return request.json()
  if (operation === 'completeUpload') return ((await request.json()) as { part_ids: string[] }).part_ids
  if (operation === 'addUploadPart') return ((await request.formData()).get('data') as Blob).text()
  return new URL(request.url).pathname.split('/').at(-2)
}

/**
 * A client whose requests are checked against the spec by the mock API of `@oaikit/testing` (a
 * request that does not conform gets its 400 answer) and answered by it, each part with its own id
 * (`part_` and the part's text), unless `override` answers first. Retries wait 1 ms.
 */
export const uploadsApi = (override?: Override): UploadsApi => {
  const mock = createMockTransport()
  let inFlight = 0
  const api: UploadsApi = {
    calls: [],
    peak: 0,
    of: (operation) => api.calls.filter((call) => call.operation === operation).map((call) => call.detail),
    client: createClient({
      apiKey: 'test-key',
      initialRetryDelay: 1,
      transport: async (request) => {
        const checked = await mock(request.clone())
        const operation = checked.headers.get('x-oaikit-operation') ?? 'unknown'
        if (!checked.ok) return checked
        const call = { operation, detail: await detailOf(operation, request) }
        api.calls.push(call)
        api.peak = Math.max(api.peak, ++inFlight)
        try {
          const answer = await override?.(call, request)
          if (answer || operation !== 'addUploadPart') return answer ?? checked
          return Response.json({ ...(await checked.json()), id: `part_${call.detail}` })
        } finally {
          inFlight--
        }
      },
    }),
  }
  return api
}
