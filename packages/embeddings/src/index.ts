export { createEmbedding } from './create-embedding.ts'
export * from './generated/index.ts'
