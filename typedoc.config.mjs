import { OptionDefaults } from 'typedoc'

/** @type {Partial<import('typedoc').TypeDocOptions>} */
export default {
  name: 'oaikit',
  entryPoints: ['packages/*/src/index.ts', 'packages/testing/src/server-entry.ts'],
  tsconfig: 'tsconfig.docs.json',
  plugin: ['./scripts/typedoc-plugin.mjs'],
  out: '.docs/api',
  readme: 'docs/reference-index.md',
  skipErrorChecking: true,
  blockTags: [...OptionDefaults.blockTags, '@description', '@constant'],
  searchInComments: true,
  disableSources: true,
  excludePrivate: true,
  excludeInternal: true,
  validation: { notExported: true, invalidLink: true, rewrittenLink: true, notDocumented: false },
  treatWarningsAsErrors: true,
}
