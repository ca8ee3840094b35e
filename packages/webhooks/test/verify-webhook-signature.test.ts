import { OaikitError } from '@oaikit/core'
import { signWebhook } from '@oaikit/testing'
import { verifyWebhookSignature, WebhookVerificationError } from '@oaikit/webhooks'
import { describe, expect, it } from 'vitest'
import { completed, expectRefusal, now, rawSecret, secret } from './helpers.ts'

/** The signature part of a `v1,<base64>` candidate. */
const signatureOf = (headers: Record<string, string>): string => headers['webhook-signature']!.slice(3)

describe('verifyWebhookSignature', () => {
  it('accepts the published Standard Webhooks vector, whose timestamp is years old, with no tolerance limit', async () => {
    const headers = {
      'webhook-id': 'msg_p5jXN8AQM9LWM0D4loKWxJek',
      'webhook-timestamp': '1614265330',
      'webhook-signature': 'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    }
    const body = '{"test": 2432232314}'
    await expect(
      verifyWebhookSignature(body, headers, secret, { tolerance: Infinity }),
    ).resolves.toBeUndefined()
    await expectRefusal(verifyWebhookSignature(body, headers, secret), 'timestamp_outside_tolerance')
    await expectRefusal(
      verifyWebhookSignature('{"test": 2432232315}', headers, secret, { tolerance: Infinity }),
      'bad_signature',
    )
  })

  it('accepts a delivery signed with a whsec_ secret, with Headers or a plain record', async () => {
    const { body, headers } = await signWebhook(completed, secret)
    await expect(verifyWebhookSignature(body, headers, secret)).resolves.toBeUndefined()
    await expect(verifyWebhookSignature(body, new Headers(headers), secret)).resolves.toBeUndefined()
  })

  it('accepts a delivery signed with a raw secret, and tells it from the whsec_ reading of the same text', async () => {
    const { body, headers } = await signWebhook(completed, rawSecret)
    await expect(verifyWebhookSignature(body, headers, rawSecret)).resolves.toBeUndefined()
    const base64 = await signWebhook(completed, 'whsec_c2VjcmV0')
    await expectRefusal(verifyWebhookSignature(base64.body, base64.headers, 'c2VjcmV0'), 'bad_signature')
    await expect(
      verifyWebhookSignature(base64.body, base64.headers, 'whsec_c2VjcmV0'),
    ).resolves.toBeUndefined()
  })

  it('reads record header names in any case', async () => {
    const { body, headers } = await signWebhook(completed, secret)
    const shouted = Object.fromEntries(
      Object.entries(headers).map(([name, value]) => [
        name.replace(/(^|-)\w/g, (s) => s.toUpperCase()),
        value,
      ]),
    )
    expect(Object.keys(shouted)).toContain('Webhook-Signature')
    await expect(verifyWebhookSignature(body, shouted, secret)).resolves.toBeUndefined()
  })

  it('reads repeated header lines, as Node gives them in an array, as space-separated values', async () => {
    const first = await signWebhook(completed, 'whsec_b3RoZXIgc2VjcmV0IGtleQ==', {
      id: 'msg_1',
      timestamp: now(),
    })
    const second = await signWebhook(completed, secret, { id: 'msg_1', timestamp: now() })
    const lines = [first.headers['webhook-signature']!, second.headers['webhook-signature']!]
    const headers = { ...second.headers, 'webhook-signature': lines }
    await expect(verifyWebhookSignature(second.body, headers, secret)).resolves.toBeUndefined()
    const ids = { ...headers, 'webhook-id': ['msg_1', 'msg_1'] }
    await expectRefusal(verifyWebhookSignature(second.body, ids, secret), 'bad_signature')
  })

  it('accepts any one of several space-separated candidates (a key rotation), ignoring other versions', async () => {
    const other = 'whsec_b3RoZXIgc2VjcmV0IGtleQ=='
    const { body, headers } = await signWebhook(completed, [other, secret])
    expect(headers['webhook-signature']!.split(' ')).toHaveLength(2)
    await expect(verifyWebhookSignature(body, headers, secret)).resolves.toBeUndefined()
    await expect(verifyWebhookSignature(body, headers, other)).resolves.toBeUndefined()
    const good = signatureOf(
      await signWebhook(completed, secret, { id: 'msg_1', timestamp: now() }).then((s) => s.headers),
    )
    const mixed = {
      ...headers,
      'webhook-id': 'msg_1',
      'webhook-signature': `v2,${good} v1,bm90IGl0 v1a,${good}  v1,${good}`,
    }
    await expect(verifyWebhookSignature(body, mixed, secret)).resolves.toBeUndefined()
    await expectRefusal(
      verifyWebhookSignature(body, { ...mixed, 'webhook-signature': `v2,${good} v1,bm90IGl0` }, secret),
      'bad_signature',
    )
  })

  it('refuses a tampered body, id or timestamp, without echoing the secret or the signature', async () => {
    const { body, headers } = await signWebhook(completed, secret)
    const signature = signatureOf(headers)
    const tampered = body.replace('resp_abc123', 'resp_abc124')
    expect(tampered).not.toBe(body)
    const error = await expectRefusal(verifyWebhookSignature(tampered, headers, secret), 'bad_signature', [
      secret,
      secret.slice(6),
      signature,
    ])
    expect(error.message).toContain('webhook-signature')
    await expectRefusal(verifyWebhookSignature(`${body} `, headers, secret), 'bad_signature')
    await expectRefusal(
      verifyWebhookSignature(body, { ...headers, 'webhook-id': 'msg_other' }, secret),
      'bad_signature',
    )
    const later = String(Number(headers['webhook-timestamp']) + 1)
    await expectRefusal(
      verifyWebhookSignature(body, { ...headers, 'webhook-timestamp': later }, secret),
      'bad_signature',
    )
  })

  it('refuses a delivery signed with another secret', async () => {
    const { body, headers } = await signWebhook(completed, 'whsec_d3Jvbmcgc2VjcmV0')
    await expectRefusal(verifyWebhookSignature(body, headers, secret), 'bad_signature', [
      secret,
      signatureOf(headers),
    ])
    await expectRefusal(verifyWebhookSignature(body, headers, rawSecret), 'bad_signature')
  })

  it.each([
    ['expired', -301, 'past'],
    ['future', 301, 'future'],
  ])('refuses a %s timestamp beyond the default tolerance of 300 s', async (_, offset, word) => {
    const { body, headers } = await signWebhook(completed, secret, { timestamp: now() + offset })
    const error = await expectRefusal(
      verifyWebhookSignature(body, headers, secret),
      'timestamp_outside_tolerance',
    )
    expect(error.message).toContain(word)
    expect(error.message).toContain('300 s')
  })

  it('accepts timestamps within the tolerance both ways, and honours a custom tolerance', async () => {
    for (const offset of [-290, 290]) {
      const { body, headers } = await signWebhook(completed, secret, { timestamp: now() + offset })
      await expect(verifyWebhookSignature(body, headers, secret)).resolves.toBeUndefined()
      await expectRefusal(
        verifyWebhookSignature(body, headers, secret, { tolerance: 60 }),
        'timestamp_outside_tolerance',
      )
    }
    const old = await signWebhook(completed, secret, { timestamp: now() - 3600 })
    await expect(
      verifyWebhookSignature(old.body, old.headers, secret, { tolerance: 7200 }),
    ).resolves.toBeUndefined()
  })

  it.each(['', 'soon', '1.5e9', '-1', '17502870180000000000'])(
    'refuses the timestamp %j',
    async (timestamp) => {
      const { body, headers } = await signWebhook(completed, secret)
      const kind = timestamp === '' ? 'missing_headers' : 'timestamp_outside_tolerance'
      await expectRefusal(
        verifyWebhookSignature(body, { ...headers, 'webhook-timestamp': timestamp }, secret),
        kind,
      )
    },
  )

  it.each(['webhook-id', 'webhook-timestamp', 'webhook-signature'])(
    'refuses a delivery without %s, naming it',
    async (name) => {
      const { body, headers } = await signWebhook(completed, secret)
      const { [name]: _, ...rest } = headers
      const error = await expectRefusal(verifyWebhookSignature(body, rest, secret), 'missing_headers')
      expect(error.message).toContain(name)
      const emptied = new Headers(headers)
      emptied.set(name, '')
      await expectRefusal(verifyWebhookSignature(body, emptied, secret), 'missing_headers')
    },
  )

  it('names every missing header at once', async () => {
    const error = await expectRefusal(verifyWebhookSignature('{}', {}, secret), 'missing_headers')
    expect(error.message).toContain('webhook-id, webhook-timestamp, webhook-signature')
  })

  it.each([
    ['empty', ''],
    ['whsec_ with no key', 'whsec_'],
    ['whsec_ with a value that is not base64', 'whsec_not base64!*'],
    ['whsec_ with a base64 value of impossible length', 'whsec_abcde'],
  ])('refuses a malformed secret (%s) without echoing it', async (_, malformed) => {
    const { body, headers } = await signWebhook(completed, secret)
    const error = await expectRefusal(verifyWebhookSignature(body, headers, malformed), 'malformed_secret', [
      ...(malformed.length > 6 ? [malformed, malformed.slice(6)] : []),
      signatureOf(headers),
    ])
    expect(error.message).toContain('secret')
  })

  it('is an oaikit error, recognised across copies of the package', async () => {
    const error = await expectRefusal(verifyWebhookSignature('{}', {}, secret), 'missing_headers')
    expect(error).toBeInstanceOf(WebhookVerificationError)
    expect(OaikitError.isInstance(error)).toBe(true)
    expect(error.name).toBe('WebhookVerificationError')
    expect(error.toJSON()).toMatchObject({ name: 'WebhookVerificationError', kind: 'missing_headers' })
  })
})
