import { createClient } from '@oaikit/core'
import { type CreateVectorStoreFileBatchRequest, createVectorStoreFileBatch } from '@oaikit/vector-stores'
import { expectTypeOf, it } from 'vitest'

const client = createClient({ apiKey: 'sk-test' })

it('requires file_ids or files in a file batch, and types both', () => {
  expectTypeOf<{ file_ids: string[] }>().toExtend<CreateVectorStoreFileBatchRequest>()
  expectTypeOf<{ files: { file_id: string }[] }>().toExtend<CreateVectorStoreFileBatchRequest>()
  expectTypeOf<{ attributes: { a: string } }>().not.toExtend<CreateVectorStoreFileBatchRequest>()
  expectTypeOf<{ file_ids: number[] }>().not.toExtend<CreateVectorStoreFileBatchRequest>()
  // @ts-expect-error: the API refuses a batch that names no file
  void createVectorStoreFileBatch(client, 'vs_abc123')
  // @ts-expect-error: the API refuses a batch that names no file
  void createVectorStoreFileBatch(client, 'vs_abc123', {})
  void createVectorStoreFileBatch(client, 'vs_abc123', { file_ids: ['file-abc123'] })
})
