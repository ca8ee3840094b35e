import { kebabCase } from './names.ts'

/** Which package holds the operations of a spec tag (the README's package map). */
const packageOfTag: Record<string, string> = {
  Assistants: 'assistants',
  Audio: 'audio',
  Batch: 'batches',
  Chat: 'chat',
  ChatKit: 'chatkit',
  Completions: 'chat',
  Containers: 'containers',
  'Content provenance': 'content-provenance',
  Conversations: 'conversations',
  Embeddings: 'embeddings',
  Evals: 'evals',
  Files: 'files',
  'Fine-tuning': 'fine-tuning',
  Images: 'images',
  Models: 'models',
  Moderations: 'moderations',
  Realtime: 'realtime',
  Responses: 'chat',
  Skills: 'skills',
  Uploads: 'files',
  'Vector stores': 'vector-stores',
  Videos: 'videos',
}

/**
 * The tag of an operation the spec leaves untagged, by its path: the first rule whose pattern
 * matches. Paths no rule matches make the generator fail, so a new family is placed on purpose.
 */
const tagOfUntaggedPath: [pattern: RegExp, tag: string][] = [
  [/^\/containers(\/|$)/, 'Containers'],
  [/^\/chatkit\//, 'ChatKit'],
  [/^\/content_provenance_checks$/, 'Content provenance'],
  [/^\/responses\//, 'Responses'],
  [/\/spend_limit$/, 'Spend limit'],
  [/^\/organization\/projects\/\{project_id\}\/service_accounts\//, 'Projects'],
]

/** Organization and project administration (roles, groups, spend limits, ...) all goes to `@oaikit/admin`. */
const isAdministration = (path: string): boolean => /^\/(organization|projects)\//.test(path)

/** Packages whose whole public API is generated (their `src/index.ts` re-exports `./generated`). */
export const generatedOnlyPackages = [
  'admin',
  'audio',
  'chatkit',
  'containers',
  'content-provenance',
  'conversations',
  'evals',
  'images',
  'models',
  'moderations',
  'skills',
  'videos',
]

/**
 * Packages of generated operations and hand-written helpers whose README ends with the generated
 * table of their operations: their `src/index.ts` and the README above the table are hand-written.
 */
export const tablePackages = ['assistants', 'batches', 'embeddings', 'files', 'fine-tuning', 'vector-stores']

/**
 * The package and source file (one per tag, kebab-case) of an operation: administration paths go
 * to `@oaikit/admin`, others by their tag (for an untagged one, the tag its path implies). An
 * untagged administration path no rule names goes to the file of its first segment below
 * `/organization` (`admin-api-keys`).
 * @throws Error when the operation fits no package: add its tag or path to the maps above.
 */
export const placeOperation = (
  id: string,
  tag: string | undefined,
  pathWithQuery: string,
): { pkg: string; file: string } => {
  const path = pathWithQuery.split('?')[0]!
  const effectiveTag = tag ?? tagOfUntaggedPath.find(([pattern]) => pattern.test(path))?.[1]
  if (isAdministration(path)) return { pkg: 'admin', file: kebabCase(effectiveTag ?? path.split('/')[2]!) }
  if (!effectiveTag) {
    throw new Error(
      `Operation ${id} (${pathWithQuery}) has no tag and no rule in tagOfUntaggedPath places it`,
    )
  }
  const pkg = packageOfTag[effectiveTag]
  if (!pkg) throw new Error(`Operation ${id} has the tag ${effectiveTag}, which packageOfTag does not map`)
  return { pkg, file: kebabCase(effectiveTag) }
}
