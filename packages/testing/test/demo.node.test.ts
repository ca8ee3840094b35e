import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))

/** Runs the README's demo offline (no OPENAI_API_KEY) on the built packages and resolves with its output. */
const runDemo = (): Promise<string> =>
  new Promise((resolve, reject) => {
    const env = { ...process.env }
    delete env.OPENAI_API_KEY
    delete env.OPENAI_ADMIN_KEY
    execFile(
      process.execPath,
      ['examples/demo/demo.mjs'],
      { cwd: root, env, timeout: 30_000 },
      (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
    )
  })

describe('the demo, offline', () => {
  it('prints what follows from what it sent, and says which answers are the mock’s', async () => {
    const output = await runDemo()
    expect(output).toContain('answers in [brackets] come from the mock')
    expect(output).toContain('step 1 called weather({"city":"Paris"})')
    expect(output).toContain('step 1 called weather({"city":"Rome"})')
    expect(output).toContain('step 2 answered: Paris: 21°C and sunny. Rome: 25°C and clear.')
    expect(output).toContain('{"city":"Lisbon","celsius":19,"day":"Saturday"}')
    expect(output).toContain('You asked 7 words: "Say hello to oaikit in five words."')
    const [, sent, sentBytes, stored, storedBytes] =
      /sent (\S+) \((\d+) bytes\); stored as file-\w+: (\S+) \((\d+) bytes\)/.exec(output) ?? []
    expect([stored, storedBytes]).toEqual([sent, sentBytes])
    expect(output).toMatch(/page 1: b\.jsonl, a\.jsonl \(has_more\)\n {2}page 2: requests\.jsonl\n/)
  }, 40_000)
})
