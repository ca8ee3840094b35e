#!/usr/bin/env node
// Runs the workspace's pnpm (the version in package.json's packageManager) with the given arguments:
// the global one when it is that version, else through npx, so `npm test` works on a machine that
// has only Node and npm.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'

const { packageManager } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const wanted = packageManager.replace(/^pnpm@/, '')
const global = spawnSync('pnpm', ['--version'], { encoding: 'utf8', shell: process.platform === 'win32' })
const [command, prefix] =
  global.status === 0 && global.stdout.trim() === wanted ? ['pnpm', []] : ['npx', ['--yes', `pnpm@${wanted}`]]
const result = spawnSync(command, [...prefix, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(result.status ?? 1)
