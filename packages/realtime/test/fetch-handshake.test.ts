import { createClient, InvalidInputError, type Transport } from '@oaikit/core'
import { connectWebSocket, RealtimeError } from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'

/** A client whose transport stands in for the network of a `fetch` handshake, counting its calls. */
const through = (transport: Transport, apiKey = 'ek_fetch_test') => {
  const calls: Request[] = []
  const client = createClient({
    apiKey,
    baseURL: 'https://api.example.test/v1?api-version=2026-08-21',
    transport: (request) => {
      calls.push(request)
      return transport(request)
    },
  })
  return { client, calls }
}

/** A transport that answers nothing until the request is aborted, then fails as fetch does. */
const silent: Transport = (request) =>
  new Promise((_, reject) =>
    request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
  )

const browser = 'document' in globalThis

describe('connectWebSocket with the fetch handshake', () => {
  it('sends a GA upgrade request below the base URL, keeping its query, and reads a refusal', async () => {
    const { client, calls } = through(async () =>
      Response.json(
        { error: { message: 'Key ek_fetch_test expired', code: 'expired_api_key' } },
        { status: 401 },
      ),
    )
    const error = await connectWebSocket(client, { handshake: 'fetch', model: 'gpt-realtime' }).catch(
      (caught) => caught,
    )
    expect(error).toMatchObject({ kind: 'expired', status: 401, code: 'expired_api_key' })
    expect(error.message).not.toContain('ek_fetch_test')
    const [request] = calls
    expect(request?.url).toBe(
      'https://api.example.test/v1/realtime?api-version=2026-08-21&model=gpt-realtime',
    )
    // Browsers drop `Upgrade` from a Request (a forbidden header): the fetch handshake is for Workers.
    expect(request?.headers.get('upgrade')).toBe(browser ? null : 'websocket')
    expect(request?.headers.get('authorization')).toBe('Bearer ek_fetch_test')
    expect(request?.headers.get('openai-beta')).toBeNull()
  })

  it('turns a network failure into a refused RealtimeError that keeps the cause', async () => {
    const cause = new TypeError('fetch failed')
    const { client } = through(async () => {
      throw cause
    })
    const error = await connectWebSocket(client, { handshake: 'fetch' }).catch((caught) => caught)
    expect(RealtimeError.isInstance(error)).toBe(true)
    expect(error).toMatchObject({ kind: 'refused' })
    expect(error.cause).toBe(cause)
  })

  it("rejects with the signal's reason when aborted, and names the timeout when it runs out", async () => {
    const reason = new Error('user left the page')
    const controller = new AbortController()
    setTimeout(() => controller.abort(reason), 20)
    const aborted = await connectWebSocket(through(silent).client, {
      handshake: 'fetch',
      signal: controller.signal,
    }).catch((caught) => caught)
    expect(aborted).toBe(reason)
    const late = await connectWebSocket(through(silent).client, { handshake: 'fetch', timeout: 50 }).catch(
      (caught) => caught,
    )
    expect(late).toMatchObject({ kind: 'refused', message: 'The handshake took over 50 ms' })
  })

  it(`${browser ? 'refuses' : 'sends'} an sk- key here (${browser ? 'a browser' : 'not a browser'})`, async () => {
    const { client, calls } = through(async () => new Response(null, { status: 403 }), 'sk-fetch-secret')
    const error = await connectWebSocket(client, { handshake: 'fetch' }).catch((caught) => caught)
    if (browser) {
      expect(InvalidInputError.isInstance(error)).toBe(true)
      expect(calls).toHaveLength(0)
    } else {
      expect(error).toMatchObject({ kind: 'refused', status: 403 })
      expect(calls).toHaveLength(1)
    }
    expect(error.message).not.toContain('sk-fetch-secret')
  })

  it('refuses an sk- key in a browser Web Worker too (importScripts, no document)', async () => {
    const scope = globalThis as { importScripts?: unknown }
    const had = 'importScripts' in scope
    const previous = scope.importScripts
    scope.importScripts = () => {}
    try {
      const { client, calls } = through(async () => new Response(null, { status: 403 }), 'sk-worker-secret')
      const error = await connectWebSocket(client, { handshake: 'fetch' }).catch((caught) => caught)
      expect(InvalidInputError.isInstance(error)).toBe(true)
      expect(calls).toHaveLength(0)
      const allowed = createClient({
        apiKey: 'sk-worker-secret',
        dangerouslyAllowBrowser: true,
        transport: silent,
      })
      const late = await connectWebSocket(allowed, { handshake: 'fetch', timeout: 20 }).catch(
        (caught) => caught,
      )
      expect(late).toMatchObject({ kind: 'refused', message: 'The handshake took over 20 ms' })
    } finally {
      if (had) scope.importScripts = previous
      else delete scope.importScripts
    }
  })
})
