import openapiTS, { astToString } from 'openapi-typescript'
import ts from 'typescript'
import { markOpenEnums, openStringMarker } from './open-enums.ts'
import type { Spec } from './spec.ts'
import { withoutDiscriminators } from './without-discriminators.ts'

const blob = ts.factory.createTypeReferenceNode('Blob')
/** `string & {}`: any string, without absorbing the literals beside it in a union. */
const openString = ts.factory.createIntersectionTypeNode([
  ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
  ts.factory.createTypeLiteralNode([]),
])

/**
 * The spec's types (`paths`, `operations`, `components`) as TypeScript, types only. File fields
 * (`format: binary`) become `Blob`, so a `File` or `Blob` can be passed for upload. Discriminated
 * unions keep their members' literal tags (see {@link withoutDiscriminators}); open enums such as
 * model ids keep their known values for completion (see {@link markOpenEnums}).
 */
export const renderSchemaTypes = async (spec: Spec, header: string): Promise<string> => {
  const ast = await openapiTS(markOpenEnums(withoutDiscriminators(spec)) as never, {
    silent: true,
    defaultNonNullable: false,
    transform: (schema) =>
      schema.format === 'binary'
        ? blob
        : (schema as Record<string, unknown>)[openStringMarker]
          ? openString
          : undefined,
  })
  return `${header}\n/* eslint-disable */\n${astToString(ast)}`
}
