import { createHmac, randomBytes } from 'node:crypto'
import { signWebhook } from '@oaikit/testing'
import { unwrapWebhook, verifyWebhookSignature } from '@oaikit/webhooks'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectRefusal, now } from './helpers.ts'

/** The Standard Webhooks signature, computed by Node's own HMAC: the independent reference. */
const nodeSignature = (key: Buffer, id: string, timestamp: number, body: string): string =>
  `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`

const headers = (id: string, timestamp: number, signature: string) => ({
  'webhook-id': id,
  'webhook-timestamp': String(timestamp),
  'webhook-signature': signature,
})

describe('signatures computed by node:crypto', () => {
  it('are accepted for random keys, ids and bodies (whsec_ and raw secrets), and rejected once the body changes', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        fc.string({ minLength: 1, maxLength: 40 }).filter((id) => id.trim() === id && !/[\r\n\0]/.test(id)),
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        async (bytes, id, body) => {
          const key = Buffer.from(bytes)
          const timestamp = now()
          const signature = nodeSignature(key, id, timestamp, body)
          const whsec = `whsec_${key.toString('base64')}`
          await verifyWebhookSignature(body, headers(id, timestamp, signature), whsec)
          await expectRefusal(
            verifyWebhookSignature(`${body}x`, headers(id, timestamp, signature), whsec),
            'bad_signature',
          )
          const raw = key.toString('hex')
          const rawSignature = nodeSignature(Buffer.from(raw, 'utf8'), id, timestamp, body)
          await verifyWebhookSignature(body, headers(id, timestamp, rawSignature), raw)
        },
      ),
      { numRuns: 200 },
    )
  })

  it('agree with what signWebhook of @oaikit/testing writes', async () => {
    for (let run = 0; run < 50; run++) {
      const key = randomBytes(24)
      const event = {
        id: `evt_${run}`,
        type: 'batch.completed',
        created_at: now(),
        data: { id: `batch_${run}`, note: 'é✓😀' },
      }
      const signed = await signWebhook(event, `whsec_${key.toString('base64')}`, {
        id: `msg_${run}`,
        timestamp: 1750000000 + run,
      })
      expect(signed.headers['webhook-signature']).toBe(
        nodeSignature(key, `msg_${run}`, 1750000000 + run, signed.body),
      )
      const raw = await signWebhook(event, 'raw ✓ secret', { id: 'msg_raw', timestamp: 1750000000 })
      expect(raw.headers['webhook-signature']).toBe(
        nodeSignature(Buffer.from('raw ✓ secret', 'utf8'), 'msg_raw', 1750000000, raw.body),
      )
    }
  })

  it('unwraps a delivery signed by node:crypto with several candidates, the matching one last', async () => {
    const key = randomBytes(32)
    const body = JSON.stringify({
      id: 'evt_1',
      type: 'response.completed',
      created_at: now(),
      data: { id: 'resp_1' },
    })
    const timestamp = now()
    const decoys = [randomBytes(32), randomBytes(32)].map((other) =>
      nodeSignature(other, 'msg_1', timestamp, body),
    )
    const signature = [...decoys, nodeSignature(key, 'msg_1', timestamp, body)].join(' ')
    const event = await unwrapWebhook(
      body,
      headers('msg_1', timestamp, signature),
      `whsec_${key.toString('base64')}`,
    )
    expect(event).toMatchObject({ type: 'response.completed', data: { id: 'resp_1' } })
    await expectRefusal(
      verifyWebhookSignature(
        body,
        headers('msg_1', timestamp, decoys.join(' ')),
        `whsec_${key.toString('base64')}`,
      ),
      'bad_signature',
    )
  })
})
