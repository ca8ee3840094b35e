import { inspect } from 'node:util'
import { type APIError, request } from '@oaikit/core'
import { describe, expect, it } from 'vitest'
import { fakeClient, rejection } from './helpers.ts'

const secret = 'sk-proj-inspected-secret'

describe('what console.log shows of an error', () => {
  it('shows neither the response headers nor a key the server echoed', async () => {
    const echo = () =>
      Response.json(
        { error: { message: `Incorrect API key provided: ${secret}` } },
        { status: 401, headers: { 'set-cookie': `session=${secret}`, 'x-echo': secret } },
      )
    const { client } = fakeClient({ answers: [echo], apiKey: secret })
    const error = (await rejection(request(client, { method: 'GET', path: '/models' }))) as APIError
    expect(error.headers.get('x-echo')).toBe(secret)
    const shown = inspect(error, { depth: 10 })
    expect(shown).toContain('status: 401')
    expect(shown).not.toContain(secret)
    expect(shown).not.toContain('set-cookie')
  })
})
