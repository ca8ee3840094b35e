import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  createClient,
  InvalidInputError,
  OaikitError,
  request,
} from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { apiError, fakeClient, rejection } from './helpers.ts'

const secret = 'sk-test-secret-key'

describe('errors', () => {
  it('turns an error answer into an APIError with every field of the body', async () => {
    const headers = { 'x-request-id': 'req_1' }
    const { client } = fakeClient({ answers: [apiError(400, 'Bad model', headers)] })
    const error = await rejection(request(client, { method: 'GET', path: '/models' }))
    expect(APIError.isInstance(error)).toBe(true)
    expect(error).toBeInstanceOf(APIError)
    expect(error).toMatchObject({
      name: 'APIError',
      message: 'Bad model',
      status: 400,
      kind: 'bad_request',
      code: 'some_code',
      type: 'invalid_request_error',
      param: 'model',
      requestId: 'req_1',
      isRetryable: false,
    })
    expect((error as APIError).headers.get('x-request-id')).toBe('req_1')
  })

  it.each([
    [400, 'bad_request'],
    [401, 'authentication'],
    [403, 'permission_denied'],
    [404, 'not_found'],
    [409, 'conflict'],
    [422, 'unprocessable_entity'],
    [429, 'rate_limit'],
    [500, 'server'],
    [503, 'server'],
    [418, 'other'],
  ])('gives status %i the kind %s', (status, kind) => {
    expect(new APIError({ status }).kind).toBe(kind)
  })

  it('builds an APIError from a stream error payload, without a status', () => {
    const error = new APIError({ error: { message: 'Overloaded', type: 'server_error', code: null } })
    expect(error.status).toBeUndefined()
    expect(error.message).toBe('Overloaded')
    expect(error.type).toBe('server_error')
    expect(error.isRetryable).toBe(false)
    expect(error.requestId).toBeNull()
    expect(new APIError({ error: 'not an object', message: 'fallback' }).message).toBe('fallback')
    expect(new APIError({}).message).toBe('HTTP 0')
  })

  it('gives a clear error for an HTML 502 from a proxy', async () => {
    const html =
      '<html><head><title>502 Bad Gateway</title></head><body\n  class="error"><h1>502 Bad Gateway</h1></body></html>'
    const { client } = fakeClient({ answers: [new Response(html, { status: 502 })], maxRetries: 0 })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as APIError
    expect(APIError.isInstance(error)).toBe(true)
    expect(error.status).toBe(502)
    expect(error.kind).toBe('server')
    expect(error.message).toMatch(/^HTTP 502, not JSON: .*502 Bad Gateway/)
    expect(error.message).not.toContain('<')
    expect(error.message).not.toContain('class')
  })

  it.each([
    ['an empty body', '', 'HTTP 500 '],
    ['malformed JSON', '{"error": {"mess', 'HTTP 500, not JSON: {"error": {"mess'],
    ['JSON without an error member', '{"detail":"nope"}', 'HTTP 500 {"detail":"nope"}'],
  ])('gives a clear error for %s', async (_, body, message) => {
    const { client } = fakeClient({ answers: [new Response(body, { status: 500 })], maxRetries: 0 })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as APIError
    expect(error.status).toBe(500)
    expect(error.message.trim()).toBe(message.trim())
  })

  it('fails a success answer that is not JSON', async () => {
    const { client } = fakeClient({ answers: [new Response('<html>login</html>')] })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as APIError
    expect(APIError.isInstance(error)).toBe(true)
    expect(error.message).toMatch(/^HTTP 200, not JSON/)
  })

  it('turns a transport failure into an APIConnectionError with the cause', async () => {
    const cause = new TypeError('fetch failed')
    const { client } = fakeClient({ answers: [cause], maxRetries: 0 })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as APIConnectionError
    expect(APIConnectionError.isInstance(error)).toBe(true)
    expect(APITimeoutError.isInstance(error)).toBe(false)
    expect(error.cause).toBe(cause)
    expect(error.isRetryable).toBe(true)
  })

  it("names the host and the platform's reason when a connection fails", async () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    })
    const plain = new TypeError(
      'error sending request for url: tcp connect error: Connection refused (os error 111)',
    )
    const { client } = fakeClient({ answers: [refused, plain, new TypeError('fetch failed')], maxRetries: 0 })
    const messages: string[] = []
    for (let index = 0; index < 3; index++)
      messages.push(((await rejection(request(client, { method: 'GET', path: '/models' }))) as Error).message)
    expect(messages).toEqual([
      'Connection to api.example.test failed: ECONNREFUSED',
      'Connection to api.example.test failed: error sending request for url: tcp connect error: Connection refused (os error 111)',
      'Connection to api.example.test failed: fetch failed',
    ])
  })

  it('gives a real refused connection a typed, retryable error naming the host, on every runtime', async () => {
    // A short-lived token, which a browser may send (an sk- key would be refused there first).
    const token = 'ek_test_refused_connection'
    const client = createClient({ apiKey: token, baseURL: 'http://127.0.0.1:9/v1', maxRetries: 0 })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as APIConnectionError
    expect(APIConnectionError.isInstance(error)).toBe(true)
    // Code written for the official SDK catches it as one: an APIError without a status.
    expect(error).toBeInstanceOf(APIError)
    expect([error.kind, error.status]).toEqual(['connection', undefined])
    expect(error.message).toMatch(/^Connection to 127\.0\.0\.1:9 failed: \S/)
    expect(error.message).not.toContain(token)
    expect(error.isRetryable).toBe(true)
  })

  it('logs each retry with its reason', async () => {
    const lines: unknown[] = []
    const { client } = fakeClient({
      answers: [
        new TypeError('fetch failed', { cause: { code: 'ECONNRESET' } }),
        apiError(503, 'Busy'),
        new Response('{}'),
      ],
      logger: { debug: (_, details) => lines.push(details?.reason) },
    })
    await request(client, { method: 'GET', path: '/models' })
    expect(lines).toEqual(['Connection to api.example.test failed: ECONNRESET', 'Busy'])
  })

  it('recognises instances of another copy of the package by their brand', () => {
    const foreign = Object.assign(new Error('x'), {
      [Symbol.for('oaikit.error')]: ' APITimeoutError APIConnectionError OaikitError ',
    })
    expect(APITimeoutError.isInstance(foreign)).toBe(true)
    expect(APIConnectionError.isInstance(foreign)).toBe(true)
    expect(OaikitError.isInstance(foreign)).toBe(true)
    expect(APIError.isInstance(foreign)).toBe(false) // the brand of a copy before 0.2 names no APIError
    for (const value of [null, undefined, 'APIError', new Error('APIError'), { name: 'APIError' }])
      expect(APIError.isInstance(value)).toBe(false)
  })

  it('names each class and keeps the hierarchy', () => {
    const errors = [
      new APIError({ status: 500 }),
      new APIConnectionError({ message: 'a' }),
      new APITimeoutError({ message: 'b' }),
      new APIUserAbortError({ message: 'c' }),
      new InvalidInputError('d'),
    ]
    expect(errors.map((error) => error.name)).toEqual([
      'APIError',
      'APIConnectionError',
      'APITimeoutError',
      'APIUserAbortError',
      'InvalidInputError',
    ])
    for (const error of errors) expect(OaikitError.isInstance(error) && error instanceof Error).toBe(true)
    expect(APIConnectionError.isInstance(errors[2])).toBe(true)
    expect(APIUserAbortError.isInstance(errors[1])).toBe(false)
  })

  it('makes connection, timeout and abort errors APIErrors without a status, each of its own kind', () => {
    const cause = new TypeError('fetch failed')
    const errors = [
      new APIConnectionError({ message: 'Connection to api.example.test failed: ECONNREFUSED', cause }),
      new APITimeoutError({ message: 'No data for 5 ms' }),
      new APIUserAbortError({ message: 'Request aborted', cause: 'user left' }),
    ]
    expect(errors.map((error) => [error.kind, error.status, error.isRetryable])).toEqual([
      ['connection', undefined, true],
      ['timeout', undefined, true],
      ['abort', undefined, false],
    ])
    for (const error of errors) {
      expect(error).toBeInstanceOf(APIError)
      expect(APIError.isInstance(error)).toBe(true)
      expect([error.code, error.type, error.param, error.requestId]).toEqual([
        undefined,
        undefined,
        undefined,
        null,
      ])
      expect([...error.headers]).toEqual([])
    }
    expect(errors.map((error) => error.cause)).toEqual([cause, undefined, 'user left'])
    expect(Object.hasOwn(errors[1] as object, 'cause')).toBe(false)
    expect(JSON.parse(JSON.stringify(errors[1]))).toMatchObject({ name: 'APITimeoutError', kind: 'timeout' })
  })

  it('serialises an error with its message and fields', () => {
    const error = new APIError({ status: 429, error: { message: 'Slow down', code: 'rate_limit_exceeded' } })
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'APIError',
      message: 'Slow down',
      status: 429,
      code: 'rate_limit_exceeded',
      isRetryable: true,
    })
  })

  it('never shows the key in a message or in JSON, even when the server echoes it', async () => {
    const echo = (request: Request) =>
      Response.json(
        { error: { message: `Bad key ${request.headers.get('authorization')}`, param: secret } },
        { status: 401, headers: { 'x-echo': secret } },
      )
    const { client } = fakeClient({ answers: [echo] })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as APIError
    expect(error.message).toBe('Bad key Bearer [redacted]')
    const texts = [
      error.message,
      String(error),
      JSON.stringify(error),
      error.stack ?? '',
      String(error.param),
    ]
    for (const text of texts) expect(text).not.toContain(secret)
  })

  it('returns a successful answer as sent, sk- tokens and all, masking only what goes into an error', async () => {
    // Creating an admin key answers the new key once; a model's answer may quote a key's prefix.
    const created = {
      object: 'organization.admin_api_key',
      value: 'sk-admin-NEWKEY123',
      note: `echo ${secret}`,
    }
    const { client } = fakeClient({
      answers: [Response.json(created), new Response('sk-admin-NEWKEY123 <b>')],
    })
    expect(await request(client, { method: 'POST', path: '/organization/admin_api_keys' })).toEqual(created)
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as APIError
    expect(error.message.trim()).toBe('HTTP 200, not JSON: [redacted]')
  })

  it('never shows the key in the errors of bad input', async () => {
    const { client } = fakeClient({ answers: [], apiKey: `${secret}\r\n` })
    const error = await rejection(request(client, { method: 'GET', path: '/models' }))
    expect(JSON.stringify(error) + String(error)).not.toContain(secret)
  })
})
