import {
  type ClientSecret,
  createClientSecretProvider,
  RealtimeError,
  readClientSecret,
} from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'

const inSeconds = (seconds: number) => Math.floor(Date.now() / 1000) + seconds

/** A source handing out the given secrets in turn, counting its calls. */
const source = (...secrets: ClientSecret[]) => {
  const calls = { count: 0 }
  const load = async () => {
    const secret = secrets[calls.count++]
    if (!secret) throw new Error('no more secrets')
    return secret
  }
  return { load, calls }
}

describe('createClientSecretProvider', () => {
  it('hands out one secret until shortly before it expires, then fetches the next', async () => {
    const { load, calls } = source(
      { value: 'ek_1', expiresAt: inSeconds(60) },
      { value: 'ek_2', expiresAt: inSeconds(60) },
    )
    const provider = createClientSecretProvider(load)
    expect(await Promise.all([provider(), provider()])).toEqual(['ek_1', 'ek_1'])
    expect(calls.count).toBe(1)
    expect(await provider({ refresh: true })).toBe('ek_2')
  })

  it('does not hand out a secret within refreshBefore of its expiry', async () => {
    const { load, calls } = source(
      { value: 'ek_old', expiresAt: inSeconds(5) },
      { value: 'ek_new', expiresAt: inSeconds(60) },
    )
    expect(await createClientSecretProvider(load)()).toBe('ek_new')
    expect(calls.count).toBe(2)
  })

  it('throws an expired error when even a fresh secret is about to expire', async () => {
    const { load } = source(
      { value: 'ek_a', expiresAt: inSeconds(-1) },
      { value: 'ek_b', expiresAt: inSeconds(1) },
    )
    const error = await createClientSecretProvider(load)().catch((caught) => caught)
    expect(RealtimeError.isInstance(error)).toBe(true)
    expect(error.kind).toBe('expired')
  })

  it('tries again after a failed fetch', async () => {
    let fail = true
    const provider = createClientSecretProvider(async () => {
      if (fail) {
        fail = false
        throw new Error('offline')
      }
      return { value: 'ek_ok', expiresAt: inSeconds(60) }
    })
    await expect(provider()).rejects.toThrow('offline')
    expect(await provider()).toBe('ek_ok')
  })
})

describe('readClientSecret', () => {
  it('reads the GA and the beta shapes and refuses anything else', () => {
    expect(readClientSecret({ value: 'ek_1', expires_at: 5 })).toEqual({ value: 'ek_1', expiresAt: 5 })
    expect(readClientSecret({ client_secret: { value: 'ek_2', expires_at: 6 } })).toEqual({
      value: 'ek_2',
      expiresAt: 6,
    })
    expect(() => readClientSecret({ error: 'nope' })).toThrow(RealtimeError)
    expect(() => readClientSecret(null)).toThrow(RealtimeError)
  })
})

describe('createClientSecretProvider with an endpoint URL', () => {
  it('turns an endpoint that cannot be reached into a refused error', async () => {
    const unreachable = await createClientSecretProvider('http://127.0.0.1:9/realtime/token')().catch(
      (caught) => caught,
    )
    expect(RealtimeError.isInstance(unreachable)).toBe(true)
    expect(unreachable).toMatchObject({
      kind: 'refused',
      message: 'The client-secret endpoint could not be reached',
    })
  })
})
