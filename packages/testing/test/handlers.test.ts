import { createHandlers, createMockTransport, operationHeader } from '@oaikit/testing'
import { HttpResponse, http } from 'msw'
import { describe, expect, it } from 'vitest'
import { errorOf, send } from './helpers.ts'

const chat = { model: 'gpt-4o', messages: [{ role: 'user', content: 'Hi' }] }

describe('spec-driven handlers', () => {
  it("answers a conforming request with the spec's example and names the operation", async () => {
    const response = await send('GET', '/models/gpt-4o')
    expect(response.status).toBe(200)
    expect(response.headers.get(operationHeader)).toBe('retrieveModel')
    expect(await response.json()).toMatchObject({ object: 'model' })
  })

  it('refuses a request without an API key with 401', async () => {
    const response = await createMockTransport()(new Request('https://api.openai.com/v1/models'))
    expect(response.status).toBe(401)
    expect((await errorOf(response)).type).toBe('invalid_request_error')
  })

  it('names a missing required body field', async () => {
    const response = await send('POST', '/chat/completions', { model: 'gpt-4o' })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toEqual({
      message: "Missing required parameter: 'messages'.",
      type: 'invalid_request_error',
      param: 'messages',
      code: 'missing_required_parameter',
    })
  })

  it('refuses an unknown top-level body field, as the API does', async () => {
    const response = await send('POST', '/chat/completions', { ...chat, temprature: 1 })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({ param: 'temprature', code: 'unknown_parameter' })
  })

  it('names a mistyped field by its path', async () => {
    const response = await send('POST', '/embeddings', {
      model: 'text-embedding-3-small',
      input: 'x',
      dimensions: 'many',
    })
    expect(response.status).toBe(400)
    expect(await errorOf(response)).toMatchObject({ param: 'dimensions', code: 'invalid_type' })
  })

  it('refuses a JSON body where the operation takes multipart', async () => {
    const response = await send('POST', '/files', { purpose: 'batch' })
    expect(response.status).toBe(400)
    expect((await errorOf(response)).code).toBe('invalid_content_type')
  })

  it('validates multipart fields and files', async () => {
    const form = new FormData()
    form.append('purpose', 'batch')
    expect(await errorOf(await send('POST', '/files', form))).toMatchObject({ param: 'file' })
    form.append('file', new File(['{}'], 'batch.jsonl'))
    const response = await send('POST', '/files', form)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ object: 'file' })
  })

  it('reads repeated array fields of a multipart body', async () => {
    const form = new FormData()
    form.append('file', new File(['audio'], 'audio.mp3'))
    form.append('model', 'whisper-1')
    form.append('timestamp_granularities[]', 'word')
    form.append('timestamp_granularities[]', 'segment')
    expect((await send('POST', '/audio/transcriptions', form)).status).toBe(200)
    form.append('timestamp_granularities[]', 'sentence')
    expect(await errorOf(await send('POST', '/audio/transcriptions', form))).toMatchObject({
      param: 'timestamp_granularities[2]',
      code: 'invalid_value',
    })
  })

  it('checks query parameters: unknown, missing, mistyped', async () => {
    expect(await errorOf(await send('GET', '/models?limit=1'))).toMatchObject({
      param: 'limit',
      code: 'unknown_parameter',
    })
    expect(await errorOf(await send('GET', '/organization/costs'))).toMatchObject({ param: 'start_time' })
    expect(await errorOf(await send('GET', '/files?limit=many'))).toMatchObject({
      param: 'limit',
      code: 'invalid_type',
    })
    expect(
      (await send('GET', '/organization/costs?start_time=1730419200&project_ids=a&project_ids=b')).status,
    ).toBe(200)
  })

  it('does not answer a method or path the spec does not have', async () => {
    expect((await send('PUT', '/models/gpt-4o')).status).toBe(404)
    expect((await send('GET', '/model/gpt-4o')).status).toBe(404)
  })

  it('routes literal paths before parameterised ones', async () => {
    const response = await send('POST', '/threads/runs', { assistant_id: 'asst_abc123' })
    expect(response.headers.get(operationHeader)).toBe('createThreadAndRun')
  })

  it('lets a handler put first override the spec-driven one', async () => {
    const transport = createMockTransport([
      http.get('*/v1/models', () => HttpResponse.json({ object: 'list', data: [] })),
      ...createHandlers(),
    ])
    const response = await transport(new Request('https://api.openai.com/v1/models'))
    expect(await response.json()).toEqual({ object: 'list', data: [] })
  })

  it('serves another base URL', async () => {
    const transport = createMockTransport(createHandlers({ baseURL: 'https://proxy.example/openai/v1' }))
    const request = new Request('https://proxy.example/openai/v1/models', {
      headers: { authorization: 'Bearer k' },
    })
    expect((await transport(request)).status).toBe(200)
  })
})
