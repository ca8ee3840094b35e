import { fileURLToPath } from 'node:url'
import { cloudflareTest } from '@cloudflare/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config'

const root = fileURLToPath(new URL('.', import.meta.url))

/** Tests import packages by name; in the workspace they run against each package's source. */
const alias = [
  { find: /^@oaikit\/testing\/server$/, replacement: `${root}packages/testing/src/server-entry.ts` },
  { find: /^@oaikit\/([a-z-]+)$/, replacement: `${root}packages/$1/src/index.ts` },
]

/** Portable tests: the same files run on every runtime. */
const portable = ['packages/*/test/**/*.test.ts', 'runtime-tests/shared/*.test.ts']
const nodeOnly = ['packages/*/test/**/*.node.test.ts']
/** Tests of the workspace's own tooling (the generator), on Node only. */
const tooling = ['scripts/**/*.node.test.ts']
const browserOnly = ['packages/*/test/**/*.browser.test.ts']

const shared = {
  globalSetup: ['runtime-tests/vitest/global-setup.ts'],
  setupFiles: ['runtime-tests/vitest/setup.ts'],
}

/** Chromium from Debian, launched the way this machine allows (no sandbox, no background traffic). */
const chromium = playwright({
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
})

const projects: TestProjectInlineConfiguration[] = [
  {
    resolve: { alias },
    test: {
      ...shared,
      name: 'node',
      provide: { runtime: 'node' },
      include: [...portable, ...tooling],
      exclude: browserOnly,
    },
  },
  {
    resolve: { alias },
    plugins: [
      cloudflareTest({
        miniflare: { compatibilityDate: '2026-11-01', compatibilityFlags: ['nodejs_compat'] },
      }),
    ],
    test: {
      ...shared,
      name: 'workerd',
      provide: { runtime: 'workerd' },
      include: portable,
      exclude: [...nodeOnly, ...browserOnly],
    },
  },
  {
    resolve: { alias },
    test: {
      ...shared,
      name: 'chromium',
      provide: { runtime: 'chromium' },
      include: portable,
      exclude: nodeOnly,
      browser: { enabled: true, headless: true, provider: chromium, instances: [{ browser: 'chromium' }] },
    },
  },
]

export default defineConfig({ test: { projects } })
