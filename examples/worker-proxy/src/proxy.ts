import { verifyAppToken } from './app-token.ts'
import type { Env } from './env.ts'

/** The only API calls the page may make through the Worker: an open proxy would spend your key on anything. */
const allowed = new Set(['GET /v1/models', 'POST /v1/chat/completions'])

const apiError = (status: number, message: string) =>
  Response.json({ error: { message, type: 'invalid_request_error', param: null, code: null } }, { status })

/**
 * Forwards `/v1/...` calls that carry a valid app token to the API with the Worker's key. The page
 * uses it as its `baseURL`, so the oaikit functions it imports work unchanged.
 */
export const proxyApiCall = async (request: Request, env: Env, url: URL): Promise<Response> => {
  if (!allowed.has(`${request.method} ${url.pathname}`)) return apiError(404, 'Not proxied')
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? ''
  if (!(await verifyAppToken(env.TOKEN_SECRET, token))) return apiError(401, 'Invalid or expired token')
  const upstream = new URL(
    `${(env.OPENAI_BASE_URL ?? 'https://api.openai.com/v1').replace(/\/v1\/?$/, '')}${url.pathname}${url.search}`,
  )
  const headers = new Headers({ authorization: `Bearer ${env.OPENAI_API_KEY}` })
  for (const name of ['content-type', 'accept', 'idempotency-key']) {
    const value = request.headers.get(name)
    if (value) headers.set(name, value)
  }
  const response = await fetch(upstream, { method: request.method, headers, body: request.body })
  return new Response(response.body, {
    status: response.status,
    headers: { 'content-type': response.headers.get('content-type') ?? 'application/json' },
  })
}
