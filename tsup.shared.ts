import { defineConfig } from 'tsup'

/**
 * The one build configuration every package shares: ESM only, one `.d.ts` per entry, modern
 * syntax, no minification (consumers' bundlers minify), and `@oaikit/*` kept as imports so a
 * package never inlines another.
 */
export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm'],
  target: 'es2022',
  platform: 'neutral',
  dts: { compilerOptions: { composite: false } },
  clean: true,
  treeshake: true,
  sourcemap: false,
  splitting: false,
  external: [/^@oaikit\//],
  tsconfig: 'tsconfig.build.json',
})
