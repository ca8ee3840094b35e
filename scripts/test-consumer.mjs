#!/usr/bin/env node
// The consumer check: publishes every package with changesets to a local registry, installs them by
// name into a fresh project outside the workspace, bundles them with esbuild for browsers and
// Workers, and runs the consumer smoke suite (runtime-tests/consumer) against the installed copies.
import { spawn } from 'node:child_process'
import { cpSync, globSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { startLocalRegistry } from './local-registry.mjs'

const root = new URL('..', import.meta.url).pathname
const work = mkdtempSync(join(tmpdir(), 'oaikit-consumer-'))
const registry = await startLocalRegistry()

// Asynchronous on purpose: the registry answers from this very process.
const run = (command, args, options) =>
  new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })

try {
  const host = new URL(registry.url).host
  const npmrc = join(work, '.npmrc')
  writeFileSync(npmrc, `@oaikit:registry=${registry.url}\n//${host}/:_authToken=local-registry\n`)
  const env = {
    ...process.env,
    npm_config_userconfig: npmrc,
    npm_config_registry: registry.url,
    npm_config_git_checks: 'false',
    npm_config_update_notifier: 'false',
  }
  await run('turbo', ['run', 'build', '--output-logs=errors-only'], { cwd: root })

  console.log(`consumer: publishing with changesets to ${registry.url}`)
  await run('changeset', ['publish', '--no-git-tag'], { cwd: root, env })

  const packages = globSync('packages/*/package.json', { cwd: root }).map((file) =>
    JSON.parse(readFileSync(join(root, file), 'utf8')),
  )
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
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: project,
    env: { ...process.env, npm_config_userconfig: npmrc, npm_config_update_notifier: 'false' },
  })

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
  await registry.close()
  rmSync(work, { recursive: true, force: true })
}
