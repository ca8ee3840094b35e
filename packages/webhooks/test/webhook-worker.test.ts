import { sendWebhook } from '@oaikit/testing'
import { describe, expect, it } from 'vitest'
import worker, { type Env } from '../../../examples/webhook-worker/src/worker.ts'
import { getTestServers } from '../../../runtime-tests/test-servers.ts'
import { completed, secret } from './helpers.ts'

/** The Worker's bindings, against the local mock API, with an in-memory store in place of KV. */
const environment = () => {
  const stored = new Map<string, string>()
  const env: Env = {
    OPENAI_API_KEY: 'test-key',
    OPENAI_WEBHOOK_SECRET: secret,
    OPENAI_BASE_URL: getTestServers().api,
    RESULTS: { put: async (key, value) => void stored.set(key, value) },
  }
  return { env, stored, transport: (request: Request) => worker.fetch(request, env) }
}

describe('example Worker receiving webhooks', () => {
  it('fetches the response of a response.completed event and stores its text', async () => {
    const { stored, transport } = environment()
    const response = await sendWebhook('https://worker.example/', completed, secret, { transport })
    expect(response.status).toBe(200)
    expect([...stored.keys()]).toEqual(['resp_abc123'])
    const result = JSON.parse(stored.get('resp_abc123')!)
    expect(result.status).toBe('completed')
    expect(result.text).toContain('Silent circuits hum')
  })

  it('acknowledges other events without fetching anything', async () => {
    const { stored, transport } = environment()
    const failed = { ...completed, type: 'response.failed' }
    expect((await sendWebhook('https://worker.example/', failed, secret, { transport })).status).toBe(200)
    expect(stored.size).toBe(0)
  })

  it('refuses an unsigned or wrongly signed delivery with a 400, storing nothing', async () => {
    const { stored, transport } = environment()
    const forged = await sendWebhook('https://worker.example/', completed, 'whsec_Zm9yZ2Vk', { transport })
    expect(forged.status).toBe(400)
    const unsigned = await transport(
      new Request('https://worker.example/', { method: 'POST', body: JSON.stringify(completed) }),
    )
    expect(unsigned.status).toBe(400)
    expect(stored.size).toBe(0)
  })

  it('fails the delivery when the API call fails, so that the API sends the event again', async () => {
    const { env, stored } = environment()
    const broken = { ...env, OPENAI_API_KEY: '' }
    const error = await sendWebhook('https://worker.example/', completed, secret, {
      transport: (request) => worker.fetch(request, broken),
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(Error)
    expect(stored.size).toBe(0)
  })
})
