import { kebabCase } from './names.ts'

/** Which package holds the operations of a spec tag (DESIGN.md's package map). */
const packageOfTag: Record<string, string> = {
  Assistants: 'assistants',
  Audio: 'audio',
  'Audit Logs': 'admin',
  Batch: 'batches',
  Certificates: 'admin',
  Chat: 'chat',
  Completions: 'chat',
  Embeddings: 'embeddings',
  Evals: 'evals',
  Files: 'files',
  'Fine-tuning': 'fine-tuning',
  Images: 'images',
  Invites: 'admin',
  Models: 'models',
  Moderations: 'moderations',
  Projects: 'admin',
  Realtime: 'realtime',
  Responses: 'chat',
  Uploads: 'files',
  Usage: 'admin',
  Users: 'admin',
  'Vector stores': 'vector-stores',
}

/** Where an operation without a known tag goes, by its path; `undefined` when nowhere fits. */
const packageOfPath = (path: string): string | undefined => {
  if (path.startsWith('/organization/')) return 'admin'
  const first = path.split('/')[1] ?? ''
  const byPrefix: Record<string, string> = {
    assistants: 'assistants',
    threads: 'assistants',
    audio: 'audio',
    batches: 'batches',
    chat: 'chat',
    completions: 'chat',
    responses: 'chat',
    embeddings: 'embeddings',
    evals: 'evals',
    files: 'files',
    uploads: 'files',
    fine_tuning: 'fine-tuning',
    images: 'images',
    models: 'models',
    moderations: 'moderations',
    realtime: 'realtime',
    vector_stores: 'vector-stores',
  }
  return byPrefix[first]
}

/** Packages whose whole public API is generated (their `src/index.ts` re-exports `./generated`). */
export const generatedOnlyPackages = [
  'admin',
  'assistants',
  'audio',
  'batches',
  'embeddings',
  'evals',
  'fine-tuning',
  'images',
  'models',
  'moderations',
  'vector-stores',
]

/**
 * Packages of generated operations and hand-written helpers whose README ends with the generated
 * table of their operations: their `src/index.ts` and the README above the table are hand-written.
 */
export const tablePackages = ['files']

/**
 * The package and source file (one per tag, kebab-case) of an operation. Tags the map does not
 * know (newer specs) fall back to the path, then to a package named after the tag.
 */
export const placeOperation = (tag: string | undefined, path: string): { pkg: string; file: string } => {
  const pkg = (tag && packageOfTag[tag]) ?? packageOfPath(path) ?? kebabCase(tag ?? 'misc')
  const file = tag ? kebabCase(tag) : kebabCase(path.split('/')[2] ?? pkg)
  return { pkg, file }
}
