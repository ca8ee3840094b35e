// Every @oaikit package built, published with changesets to a throwaway local registry and ready
// to be installed by name, as a user installs them: the machinery of the consumer check and of
// the examples check.
import { type SpawnOptions, spawn } from 'node:child_process'
import { globSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
// @ts-expect-error: a plain script without declarations
import { startLocalRegistry } from './local-registry.mjs'

const root = new URL('..', import.meta.url).pathname

/**
 * Runs a command, inheriting the output. Asynchronous on purpose: the registry answers from this
 * very process.
 */
export const run = (command: string, args: string[], options?: SpawnOptions) =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.on('error', reject)
    child.on('close', (code) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`)),
    )
  })

/**
 * Builds every package and publishes it to a new local registry.
 * @param work - a folder for the registry's `.npmrc`
 * @returns the packages (`{ name, version }`), `install(project, flags)` (npm install of a project,
 * the packages by name from the registry) and `close()`
 */
export const publishPackages = async (work: string) => {
  const registry = await startLocalRegistry()
  const host = new URL(registry.url).host
  const npmrc = join(work, '.npmrc')
  writeFileSync(npmrc, `@oaikit:registry=${registry.url}\n//${host}/:_authToken=local-registry\n`)
  const npmEnv = { ...process.env, npm_config_userconfig: npmrc, npm_config_update_notifier: 'false' }
  try {
    await run('turbo', ['run', 'build', '--output-logs=errors-only'], { cwd: root })
    console.log(`publishing with changesets to ${registry.url}`)
    await run('changeset', ['publish', '--no-git-tag'], {
      cwd: root,
      env: { ...npmEnv, npm_config_registry: registry.url, npm_config_git_checks: 'false' },
    })
  } catch (error) {
    await registry.close()
    throw error
  }
  const packages = globSync('packages/*/package.json', { cwd: root }).map((file) => {
    const { name, version } = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>
    return { name: name!, version: version! }
  })
  return {
    packages,
    install: (project: string, flags: string[] = []) =>
      run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', ...flags], {
        cwd: project,
        env: npmEnv,
      }),
    close: (): Promise<void> => registry.close(),
  }
}
