#!/usr/bin/env node
// Prepares a fresh clone: installs the workspace (pnpm, Node 24 and every tool come from the lockfile)
// and, with --browser, makes sure Chromium is there for the browser tests (Debian's package, installed
// with apt-get when running as root; elsewhere set CHROMIUM_PATH).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'

const run = (command, args) => {
  const result = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// Every script of the workspace runs on the Node its lockfile pins (`devDependencies.node`), not on
// the one that runs this installer: the engines of the tools are checked against that one, so a
// machine with an older Node gets no warning for tools that never run on it.
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const workspaceNode = /^npm:node@(\d+\.\d+\.\d+)$/.exec(manifest.devDependencies?.node ?? '')?.[1]
if (!workspaceNode) {
  console.error('package.json: devDependencies.node must pin a Node version as npm:node@<x.y.z>')
  process.exit(1)
}
const installArgs = [
  'install',
  '--frozen-lockfile',
  `--config.node-version=${workspaceNode}`,
  ...(process.env.CI ? ['--reporter=append-only'] : []),
]
run(process.execPath, [new URL('./pnpm.mjs', import.meta.url).pathname, ...installArgs])

if (process.argv.includes('--browser')) {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) {
    if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
      console.error(`Chromium not found at ${chromium}. Install Chromium or set CHROMIUM_PATH to its binary.`)
      process.exit(1)
    }
    console.log('Installing Chromium (Debian package) for the browser tests...')
    run('apt-get', ['update', '-qq'])
    run('apt-get', ['install', '-y', '-qq', 'chromium'])
  }
}
