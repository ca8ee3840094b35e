import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const script = fileURLToPath(new URL('./fixtures/one-call.mjs', import.meta.url))
const bin = (name: string) => `${root}node_modules/.bin/${name}`

/** Runs the script; resolves with its output and how long it took, or rejects when killed at 15 s. */
const run = (command: string, args: string[]): Promise<{ stdout: string; ms: number }> =>
  new Promise((resolve, reject) => {
    const started = Date.now()
    execFile(command, [...args, script], { timeout: 15_000, cwd: root }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${command} did not finish by itself: ${error.message}\n${stderr}`))
      else resolve({ stdout, ms: Date.now() - started })
    })
  })

const runtimes: [string, string, string[]][] = [
  ['node', process.execPath, []],
  ['deno', bin('deno'), ['run', '--allow-read', '--allow-env']],
  ['bun', bin('bun'), ['run']],
]

describe('a script that imports @oaikit/testing', () => {
  it('needs the built package (run the build first)', () => {
    expect(existsSync(`${root}packages/testing/dist/index.js`)).toBe(true)
  })

  it.each(runtimes)(
    'exits by itself on %s after one call',
    async (_name, command, args) => {
      const { stdout, ms } = await run(command, args)
      expect(stdout.trim()).toBe('200 done')
      expect(ms).toBeLessThan(10_000)
    },
    20_000,
  )
})
