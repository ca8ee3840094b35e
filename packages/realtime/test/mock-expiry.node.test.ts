import { createClient } from '@oaikit/core'
import { connectWebSocket, mintClientSecret, RealtimeError } from '@oaikit/realtime'
import { startMockRealtimeServer } from '@oaikit/testing/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

describe('the mock Realtime server and expiring client secrets', () => {
  let clock = Date.now()
  let server: Awaited<ReturnType<typeof startMockRealtimeServer>>
  beforeAll(async () => {
    server = await startMockRealtimeServer({ now: () => clock })
  })
  afterAll(() => server.close())

  it('mints GA secrets that expire in the future and refuses one once it has expired, as the API does', async () => {
    const minter = createClient({ apiKey: 'sk-test-server', baseURL: server.url })
    const secret = await mintClientSecret(minter, {
      session: { type: 'realtime', model: 'gpt-realtime' },
      expiresAfter: { seconds: 60 },
    })
    expect(secret.expiresAt).toBe(Math.floor(clock / 1000) + 60)
    const browser = createClient({ apiKey: secret.value, baseURL: server.url })
    const connection = await connectWebSocket(browser, { handshake: 'header' })
    connection.close()
    clock += 61_000
    const error = await connectWebSocket(browser, { handshake: 'header' }).catch((caught) => caught)
    expect(RealtimeError.isInstance(error)).toBe(true)
    expect(error.kind).toBe('refused')
    // Node's WebSocket sends a handshake refused with 401 a second time: every one after expiry is refused.
    const [first, ...later] = server.handshakes.map(({ token, accepted }) => [token, accepted])
    expect(first).toEqual([secret.value, true])
    expect(later.length).toBeGreaterThan(0)
    expect(later).toEqual(later.map(() => [secret.value, false]))
    const refusal = await fetch(`${server.url}/realtime/client_secrets`, {
      method: 'POST',
      headers: { authorization: `Bearer ${secret.value}` },
    })
    expect(refusal.status).toBe(401)
    expect(await refusal.json()).toMatchObject({
      error: { type: 'invalid_request_error', code: 'expired_api_key' },
    })
  })

  it('refuses a GA minting request without a session type, and lifetimes out of range', async () => {
    const minter = createClient({ apiKey: 'sk-test-server', baseURL: server.url, maxRetries: 0 })
    await expect(mintClientSecret(minter, { session: {} as never })).rejects.toMatchObject({ status: 400 })
    await expect(
      mintClientSecret(minter, { session: { type: 'realtime' }, expiresAfter: { seconds: 5 } }),
    ).rejects.toMatchObject({ status: 400 })
  })
})
