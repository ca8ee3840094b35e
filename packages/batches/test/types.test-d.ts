import { type BatchRequest, type BatchResult, runBatch } from '@oaikit/batches'
import { type APIErrorBody, type Client, type components, createClient } from '@oaikit/core'
import { expectTypeOf, it } from 'vitest'

const client: Client = createClient({ apiKey: 'test-key' })
const embedding: BatchRequest<'/v1/embeddings'> = {
  custom_id: 'doc-1',
  body: { model: 'text-embedding-3-small', input: 'Hello' },
}

it('types the request bodies by endpoint', () => {
  const wrong: BatchRequest<'/v1/embeddings'> = {
    custom_id: 'doc-1',
    // @ts-expect-error: an embeddings body has no messages
    body: { model: 'text-embedding-3-small', messages: [] },
  }
  expectTypeOf(wrong.custom_id).toBeString()
  // @ts-expect-error: chat completion requests in an embeddings batch
  void runBatch(client, [{ custom_id: 'a', body: { model: 'gpt-4o', messages: [] } }], {
    endpoint: '/v1/embeddings',
  })
})

it('types the results by endpoint', async () => {
  const run = await runBatch(client, [embedding], { endpoint: '/v1/embeddings' })
  expectTypeOf(run.results).returns.toEqualTypeOf<AsyncGenerator<BatchResult<'/v1/embeddings'>>>()
  type Body = NonNullable<BatchResult<'/v1/embeddings'>['response']>['body']
  expectTypeOf<Body>().toEqualTypeOf<
    components['schemas']['CreateEmbeddingResponse'] | { error: APIErrorBody }
  >()
  const resumed = await runBatch(client, { batchId: 'batch_1' }, { endpoint: '/v1/chat/completions' })
  expectTypeOf(resumed.results).returns.toEqualTypeOf<AsyncGenerator<BatchResult<'/v1/chat/completions'>>>()
})
