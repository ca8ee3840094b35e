import { createClient } from '@oaikit/core'
import {
  connectWebSocket,
  createClientSecretHandler,
  createClientSecretProvider,
  readClientSecret,
} from '@oaikit/realtime'
import { describe, expect, it } from 'vitest'
import { mockRealtimeURL } from './mock-realtime.ts'

const serverKey = 'sk-server-secret-0123456789'
/** The handler runs on a server; in the Chromium run it runs in a page, which core refuses for an sk- key unless told. */
const onServer = { dangerouslyAllowBrowser: true }

/** A client whose transport records each request and answers with `answer`. */
const recording = (answer: (request: Request) => Response) => {
  const sent: { url: string; authorization: string | null; body: unknown }[] = []
  const client = createClient({
    ...onServer,
    apiKey: serverKey,
    baseURL: 'https://api.example.test/v1',
    maxRetries: 0,
    transport: async (request) => {
      const text = await request.text()
      sent.push({
        url: request.url,
        authorization: request.headers.get('authorization'),
        body: text && JSON.parse(text),
      })
      return answer(request)
    },
  })
  return { client, sent }
}

const post = () => new Request('https://app.example.test/realtime/token', { method: 'POST' })

describe('createClientSecretHandler', () => {
  it('mints a GA client secret with the server key by default and answers only the secret', async () => {
    const { client, sent } = recording(() =>
      Response.json({
        value: 'ek_1',
        expires_at: 2e9,
        session: { type: 'realtime', instructions: 'secret prompt' },
      }),
    )
    const handler = createClientSecretHandler(client, {
      mint: { session: { type: 'realtime', model: 'gpt-realtime', instructions: 'secret prompt' } },
    })
    const response = await handler(post())
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const text = await response.text()
    expect(JSON.parse(text)).toEqual({ value: 'ek_1', expires_at: 2e9 })
    expect(text).not.toContain(serverKey)
    expect(text).not.toContain('secret prompt')
    expect(sent).toEqual([
      {
        url: 'https://api.example.test/v1/realtime/client_secrets',
        authorization: `Bearer ${serverKey}`,
        body: { session: { type: 'realtime', model: 'gpt-realtime', instructions: 'secret prompt' } },
      },
    ])
  })

  it('mints transcription and translation secrets (GA) and beta sessions at their endpoints', async () => {
    const { client, sent } = recording((request) =>
      request.url.endsWith('/client_secrets')
        ? Response.json({ value: 'ek_ga', expires_at: 2e9, session: {} })
        : Response.json({ client_secret: { value: 'ek_beta', expires_at: 2e9 } }),
    )
    const mints = [
      { session: { type: 'transcription' }, expiresAfter: { seconds: 600 } },
      {
        translation: true,
        session: { model: 'gpt-realtime-translate', audio: { output: { language: 'fr' } } },
      },
      { protocol: 'beta', session: { model: 'gpt-4o-realtime-preview' } },
      { protocol: 'beta', transcription: true },
    ] as const
    const answers = []
    for (const mint of mints)
      answers.push(await (await createClientSecretHandler(client, { mint })(post())).json())
    expect(answers).toEqual([
      { value: 'ek_ga', expires_at: 2e9 },
      { value: 'ek_ga', expires_at: 2e9 },
      { value: 'ek_beta', expires_at: 2e9 },
      { value: 'ek_beta', expires_at: 2e9 },
    ])
    expect(sent.map(({ url }) => url.replace('https://api.example.test/v1', ''))).toEqual([
      '/realtime/client_secrets',
      '/realtime/translations/client_secrets',
      '/realtime/sessions',
      '/realtime/transcription_sessions',
    ])
    expect(sent.map(({ body }) => body)).toEqual([
      { session: { type: 'transcription' }, expires_after: { anchor: 'created_at', seconds: 600 } },
      { session: { model: 'gpt-realtime-translate', audio: { output: { language: 'fr' } } } },
      { model: 'gpt-4o-realtime-preview' },
      {},
    ])
  })

  it('never passes the API error on: it can quote part of the server key', async () => {
    const { client } = recording(() =>
      Response.json(
        {
          error: {
            message: `Incorrect API key provided: ${serverKey.slice(0, 12)}…`,
            code: 'invalid_api_key',
          },
        },
        { status: 401 },
      ),
    )
    const errors: unknown[] = []
    const response = await createClientSecretHandler(client, {
      mint: {},
      onError: (error) => errors.push(error),
    })(post())
    expect(response.status).toBe(502)
    const text = await response.text()
    expect(text).not.toContain(serverKey.slice(0, 12))
    expect(JSON.parse(text)).toEqual({ error: { message: 'Could not mint a client secret' } })
    expect(errors).toHaveLength(1)
  })

  it('answers 405 to other methods and lets the mint function turn a caller away', async () => {
    const { client, sent } = recording(() => Response.json({}))
    const handler = createClientSecretHandler(client, {
      mint: (request) => (request.headers.get('x-user') ? {} : new Response('who are you?', { status: 401 })),
    })
    const get = await handler(new Request('https://app.example.test/realtime/token'))
    expect(get.status).toBe(405)
    expect(get.headers.get('allow')).toBe('POST')
    expect((await handler(post())).status).toBe(401)
    expect(sent).toHaveLength(0)
  })

  it('mints against the mock server for a browser that then connects with the secret', async () => {
    const handler = createClientSecretHandler(
      createClient({ ...onServer, apiKey: serverKey, baseURL: mockRealtimeURL() }),
      {
        mint: { session: { type: 'realtime', instructions: 'Be brief.' } },
      },
    )
    const secrets: string[] = []
    const apiKey = createClientSecretProvider(async () => {
      const secret = readClientSecret(await (await handler(post())).json())
      secrets.push(secret.value)
      return secret
    })
    const connection = await connectWebSocket(createClient({ apiKey, baseURL: mockRealtimeURL() }), {
      handshake: 'subprotocol',
    })
    connection.close()
    expect(secrets).toHaveLength(1)
    expect(secrets[0]).toMatch(/^ek_/)
  })
})
