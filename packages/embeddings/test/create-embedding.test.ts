import { createClient, getResponseMeta } from '@oaikit/core'
import { createEmbedding } from '@oaikit/embeddings'
import { createMockTransport } from '@oaikit/testing'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

/** The base64 of `values` as 32-bit little-endian floats, as the API sends an embedding. */
const base64Of = (values: number[]) => {
  const view = new DataView(new ArrayBuffer(values.length * 4))
  for (const [index, value] of values.entries()) view.setFloat32(index * 4, value, true)
  return btoa(String.fromCharCode(...new Uint8Array(view.buffer)))
}

/**
 * A client on the spec-checked mock that answers every embedding in the format the request asks
 * for (base64 or numbers) with `vectors`; `bodies` collects the request bodies.
 */
const embeddingsApi = (...vectors: number[][]) => {
  const mock = createMockTransport()
  const bodies: { encoding_format?: string }[] = []
  const client = createClient({
    apiKey: 'test-key',
    transport: async (request) => {
      const checked = await mock(request.clone())
      if (!checked.ok) return checked
      const body = (await request.json()) as { encoding_format?: string }
      bodies.push(body)
      const base64 = body.encoding_format === 'base64'
      return Response.json(
        {
          ...(await checked.json()),
          data: vectors.map((vector, index) => ({
            object: 'embedding',
            index,
            embedding: base64 ? base64Of(vector) : vector,
          })),
        },
        { headers: { 'x-request-id': 'req_embed' } },
      )
    },
  })
  return { client, bodies }
}

describe('createEmbedding', () => {
  it('asks for base64 when no format is chosen and returns the floats decoded', async () => {
    const vectors = [
      [0.5, -1.25, 0, 3.4028234663852886e38],
      [Math.fround(0.1), Math.fround(-0.333)],
    ]
    const api = embeddingsApi(...vectors)
    const result = await createEmbedding(api.client, { model: 'text-embedding-3-small', input: ['a', 'b'] })
    expect(api.bodies).toEqual([
      { model: 'text-embedding-3-small', input: ['a', 'b'], encoding_format: 'base64' },
    ])
    expect(result.data.map((item) => item.embedding)).toEqual(vectors)
    expect(getResponseMeta(result)?.requestId).toBe('req_embed')
  })

  it('honours an explicit encoding_format as given', async () => {
    const floats = embeddingsApi([0.25, 2])
    const asFloats = await createEmbedding(floats.client, {
      model: 'm',
      input: 'a',
      encoding_format: 'float',
    })
    expect(floats.bodies[0]?.encoding_format).toBe('float')
    expect(asFloats.data[0]?.embedding).toEqual([0.25, 2])
    const base64 = embeddingsApi([0.25, 2])
    const asBase64 = await createEmbedding(base64.client, {
      model: 'm',
      input: 'a',
      encoding_format: 'base64',
    })
    expect(asBase64.data[0]?.embedding).toBe(base64Of([0.25, 2]))
  })

  it('decodes every 32-bit float exactly', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.float({ noNaN: true }), { maxLength: 64 }), async (vector) => {
        const api = embeddingsApi(vector)
        const result = await createEmbedding(api.client, { model: 'm', input: 'a' })
        expect(result.data[0]?.embedding).toEqual(vector)
      }),
      { numRuns: 50 },
    )
  })
})
