// Smoke test of the built @oaikit/webhooks on Node 20: Web Crypto's HMAC through the global
// `crypto`, checked against signatures made by node:crypto.
import assert from 'node:assert/strict'
import { createHmac, randomBytes } from 'node:crypto'
import { test } from 'node:test'
import { createWebhookHandler, unwrapWebhook } from '../../packages/webhooks/dist/index.js'

const key = randomBytes(32)
const secret = `whsec_${key.toString('base64')}`

/** A delivery signed by node:crypto, `offset` seconds from now. */
const delivery = (event, offset = 0) => {
  const body = JSON.stringify(event)
  const timestamp = Math.floor(Date.now() / 1000) + offset
  const signature = createHmac('sha256', key).update(`msg_1.${timestamp}.${body}`).digest('base64')
  return {
    body,
    headers: {
      'webhook-id': 'msg_1',
      'webhook-timestamp': String(timestamp),
      'webhook-signature': `v1,${signature}`,
    },
  }
}

const event = {
  id: 'evt_1',
  object: 'event',
  type: 'response.completed',
  created_at: 1750000000,
  data: { id: 'resp_1' },
}

test('unwrapWebhook verifies a node:crypto signature and parses the event', async () => {
  const { body, headers } = delivery(event)
  assert.deepEqual(await unwrapWebhook(body, headers, secret), event)
  await assert.rejects(unwrapWebhook(`${body} `, headers, secret), { kind: 'bad_signature' })
  const old = delivery(event, -301)
  await assert.rejects(unwrapWebhook(old.body, old.headers, secret), { kind: 'timestamp_outside_tolerance' })
})

test('createWebhookHandler answers 200 to a signed delivery and 400 to a forged one', async () => {
  const seen = []
  const handler = createWebhookHandler(secret, (verified) => void seen.push(verified.data.id))
  const { body, headers } = delivery(event)
  const post = (extra) =>
    new Request('http://127.0.0.1/hook', { method: 'POST', body, headers: { ...headers, ...extra } })
  assert.equal((await handler(post())).status, 200)
  assert.equal((await handler(post({ 'webhook-signature': 'v1,AAAA' }))).status, 400)
  assert.deepEqual(seen, ['resp_1'])
})
