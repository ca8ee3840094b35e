// Type-checks every `ts` code block of the guides and of the migration guide's hand-written part
// against the packages' sources, so that a renamed function, a wrong argument or a missing option
// fails CI instead of misleading a reader. Each block is a module of its own; the free names the
// prose gives them (`env`, `messages`, `output`...) are declared with their types in `prelude`.
import { globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const root = new URL('..', import.meta.url).pathname
const out = join(root, '.tmp/doc-code')

/** The names the guides' blocks use without making them, as the surrounding text describes them. */
const prelude = `
declare global {
  const env: { OPENAI_API_KEY: string; OPENAI_GATEWAY: { fetch(request: Request): Promise<Response> } }
  const messages: import('@oaikit/chat').ChatMessage[]
  const model: string
  const output: HTMLElement
  const client: import('@oaikit/core').Client
  const bigFile: File
  const jsonl: string
  const log: (...values: unknown[]) => void
  const Deno: { env: { get(name: string): string | undefined }; stdout: { write(bytes: Uint8Array): Promise<number> } }
  const Bun: { env: Record<string, string | undefined>; file(path: string): Blob }
}
export {}
`

const documents = globSync(['docs/guides/*.md', 'docs/migration-intro.md'], { cwd: root })
rmSync(out, { recursive: true, force: true })
mkdirSync(out, { recursive: true })
writeFileSync(join(out, 'prelude.ts'), prelude)
const blocks = new Map<string, string>()
for (const document of documents) {
  const text = readFileSync(join(root, document), 'utf8')
  for (const [index, match] of [...text.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].entries()) {
    const file = join(out, `${document.replaceAll('/', '_').replace(/\.md$/, '')}_${index + 1}.ts`)
    writeFileSync(file, `${match[1]}\nexport {}\n`)
    blocks.set(file, `${document}, block ${index + 1}`)
  }
}

const program = ts.createProgram([join(out, 'prelude.ts'), ...blocks.keys()], {
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts', 'lib.dom.asynciterable.d.ts'],
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  allowImportingTsExtensions: true,
  strict: true,
  noEmit: true,
  skipLibCheck: true,
  types: ['node'],
  typeRoots: [join(root, 'node_modules/@types')],
  paths: {
    '@oaikit/testing/server': [`${root}packages/testing/src/server-entry.ts`],
    '@oaikit/*': [`${root}packages/*/src/index.ts`],
    'npm:@oaikit/*': [`${root}packages/*/src/index.ts`],
  },
})
const message = (diagnostic: ts.Diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
const problems = [
  ...program.getOptionsDiagnostics().map(message),
  ...[...blocks.keys()].flatMap((file) => {
    const source = program.getSourceFile(file)
    return [...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source)].map(
      (diagnostic) => {
        const { line } = source!.getLineAndCharacterOfPosition(diagnostic.start ?? 0)
        return `${blocks.get(file)}, line ${line + 1}: ${message(diagnostic)}`
      },
    )
  }),
]
if (problems.length > 0) {
  console.error(`check-doc-code: ${problems.length} type errors in the docs' code blocks:`)
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
console.log(`check-doc-code: ${blocks.size} code blocks of ${documents.length} documents type-check`)
