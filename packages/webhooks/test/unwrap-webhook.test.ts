import { signWebhook } from '@oaikit/testing'
import { unwrapWebhook, type WebhookEvent } from '@oaikit/webhooks'
import { describe, expect, it } from 'vitest'
import { completed, expectRefusal, rawSecret, secret } from './helpers.ts'

/** What a receiver does with an event: narrowing on `type` reaches each event's `data`. */
const describeEvent = (event: WebhookEvent): string => {
  switch (event.type) {
    case 'response.completed':
    case 'response.failed':
      return `response ${event.data.id}`
    case 'batch.completed':
      return `batch ${event.data.id}`
    case 'realtime.call.incoming':
      return `call ${event.data.call_id}`
    default:
      return event.type
  }
}

describe('unwrapWebhook', () => {
  it('verifies a delivery and resolves its typed event', async () => {
    const { body, headers } = await signWebhook(completed, secret)
    const event = await unwrapWebhook(body, new Headers(headers), secret)
    expect(event).toEqual(completed)
    expect(describeEvent(event)).toBe('response resp_abc123')
  })

  it('parses events of every family, and event types newer than the spec', async () => {
    const call = {
      ...completed,
      type: 'realtime.call.incoming',
      data: { call_id: 'rtc_1', sip_headers: [{ name: 'From', value: 'sip:+15555550100@example.com' }] },
    }
    const signedCall = await signWebhook(call, rawSecret)
    expect(describeEvent(await unwrapWebhook(signedCall.body, signedCall.headers, rawSecret))).toBe(
      'call rtc_1',
    )
    const future = await signWebhook({ ...completed, type: 'video.completed' }, secret)
    expect((await unwrapWebhook(future.body, future.headers, secret)).type).toBe('video.completed')
  })

  it('refuses before parsing: a tampered body is a bad signature, not a parse error', async () => {
    const { headers } = await signWebhook(completed, secret)
    await expectRefusal(unwrapWebhook('not json', headers, secret), 'bad_signature')
  })

  it.each([
    ['not JSON', 'not json'],
    ['truncated JSON', '{"type": "response.completed"'],
    ['a JSON number', '42'],
    ['JSON null', 'null'],
    ['an array', '[{"type": "response.completed"}]'],
    ['an object without a string type', '{"type": 3, "data": {}}'],
  ])('refuses a signed body that is %s', async (_, body) => {
    const signed = await signWebhook(body, secret)
    expect(signed.body).toBe(body)
    const error = await expectRefusal(unwrapWebhook(signed.body, signed.headers, secret), 'invalid_json', [
      secret,
    ])
    expect(error.message).toContain('JSON')
  })
})
