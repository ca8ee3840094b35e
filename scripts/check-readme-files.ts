// Checks that what each package's README links is published with it: every relative link of
// packages/*/README.md must name a file that exists and that the package's `files` carries (on
// npm, a link to a file left out of the tarball leads nowhere).
import { existsSync, globSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const problems: string[] = []
let checked = 0
for (const readme of globSync('packages/*/README.md', { cwd: root })) {
  const dir = dirname(readme)
  const { files = [] } = JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as {
    files?: string[]
  }
  const text = readFileSync(join(root, readme), 'utf8')
  for (const [, link] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link!) || link!.startsWith('#')) continue
    checked++
    const path = normalize(link!.split('#')[0]!)
    if (!existsSync(join(root, dir, path))) problems.push(`${readme}: ${link} does not exist`)
    else if (
      path.startsWith('..') ||
      !files.some((entry) => path === entry || path.startsWith(`${entry.replace(/\/$/, '')}/`))
    )
      problems.push(`${readme}: ${link} is not in the package's files (${files.join(', ')})`)
  }
}
if (problems.length > 0) {
  console.error(`check-readme-files: ${problems.length} of ${checked} README links are not published:`)
  for (const problem of problems) console.error(`  ${problem}`)
  process.exit(1)
}
console.log(`check-readme-files: ${checked} relative README links are published with their package`)
