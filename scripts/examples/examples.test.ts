// The examples check: every example in examples/ (but the demo, which runs from the workspace) is
// copied out of the workspace, installed by name from the packages just published to a local
// registry, and run on its runtime against the mock API; its own `check.ts` asserts what it
// printed or answered. A new example joins by having a `check.ts` (examples/webhook-worker's
// goes beside the others and is picked up like them).
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, before, test } from 'node:test'
import { publishPackages } from '../published-packages.ts'
import type { CommandOptions, ExampleCheck, Exec, Start } from './example-check.ts'

const root = new URL('../..', import.meta.url).pathname
const examples = readdirSync(join(root, 'examples')).filter((name) =>
  existsSync(join(root, 'examples', name, 'check.ts')),
)
const work = mkdtempSync(join(tmpdir(), 'oaikit-examples-'))
let api: Awaited<ReturnType<typeof import('@oaikit/testing/server').startMockServer>>

/** Copies an example out of the workspace, its `workspace:` ranges turned into the published versions. */
const copyExample = (name: string, versions: Map<string, string>): string => {
  const dir = join(work, name)
  cpSync(join(root, 'examples', name), dir, {
    recursive: true,
    filter: (source) => !/\/(node_modules|dist|\.wrangler)(\/|$)/.test(source),
  })
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  for (const field of ['dependencies', 'devDependencies']) {
    for (const [dependency, range] of Object.entries<string>(manifest[field] ?? {})) {
      if (!range.startsWith('workspace:')) continue
      const version = versions.get(dependency)
      if (!version) throw new Error(`${name}: ${dependency} is not a package of the workspace`)
      manifest[field][dependency] = version
    }
  }
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2))
  return dir
}

const spawnTool = (command: string, args: string[], options: CommandOptions) =>
  spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, PATH: `${join(root, 'node_modules/.bin')}:${process.env.PATH}`, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: options.timeout ?? 60_000,
  })

/** Runs a command to its end, with the workspace's tools (deno, bun, wrangler, esbuild) on the PATH. */
const exec: Exec = (command, args, options = {}) =>
  new Promise((resolve, reject) => {
    const child = spawnTool(command, args, options)
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code, signal) =>
      code === 0
        ? resolve(stdout)
        : reject(
            new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}:\n${stdout}\n${stderr}`),
          ),
    )
  })

/** Starts a server command and waits for its `ready` line; rejects when it exits first. */
const start: Start = (command, args, { ready, ...options }) =>
  new Promise((resolve, reject) => {
    const child = spawnTool(command, args, { timeout: 120_000, ...options })
    let output = ''
    const closed = new Promise<void>((done) => child.on('close', () => done()))
    const stop = async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      await closed
    }
    const read = (chunk: Buffer) => {
      output += chunk
      if (ready.test(output)) resolve({ output: () => output, stop })
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    child.on('error', reject)
    child.on('close', (code) =>
      reject(new Error(`${command} exited with ${code} before it was ready:\n${output}`)),
    )
  })

/** A free port on 127.0.0.1. */
const port = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })

const dirs = new Map<string, string>()
before(async () => {
  const published = await publishPackages(work)
  try {
    const versions = new Map(published.packages.map(({ name, version }) => [name, version]))
    for (const name of examples) {
      const dir = copyExample(name, versions)
      console.log(`examples: installing ${name} from the local registry`)
      // Its tools (esbuild, wrangler) are the workspace's own: only its runtime packages install.
      await published.install(dir, ['--omit=dev'])
      dirs.set(name, dir)
    }
  } finally {
    await published.close()
  }
  // Built by the publishing step; the workspace root does not depend on the package itself.
  const { startMockServer } = (await import(
    join(root, 'packages/testing/dist/server-entry.js')
  )) as typeof import('@oaikit/testing/server')
  api = await startMockServer()
})
after(async () => {
  await api?.close()
  rmSync(work, { recursive: true, force: true })
})

for (const name of examples) {
  test(`example ${name} runs against the mock API`, async () => {
    const { check } = (await import(join(root, 'examples', name, 'check.ts'))) as { check: ExampleCheck }
    await check({ dir: dirs.get(name)!, api: api.url, exec, start, port })
  })
}
