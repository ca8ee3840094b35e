import { describe, expect, it } from 'vitest'
import { namedExports } from '../exported-names.ts'
import { readOperations } from '../operations.ts'
import { renderPackages } from '../render-packages.ts'
import type { Schema, Spec } from '../spec.ts'
import { operationTypes } from '../type-names.ts'
import { uniqueTypeAliases } from '../unique-type-aliases.ts'

const json = (schema: Schema) => ({ content: { 'application/json': { schema } } })
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` })

/** A spec of a few models operations, one per kind of result. */
const spec: Spec = {
  openapi: '3.1.0',
  info: { title: '', version: '' },
  paths: {
    '/models': {
      get: {
        operationId: 'listModels',
        tags: ['Models'],
        parameters: [{ name: 'after', in: 'query', schema: { type: 'string' } }],
        responses: { 200: json(ref('ListModelsResponse')) },
      },
      post: {
        operationId: 'createModel',
        tags: ['Models'],
        requestBody: { required: true, ...json(ref('CreateModelRequest')) },
        responses: { 200: json({ oneOf: [ref('Model'), ref('ModelError')] }) },
      },
    },
    '/models/{model}': {
      get: { operationId: 'retrieveModel', tags: ['Models'], responses: { 200: json(ref('Model')) } },
      delete: { operationId: 'deleteModel', tags: ['Models'], responses: { 200: json(ref('ModelIds')) } },
    },
  },
  components: {
    schemas: {
      Model: { type: 'object', description: 'Describes a model.', properties: { id: { type: 'string' } } },
      ModelError: { type: 'object', properties: { message: { type: 'string' } } },
      ListModelsResponse: {
        type: 'object',
        properties: { data: { type: 'array', items: ref('Model') }, has_more: { type: 'boolean' } },
      },
      CreateModelRequest: { type: 'object', properties: { name: { type: 'string' } } },
      ModelIds: { type: 'array', items: { type: 'string' } },
    },
  },
}
const operations = readOperations(spec)
const byId = (id: string) => operations.find((op) => op.id === id)!
const typesOf = (readFile: (path: string) => string | undefined = () => undefined) =>
  renderPackages(spec, operations, '// header', readFile).get('packages/models/src/generated/types.ts')!

describe('result types', () => {
  it('names a plain object result as an interface documented by its schema, as a body', () => {
    const types = operationTypes(spec, byId('retrieveModel'))
    expect(types.result).toBe('Model')
    expect(types.aliases).toEqual([
      {
        name: 'Model',
        expression: "components['schemas']['Model']",
        doc: 'Describes a model.',
        declaration: 'interface',
      },
    ])
    expect(typesOf()).toContain(
      "type ModelFields = components['schemas']['Model']\n/** Describes a model. */\nexport interface Model extends ModelFields {}",
    )
    expect(typesOf()).toContain('export interface ListModelsResponse extends ListModelsResponseFields {}')
    expect(typesOf()).toContain('export interface CreateModelRequest extends CreateModelRequestFields {}')
  })

  it('names the item of a paged result by its schema, and pages with it', () => {
    const types = operationTypes(spec, byId('listModels'))
    expect(types).toMatchObject({ result: 'ListModelsResponse', item: 'Model' })
    const functions = renderPackages(spec, operations, '// header', () => undefined).get(
      'packages/models/src/generated/models.ts',
    )
    expect(functions).toContain('paginate<ListModelsResponse, Model>(client, ')
  })

  it('names a union result as a union of its own alias, and leaves an array a plain alias', () => {
    const union = operationTypes(spec, byId('createModel'))
    expect(union.result).toBe('CreateModelResponse')
    expect(union.aliases.find((alias) => alias.name === 'CreateModelResponse')?.declaration).toBe('union')
    expect(typesOf()).toContain(
      "export type CreateModelResponse = operations['createModel']['responses']['200']['content']['application/json'] | never",
    )
    expect(operationTypes(spec, byId('deleteModel')).aliases[0]?.declaration).toBeUndefined()
    expect(typesOf()).toContain("export type ModelIds = components['schemas']['ModelIds']\n")
  })
})

describe('type name clashes', () => {
  const alias = (name: string, expression: string) => ({ name, expression, doc: '' })

  it('fails on a name the package exports by hand, or on a function or error class of it', () => {
    const index =
      "export { type Model, parseModel } from './model.ts'\nexport * from './generated/index.ts'\n"
    expect(() => typesOf((path) => (path === 'packages/models/src/index.ts' ? index : undefined))).toThrow(
      "@oaikit/models already exports Model, which the generator would also declare for components['schemas']['Model']",
    )
    expect(() => uniqueTypeAliases('models', [alias('APIError', 'X')], ['APIError'])).toThrow(
      /already exports APIError/,
    )
  })

  it('fails on one name for two types, and keeps one declaration of a name used twice', () => {
    expect(() => uniqueTypeAliases('models', [alias('Model', 'A'), alias('Model', 'B')], [])).toThrow(
      '@oaikit/models: the generator names two types Model (A and B)',
    )
    const twice = uniqueTypeAliases(
      'models',
      [alias('B', 'b'), alias('A', 'a'), { ...alias('A', 'a'), declaration: 'interface' }],
      [],
    )
    expect(twice).toEqual([{ ...alias('A', 'a'), declaration: 'interface' }, alias('B', 'b')])
  })

  it('reads the names a module exports by name, not those behind export *', () => {
    const source = [
      "export { defineTool, type Tool as ToolShape } from './tool.ts'",
      "export type { ChatMessage } from './chat-shapes.ts'",
      "export * as schemas from './schemas.ts'",
      "export * from './generated/index.ts'",
      'export const answer = 42, other = 1',
      'export interface Shape {}',
      'const hidden = 1',
    ].join('\n')
    expect(namedExports(source)).toEqual([
      'defineTool',
      'ToolShape',
      'ChatMessage',
      'schemas',
      'answer',
      'other',
      'Shape',
    ])
  })
})
