import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import type { Spec } from './spec.ts'
import { withoutDiscriminators } from './without-discriminators.ts'

const blob = ts.factory.createTypeReferenceNode('Blob')

/**
 * The spec's types (`paths`, `operations`, `components`) as TypeScript, types only. File fields
 * (`format: binary`) become `Blob`, so a `File` or `Blob` can be passed for upload. Discriminated
 * unions keep their members' literal tags (see {@link withoutDiscriminators}).
 */
export const renderSchemaTypes = async (spec: Spec, header: string): Promise<string> => {
  const ast = await openapiTS(withoutDiscriminators(spec) as never, {
    silent: true,
    defaultNonNullable: false,
    transform: (schema) => (schema.format === 'binary' ? blob : undefined),
  })
  return `${header}\n/* eslint-disable */\n${astToString(ast)}`
}
