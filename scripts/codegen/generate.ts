/**
 * Regenerates everything derived from the spec: the schema types of `@oaikit/core`, one function
 * per operation in its domain package, the webhook events of `@oaikit/webhooks`, the validation data
 * of `@oaikit/testing`, the contract tests and the operations table.
 *
 *   node scripts/codegen/generate.ts                 write the files (`pnpm generate`)
 *   node scripts/codegen/generate.ts --check         exit 1 when a generated file is stale
 *   node scripts/codegen/generate.ts --spec <file> --out <dir>   generate another spec elsewhere
 */
import { parseArgs } from 'node:util'
import { generatedHeader } from './header.ts'
import { normalizeSpec } from './normalize-spec.ts'
import { readOperations } from './operations.ts'
import { renderContractTests } from './render-contract-tests.ts'
import { renderOperationsTable } from './render-operations-table.ts'
import { renderPackages } from './render-packages.ts'
import { renderSchemaTypes } from './render-schema-types.ts'
import { renderTestingData } from './render-testing-data.ts'
import { renderWebhookEvents } from './render-webhook-events.ts'
import { loadSpec } from './spec.ts'
import { checkFiles, readExisting, writeFiles } from './write-files.ts'

const { values } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    spec: { type: 'string', default: 'spec/openai-2026-08-21.yaml' },
    out: { type: 'string', default: '.' },
  },
})

const specFile = values.spec
const spec = normalizeSpec(loadSpec(specFile))
const header = generatedHeader(
  specFile.startsWith('spec/') ? specFile : specFile.slice(specFile.lastIndexOf('/') + 1),
)
const operations = readOperations(spec)

const files = renderPackages(spec, operations, header, (file) => readExisting(values.out, file))
files.set('packages/core/src/generated/schema.ts', await renderSchemaTypes(spec, header))
if ('webhooks' in spec)
  files.set('packages/webhooks/src/generated/events.ts', renderWebhookEvents(spec, header))
const testing = renderTestingData(spec, operations)
files.set(
  'packages/testing/src/generated/spec-data.json',
  `${JSON.stringify({ $comment: header.slice(3), ...testing.data })}\n`,
)
const contract = renderContractTests(spec, operations, header)
for (const [file, content] of contract.files) files.set(file, content)
files.set(
  'docs/operations.md',
  renderOperationsTable(specFile, operations, contract.tests, testing.operations),
)

if (values.check) {
  const stale = checkFiles(values.out, files)
  if (stale.length > 0) {
    console.error(
      `Generated files are stale; run \`pnpm generate\`:\n${stale.map((file) => `  ${file}`).join('\n')}`,
    )
    process.exit(1)
  }
  console.log(`${files.size} generated files are up to date (${operations.length} operations).`)
} else {
  writeFiles(values.out, files)
  console.log(`Wrote ${files.size} files for ${operations.length} operations of ${specFile}.`)
}
