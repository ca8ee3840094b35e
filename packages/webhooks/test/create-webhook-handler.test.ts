import { sendWebhook, signWebhook } from '@oaikit/testing'
import { createWebhookHandler, type WebhookEvent } from '@oaikit/webhooks'
import { describe, expect, it } from 'vitest'
import { completed, expectRefusal, now, secret } from './helpers.ts'

const url = 'https://receiver.example/webhooks'

describe('createWebhookHandler', () => {
  it('calls the handler with the verified event and answers an empty 200 when it returns nothing', async () => {
    const events: WebhookEvent[] = []
    const handler = createWebhookHandler(secret, (event) => void events.push(event))
    const response = await sendWebhook(url, completed, secret, { transport: handler })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
    expect(events).toEqual([completed])
  })

  it("answers with the handler's own response, passing it the request", async () => {
    const handler = createWebhookHandler(secret, async (event, request) =>
      Response.json({ seen: event.id, path: new URL(request.url).pathname }, { status: 202 }),
    )
    const response = await sendWebhook(url, completed, secret, { transport: handler })
    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ seen: completed.id, path: '/webhooks' })
  })

  it.each([
    ['another secret', 'whsec_d3Jvbmcgc2VjcmV0', 0, 'bad_signature'],
    ['an expired timestamp', secret, -600, 'timestamp_outside_tolerance'],
  ])(
    'answers an empty 400 to a delivery signed with %s, without calling the handler',
    async (_, signer, offset, kind) => {
      const calls: WebhookEvent[] = []
      const refusals: string[] = []
      const handler = createWebhookHandler(secret, (event) => void calls.push(event), {
        onError: (error) => void refusals.push(error.kind),
      })
      const response = await sendWebhook(url, completed, signer, {
        timestamp: now() + offset,
        transport: handler,
      })
      expect(response.status).toBe(400)
      expect(await response.text()).toBe('')
      expect(calls).toEqual([])
      expect(refusals).toEqual([kind])
    },
  )

  it('answers 400 to a tampered body and to missing headers', async () => {
    const handler = createWebhookHandler(secret, () => new Response('handled'))
    const { body, headers } = await signWebhook(completed, secret)
    const tampered = new Request(url, { method: 'POST', body: body.replace('resp_', 'resq_'), headers })
    expect((await handler(tampered)).status).toBe(400)
    expect((await handler(new Request(url, { method: 'POST', body }))).status).toBe(400)
    expect((await handler(new Request(url, { method: 'POST', body, headers }))).status).toBe(200)
  })

  it('answers 405 to any method but POST', async () => {
    const handler = createWebhookHandler(secret, () => new Response('handled'))
    const response = await handler(new Request(url))
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('POST')
  })

  it('rethrows what the handler throws, so that the server answers 5xx and the API retries', async () => {
    const handler = createWebhookHandler(secret, () => {
      throw new Error('storage unavailable')
    })
    const { body, headers } = await signWebhook(completed, secret)
    await expect(handler(new Request(url, { method: 'POST', body, headers }))).rejects.toThrow(
      'storage unavailable',
    )
  })

  it('throws a malformed secret at once, without echoing it', async () => {
    await expectRefusal(
      (async () => createWebhookHandler('whsec_!!secret!!', () => undefined))(),
      'malformed_secret',
      ['!!secret!!'],
    )
  })
})
