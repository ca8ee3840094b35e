import { InvalidInputError } from '@oaikit/core'
import { sendWebhook, signWebhook } from '@oaikit/testing'
import { describe, expect, it } from 'vitest'

const event = {
  id: 'evt_1',
  object: 'event',
  type: 'batch.completed',
  created_at: 1750000000,
  data: { id: 'batch_1' },
}

describe('signWebhook', () => {
  it('serializes the event and writes the Standard Webhooks headers, with a fresh id and the current time', async () => {
    const before = Math.floor(Date.now() / 1000)
    const first = await signWebhook(event, 'whsec_c2VjcmV0')
    const second = await signWebhook(event, 'whsec_c2VjcmV0')
    expect(JSON.parse(first.body)).toEqual(event)
    expect(first.headers['content-type']).toBe('application/json')
    expect(first.headers['webhook-id']).toMatch(/^msg_[0-9a-f]{32}$/)
    expect(second.headers['webhook-id']).not.toBe(first.headers['webhook-id'])
    const timestamp = Number(first.headers['webhook-timestamp'])
    expect(timestamp).toBeGreaterThanOrEqual(before)
    expect(timestamp).toBeLessThanOrEqual(Math.floor(Date.now() / 1000))
    expect(first.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]{43}=$/)
  })

  it('signs a string body unchanged, with the id and timestamp asked for, one signature per secret', async () => {
    const options = { id: 'msg_fixed', timestamp: 1750000000 }
    const one = await signWebhook('not json', 'raw', options)
    const two = await signWebhook('not json', ['raw', 'whsec_c2VjcmV0'], options)
    expect(one.body).toBe('not json')
    expect(one.headers).toMatchObject({ 'webhook-id': 'msg_fixed', 'webhook-timestamp': '1750000000' })
    const [firstOfTwo, secondOfTwo] = two.headers['webhook-signature']!.split(' ')
    expect(firstOfTwo).toBe(one.headers['webhook-signature'])
    expect(secondOfTwo).not.toBe(firstOfTwo)
    expect(
      (await signWebhook('not json', 'raw', { ...options, id: 'msg_other' })).headers['webhook-signature'],
    ).not.toBe(one.headers['webhook-signature'])
  })

  it('refuses a whsec_ secret that is not base64 with a typed error that does not echo it', async () => {
    const error = await signWebhook(event, 'whsec_!!private!!').catch((caught: unknown) => caught)
    expect(InvalidInputError.isInstance(error)).toBe(true)
    expect((error as Error).message).not.toContain('!!private!!')
  })
})

describe('sendWebhook', () => {
  it('POSTs the signed event to the URL through the transport, and resolves its answer', async () => {
    const received: Request[] = []
    const response = await sendWebhook('https://receiver.example/hooks', event, 'whsec_c2VjcmV0', {
      id: 'msg_sent',
      timestamp: 1750000000,
      transport: async (request) => {
        received.push(request)
        return new Response('ok', { status: 202 })
      },
    })
    expect(response.status).toBe(202)
    const [request] = received
    const signed = await signWebhook(event, 'whsec_c2VjcmV0', { id: 'msg_sent', timestamp: 1750000000 })
    expect(request?.method).toBe('POST')
    expect(request?.url).toBe('https://receiver.example/hooks')
    expect(await request?.text()).toBe(signed.body)
    expect(Object.fromEntries(request?.headers ?? [])).toMatchObject(signed.headers)
  })
})
