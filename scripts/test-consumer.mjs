#!/usr/bin/env node
// The consumer check: publishes every package with changesets to a local registry, installs them by
// name into a fresh project outside the workspace, bundles them with esbuild for browsers and
// Workers, and runs the consumer smoke suite (runtime-tests/consumer) against the installed copies.
import { cpSync, globSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { publishPackages, run } from './published-packages.ts'

const root = new URL('..', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'oaikit-consumer-'))
const published = await publishPackages(work)

try {
  const { packages } = published
  const project = join(work, 'project')
  cpSync(join(root, 'runtime-tests/consumer'), project, { recursive: true })
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'oaikit-consumer',
      private: true,
      type: 'module',
      dependencies: Object.fromEntries(packages.map(({ name, version }) => [name, version])),
    }),
  )
  console.log(`consumer: installing ${packages.length} packages by name into ${project}`)
  await published.install(project)

  for (const [platform, conditions] of [
    ['browser', ['browser']],
    ['worker', ['workerd', 'worker', 'browser']],
  ]) {
    const result = await build({
      entryPoints: [join(project, 'bundle-entry.mjs')],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'browser',
      conditions,
      write: false,
      logLevel: 'error',
      absWorkingDir: project,
    })
    console.log(
      `consumer: bundled for ${platform}: ${result.outputFiles[0].contents.byteLength} bytes minified`,
    )
  }

  await run(
    process.execPath,
    ['--test', '--test-reporter=spec', ...globSync('*.test.mjs', { cwd: project })],
    {
      cwd: project,
    },
  )
} finally {
  await published.close()
  rmSync(work, { recursive: true, force: true })
}
