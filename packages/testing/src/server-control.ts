import { apiError } from './api-error.ts'
import { createMock, type Mock } from './mock.ts'

const mockPath = /^\/__mock\/mocks(?:\/([^/]+))?(\/.*)?$/

/** Files of recorded requests as plain data: `{ name, size, type }`. */
const plain = (_key: string, value: unknown): unknown =>
  value instanceof Blob ? { name: (value as File).name, size: value.size, type: value.type } : value

/**
 * The mocks a server creates for `connectMockServer` under `/__mock/mocks/<id>`, each with its own
 * API at `/__mock/mocks/<id>/v1` and its control routes: `POST …/script` (`{ operation, answers }`),
 * `GET …/pending`, `GET …/requests`, `POST …/reset`, `DELETE /__mock/mocks/<id>`.
 */
export const createMockControl = (origin: () => string) => {
  const mocks = new Map<string, Mock>()
  let created = 0
  const control = async (request: Request, mock: Mock, route: string): Promise<Response> => {
    if (request.method === 'POST' && route === '/script') {
      const { operation, answers } = (await request.json()) as { operation: string; answers: [] }
      mock.script(operation, ...answers)
      return new Response(null, { status: 204 })
    }
    if (request.method === 'GET' && route === '/pending')
      return Response.json({
        pending: mock.pending(new URL(request.url).searchParams.get('operation') ?? undefined),
      })
    if (request.method === 'GET' && route === '/requests')
      return new Response(JSON.stringify(mock.requests, plain), {
        headers: { 'content-type': 'application/json' },
      })
    if (request.method === 'POST' && route === '/reset') {
      mock.reset()
      return new Response(null, { status: 204 })
    }
    return apiError(404, `No mock control route ${request.method} ${route}`)
  }
  /** Answers a request under `/__mock/mocks`, or `undefined` for other paths. */
  return async (request: Request): Promise<Response | undefined> => {
    const match = mockPath.exec(new URL(request.url).pathname)
    if (!match) return undefined
    const [, id, route = ''] = match
    if (!id && request.method === 'POST') {
      const name = `m${++created}`
      mocks.set(name, createMock({ baseURL: `*/__mock/mocks/${name}/v1` }))
      return Response.json({ id: name, url: `${origin()}/__mock/mocks/${name}/v1` })
    }
    const mock = id ? mocks.get(id) : undefined
    if (!mock) return apiError(404, `No mock ${id ?? ''} on this server`)
    if (route === '/v1' || route.startsWith('/v1/')) return mock.transport(request)
    if (route === '' && request.method === 'DELETE') {
      mocks.delete(id!)
      return new Response(null, { status: 204 })
    }
    try {
      return await control(request, mock, route)
    } catch (error) {
      return apiError(400, error instanceof Error ? error.message : String(error))
    }
  }
}
