import { createClient } from '@oaikit/core'
import { listModels } from '@oaikit/models'
import { createClientSecretProvider, type MintOptions, mintClientSecret } from '@oaikit/realtime'
import { createMock, expiredToken } from '@oaikit/testing'
import { describe, expect, it } from 'vitest'
import { getTestServers } from '../../../runtime-tests/test-servers.ts'
import { harnesses, rejection } from './mock-harness.ts'

/** The client secrets of the current protocol generation (`POST /realtime/client_secrets`). */
const mintOptions: MintOptions = { protocol: 'ga', session: { type: 'realtime', model: 'gpt-realtime' } }

for (const [name, connect] of harnesses)
  describe(`minting and expired keys (${name})`, () => {
    it('mints client secrets that expire in the future', async () => {
      const mock = await connect()
      const now = Date.now() / 1000
      const minted = await mintClientSecret(mock.client, mintOptions)
      expect(minted.value).toMatch(/^ek_mock_/)
      expect(minted.expiresAt).toBeGreaterThan(now)
      expect(minted.expiresAt).toBeLessThan(now + 3600)
      await mock.close()
    })
  })

describe('expiredToken', () => {
  it('is refused with 401 expired_api_key in-process', async () => {
    const client = createClient({ apiKey: expiredToken, maxRetries: 0, transport: createMock().transport })
    const error = (await rejection(listModels(client))) as { status: number; code: string; message: string }
    expect([error.status, error.code]).toEqual([401, 'expired_api_key'])
    expect(error.message).not.toContain(expiredToken)
  })

  it('is refused with 401 expired_api_key over HTTP', async () => {
    const client = createClient({ apiKey: expiredToken, maxRetries: 0, baseURL: getTestServers().api })
    const error = (await rejection(listModels(client))) as { status: number; code: string }
    expect([error.status, error.code]).toEqual([401, 'expired_api_key'])
  })

  it('a secret provider minting through the mock gets a key the mock accepts', async () => {
    const mock = createMock()
    const server = createClient({ apiKey: 'server-key', transport: mock.transport })
    const provider = createClientSecretProvider(() => mintClientSecret(server, mintOptions))
    const browser = createClient({ apiKey: provider, transport: mock.transport, maxRetries: 0 })
    expect((await listModels(browser)).object).toBe('list')
    expect(mock.requests.at(-1)?.operation).toBe('listModels')
  })
})
