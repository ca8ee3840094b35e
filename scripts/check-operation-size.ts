/**
 * Checks the size budget of the generated operation functions: importing one of them may add at
 * most 200 bytes (minified, gzip) over what it needs of core (`createClient` and `request`,
 * `paginate` or, for `…Stream` variants, `streamRequest`, plus the `expandPath`, `flattenQuery`,
 * `encodeMultipart` or `guardBody` helpers it passes). Bundles every generated function of every
 * package from source with esbuild and prints the largest ones. A hand-written function a package
 * exports in place of a generated one (`createEmbedding`, which decodes base64) is held to its own
 * budget in the package's `.size-limit.json`.
 *
 *   node scripts/check-operation-size.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const budget = 200
const root = process.cwd()

const gzipSize = async (contents: string): Promise<number> => {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
    tsconfig: join(root, 'tsconfig.base.json'),
    logLevel: 'silent',
  })
  return gzipSync(result.outputFiles[0]!.contents, { level: 9 }).length
}

/** Each generated function of a package, the helper its one-line body calls and the core hooks it passes. */
const functionsOf = (pkg: string): { name: string; helper: string; hooks: string[] }[] => {
  const dir = join(root, 'packages', pkg, 'src', 'generated')
  return readdirSync(dir)
    .filter((file) => !['index.ts', 'types.ts', 'schema.ts'].includes(file) && file.endsWith('.ts'))
    .flatMap((file) =>
      [
        ...readFileSync(join(dir, file), 'utf8').matchAll(
          /export const (\w+) = [^\n]*\n {2}(request|paginate|streamRequest)<[^\n]*/g,
        ),
      ].map((match) => ({
        name: match[1]!,
        helper: match[2]!,
        hooks: ['encodeMultipart', 'expandPath', 'flattenQuery', 'guardBody'].filter((hook) =>
          match[0].includes(hook),
        ),
      })),
    )
}

const helperImport = (helper: string): string =>
  helper === 'streamRequest'
    ? "export { streamRequest } from '@oaikit/streaming'\n"
    : `export { ${helper} } from '@oaikit/core'\n`

const baselines = new Map<string, number>()
const results: { pkg: string; name: string; added: number }[] = []
const hasGenerated = (pkg: string): boolean => {
  try {
    return functionsOf(pkg).length > 0
  } catch {
    return false
  }
}
const packages = readdirSync(join(root, 'packages')).filter(hasGenerated)
for (const pkg of packages) {
  for (const { name, helper, hooks } of functionsOf(pkg)) {
    const needs = [helper, ...hooks].join(' + ')
    const base = `export { createClient${hooks.map((hook) => `, ${hook}`).join('')} } from '@oaikit/core'\n${helperImport(helper)}`
    if (!baselines.has(needs)) baselines.set(needs, await gzipSize(base))
    const added =
      (await gzipSize(`${base}export { ${name} } from './packages/${pkg}/src/generated/index.ts'\n`)) -
      baselines.get(needs)!
    results.push({ pkg, name, added })
  }
}
results.sort((a, b) => b.added - a.added)
const over = results.filter((result) => result.added > budget)
console.log(
  `${results.length} operation functions in ${packages.length} packages; baselines ${[...baselines].map(([helper, size]) => `${helper} ${size} B`).join(', ')}`,
)
for (const result of results.slice(0, 5))
  console.log(`  @oaikit/${result.pkg} ${result.name}: +${result.added} B`)
console.log(`  median +${results[Math.floor(results.length / 2)]?.added} B, budget +${budget} B`)
if (over.length > 0) {
  console.error(
    `Over the budget:\n${over.map((result) => `  @oaikit/${result.pkg} ${result.name}: +${result.added} B`).join('\n')}`,
  )
  process.exit(1)
}
