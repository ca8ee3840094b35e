// The portable test files: every `packages/*/test/**/*.test.ts` that is not Node- or browser-only,
// and the checks of the run itself in `runtime-tests/shared`.
// Runtimes whose runner has no include/exclude globs (Bun, Node's test runner) take this list.
import { globSync } from 'node:fs'

/** Relative paths (with a leading `./`) of the portable test files, sorted. */
export const portableTests = () =>
  [...globSync('packages/*/test/**/*.test.ts'), ...globSync('runtime-tests/shared/*.test.ts')]
    .filter((file) => !/\.(node|browser)\.test\.ts$/.test(file))
    .sort()
    .map((file) => `./${file}`)
