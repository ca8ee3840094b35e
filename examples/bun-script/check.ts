import assert from 'node:assert/strict'
import type { ExampleCheck } from '../../scripts/examples/example-check.ts'

/** Runs the script with Bun, against the mock API. */
export const check: ExampleCheck = async ({ dir, api, exec }) => {
  const output = await exec('bun', ['run', 'main.ts'], {
    cwd: dir,
    env: { OPENAI_API_KEY: 'sk-example', OPENAI_BASE_URL: api },
  })
  assert.match(output, /^uploaded: file-\S+ \([\w-]+\)$/m)
  assert.match(output, /^answer: \S.*$/m)
  assert.match(output, /^request id: (?!\(none\))\S+$/m)
}
