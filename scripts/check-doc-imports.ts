// Checks that every name the documentation imports from an oaikit package is exported by it:
// each `import { ... } from '@oaikit/...'` in a Markdown file (the guides, the migration guide,
// the READMEs) against the exports TypeScript sees in the package's entry point.
import { globSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

const root = new URL('..', import.meta.url).pathname
const entries = new Map(
  globSync('packages/*/src/index.ts', { cwd: root }).map((file) => [
    `@oaikit/${file.split('/')[1]}`,
    join(root, file),
  ]),
)
entries.set('@oaikit/testing/server', join(root, 'packages/testing/src/server-entry.ts'))

const program = ts.createProgram([...entries.values()], {
  module: ts.ModuleKind.Preserve,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowImportingTsExtensions: true,
  noEmit: true,
  skipLibCheck: true,
  types: [],
})
const checker = program.getTypeChecker()
const exportsOf = new Map(
  [...entries].map(([name, file]) => {
    const symbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!
    return [name, new Set(checker.getExportsOfModule(symbol).map((item) => item.name))]
  }),
)

const documents = globSync(['README.md', 'docs/**/*.md', 'packages/*/README.md', 'examples/*/README.md'], {
  cwd: root,
})
const problems: string[] = []
let checked = 0
for (const document of documents) {
  const text = readFileSync(join(root, document), 'utf8')
  for (const match of text.matchAll(
    /import\s+(?:type\s+)?\{([^}]*)\}\s*from\s*'(?:npm:)?(@oaikit\/[a-z-]+(?:\/server)?)'/g,
  )) {
    const [, list, pkg] = match as unknown as [string, string, string]
    const names = exportsOf.get(pkg)
    if (!names) {
      problems.push(`${document}: no package ${pkg}`)
      continue
    }
    for (const item of list
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      const name = item.replace(/^type\s+/, '').split(/\s+as\s+/)[0]!
      checked++
      if (!names.has(name)) problems.push(`${document}: ${pkg} exports no ${name}`)
    }
  }
}
if (problems.length > 0) {
  console.error(`check-doc-imports: ${problems.length} of ${checked} imported names do not exist:`)
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
console.log(`check-doc-imports: ${checked} imported names in ${documents.length} documents exist`)
