/**
 * Checks the exports of the built packages (run after `pnpm build`):
 * - the seed contract: every function `spec/seed-exports.json` lists (the 148 operations of spec
 *   2.3.0, their stream variants and aliases) is still exported, as a function, by the same package;
 * - no two packages export different values under one name, so a user who imports from several
 *   never has to rename (the same value re-exported, such as an error class, is fine), except a
 *   deprecated alias listed in {@link deprecatedAliases} while it is kept.
 *
 *   node scripts/check-exports.ts
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

const root = process.cwd()
const { $comment: _, ...seed } = JSON.parse(
  readFileSync(join(root, 'spec/seed-exports.json'), 'utf8'),
) as Record<string, string[]>

/**
 * Deprecated names a package keeps for one minor version after a rename, though another package now
 * exports the name: `@oaikit/realtime`'s conversation tracker became `createConversationTracker`
 * when `@oaikit/conversations` took `createConversation`. Remove an entry with its alias.
 */
const deprecatedAliases: Record<string, string> = { createConversation: 'realtime' }

const packages = readdirSync(join(root, 'packages')).sort()
const modules = new Map<string, Record<string, unknown>>()
for (const pkg of packages) {
  modules.set(pkg, await import(pathToFileURL(join(root, 'packages', pkg, 'dist', 'index.js')).href))
}

const problems: string[] = []
let seedCount = 0
for (const [pkg, names] of Object.entries(seed)) {
  const exports = modules.get(pkg)
  for (const name of names) {
    seedCount++
    if (typeof exports?.[name] !== 'function')
      problems.push(`@oaikit/${pkg} no longer exports ${name} (seed contract)`)
  }
}

const owners = new Map<string, { pkg: string; value: unknown }>()
for (const [pkg, exports] of modules) {
  for (const [name, value] of Object.entries(exports)) {
    const owner = owners.get(name)
    if (deprecatedAliases[name] === pkg) continue
    if (!owner) owners.set(name, { pkg, value })
    else if (owner.value !== value)
      problems.push(`${name} is exported by both @oaikit/${owner.pkg} and @oaikit/${pkg}`)
  }
}

if (problems.length > 0) {
  console.error(problems.join('\n'))
  process.exit(1)
}
console.log(
  `${seedCount} seed exports in place; ${owners.size} export names across ${modules.size} packages, none claimed twice.`,
)
