import assert from 'node:assert/strict'
import type { ExampleCheck } from '../../scripts/examples/example-check.ts'

/** Runs the script with Deno, against the mock API, with the packages from node_modules. */
export const check: ExampleCheck = async ({ dir, api, exec }) => {
  const output = await exec('deno', ['run', '--allow-env', '--allow-net', '--allow-read', 'main.ts'], {
    cwd: dir,
    env: { OPENAI_API_KEY: 'sk-example', OPENAI_BASE_URL: api },
  })
  assert.match(output, /^models: [1-9]\d*$/m)
  assert.match(output, /^answer: \S.*$/m)
}
