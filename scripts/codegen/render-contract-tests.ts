import { quote } from './names.ts'
import type { Operation } from './operations.ts'
import type { FileMap } from './render-packages.ts'
import { callArguments } from './sample-arguments.ts'
import type { Spec } from './spec.ts'

/** Where the contract test of each operation lives: its file and test name. */
export interface ContractTest {
  file: string
  name: string
}

const testBody = (spec: Spec, op: Operation): string[] => {
  const call = (name: string) =>
    `${name}(contract.client${callArguments(spec, op)
      .map((arg) => `, ${arg}`)
      .join('')})`
  const id = quote(op.id)
  const handled = `    expect(contract.operations).toEqual([${id}])`
  if (op.response.kind === 'binary')
    return [
      `    const response = await ${call(op.functionName)}`,
      handled,
      '    expect(response.ok).toBe(true)',
      '    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0)',
    ]
  if (op.response.kind === 'empty')
    return [`    expect(await ${call(op.functionName)}).toBeUndefined()`, handled]
  const lines = [
    `    const result = await ${call(op.functionName)}`,
    handled,
    `    expect(responseIssue(${id}, result)).toBeUndefined()`,
  ]
  if (op.pagination)
    lines.push(
      '    const items: unknown[] = []',
      `    for await (const item of ${call(op.functionName)}) items.push(item)`,
      '    expect(items).toEqual(result.data ?? [])',
    )
  return lines
}

const streamTestBody = (spec: Spec, op: Operation): string[] => {
  const args = callArguments(spec, op)
    .map((arg) => `, ${arg}`)
    .join('')
  return [
    '    const events: unknown[] = []',
    `    for await (const event of await ${op.functionName}Stream(contract.client${args})) events.push(event)`,
    `    expect(contract.operations).toEqual([${quote(op.id)}])`,
    '    expect(events.length).toBeGreaterThan(0)',
    `    for (const event of events) expect(streamEventIssue(${quote(op.id)}, event)).toBeUndefined()`,
  ]
}

/**
 * One portable test file per package: each operation called through its generated function against
 * the spec-driven handlers, checking that the request conformed (the answering operation is the
 * right one, with no 400) and the answer matches the spec's schema; streaming variants check every
 * event. A wrong path, method or body field in a generated function fails its test.
 */
export const renderContractTests = (
  spec: Spec,
  operations: Operation[],
  header: string,
): { files: FileMap; tests: Map<string, ContractTest[]> } => {
  const files: FileMap = new Map()
  const tests = new Map<string, ContractTest[]>()
  const packages = [...new Set(operations.map((op) => op.pkg))]
  for (const pkg of packages) {
    const ops = operations.filter((op) => op.pkg === pkg)
    const file = `packages/${pkg}/test/contract.generated.test.ts`
    const names = ops
      .flatMap((op) => [op.functionName, ...(op.stream ? [`${op.functionName}Stream`] : [])])
      .sort()
    const helpers = [
      'createContractClient',
      'responseIssue',
      ...(ops.some((op) => op.stream) ? ['streamEventIssue'] : []),
    ]
    const blocks = ops.flatMap((op) => {
      const name = `${op.functionName}: ${op.method} ${op.path}`
      const entries: ContractTest[] = [{ file, name }]
      const block = [`  it(${quote(name)}, async () => {`, ...testBody(spec, op), '  })']
      if (op.stream) {
        const streamName = `${op.functionName}Stream: ${op.method} ${op.path} (stream)`
        entries.push({ file, name: streamName })
        block.push('', `  it(${quote(streamName)}, async () => {`, ...streamTestBody(spec, op), '  })')
      }
      tests.set(op.id, entries)
      return [block.join('\n')]
    })
    files.set(
      file,
      [
        header,
        `import { ${names.join(', ')} } from '@oaikit/${pkg}'`,
        `import { ${helpers.join(', ')} } from '@oaikit/testing'`,
        "import { beforeEach, describe, expect, it } from 'vitest'",
        '',
        'let contract = createContractClient()',
        'beforeEach(() => {',
        '  contract = createContractClient()',
        '})',
        '',
        `describe(${quote(`@oaikit/${pkg} contract`)}, () => {`,
        blocks.join('\n\n'),
        '})',
        '',
      ].join('\n'),
    )
  }
  return { files, tests }
}
