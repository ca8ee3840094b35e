#!/usr/bin/env node
// Checks the built API reference (`pnpm docs` writes it to .docs/api): every relative `href` and
// `src` of every HTML page must name a file of the build, and every `#fragment` an `id` or `name`
// in the page it points to. Absolute URLs (https:, mailto:) are not followed: no network here.
import { existsSync, globSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'

const root = new URL('..', import.meta.url).pathname
const site = join(root, process.argv[2] ?? '.docs/api')
if (!existsSync(join(site, 'index.html'))) {
  console.error(`check-doc-links: no ${relative(root, site)}/index.html; run \`pnpm docs\` first`)
  process.exit(1)
}

const pages = globSync('**/*.html', { cwd: site })
const anchors = new Map()
const anchorsOf = (file) => {
  if (!anchors.has(file)) {
    const text = readFileSync(file, 'utf8')
    anchors.set(file, new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1])))
  }
  return anchors.get(file)
}

const broken = []
let checked = 0
for (const page of pages) {
  const file = join(site, page)
  const text = readFileSync(file, 'utf8')
  for (const [, link] of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(link) || link === '' || link === '#') continue
    checked++
    const [path, fragment] = link.replaceAll('&amp;', '&').split('#')
    const target = path ? join(dirname(file), decodeURI(path.split('?')[0])) : file
    if (!existsSync(target) || !statSync(target).isFile()) broken.push(`${page}: ${link} (no such file)`)
    else if (fragment && target.endsWith('.html') && !anchorsOf(target).has(decodeURIComponent(fragment)))
      broken.push(`${page}: ${link} (no such anchor)`)
  }
}

if (broken.length > 0) {
  console.error(`check-doc-links: ${broken.length} broken links of ${checked}:`)
  for (const line of broken.slice(0, 50)) console.error(`  ${line}`)
  process.exit(1)
}
console.log(`check-doc-links: ${checked} relative links of ${pages.length} pages resolve`)
