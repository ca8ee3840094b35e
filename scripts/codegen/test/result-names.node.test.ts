import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../../', import.meta.url))
const entries = ['chat', 'conversations', 'files', 'models'].map(
  (pkg) => `${root}packages/${pkg}/src/index.ts`,
)

/** The generated packages as an editor sees them: a function's result and parameter types, as TypeScript prints them. */
const program = ts.createProgram(entries, {
  ...ts.convertCompilerOptionsFromJson(
    ts.readConfigFile(`${root}tsconfig.base.json`, ts.sys.readFile).config.compilerOptions,
    root,
  ).options,
  noEmit: true,
})
const checker = program.getTypeChecker()
/** The (first) call signature of a function a package exports. */
const signatureOf = (pkg: string, name: string): ts.Signature => {
  const file = program.getSourceFile(`${root}packages/${pkg}/src/index.ts`)!
  const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(file)!)
  const symbol = exported.find((candidate) => candidate.name === name)!
  const value = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol
  return checker.getTypeOfSymbol(value).getCallSignatures()[0]!
}
const returnType = (pkg: string, name: string): string =>
  checker.typeToString(signatureOf(pkg, name).getReturnType())
/** The type of a function's parameter, as TypeScript prints it. */
const parameterType = (pkg: string, name: string, parameter: string): string => {
  const found = signatureOf(pkg, name).parameters.find((candidate) => candidate.name === parameter)!
  return checker.typeToString(checker.getTypeOfSymbol(found))
}

describe('the result types editors show', () => {
  it('name a plain object result or paged item by its interface', () => {
    expect(returnType('chat', 'createChatCompletion')).toBe('Promise<CreateChatCompletionResponse>')
    expect(returnType('models', 'retrieveModel')).toBe('Promise<Model>')
    expect(returnType('models', 'listModels')).toBe('Promise<ListModelsResponse>')
    expect(returnType('files', 'listFiles')).toBe('PagePromise<ListFilesResponse, OpenAIFile>')
    expect(returnType('chat', 'createChatCompletionStream')).toBe(
      'StreamPromise<CreateChatCompletionStreamResponse>',
    )
  })

  it('name the query parameters by their interface', () => {
    expect(parameterType('files', 'listFiles', 'query')).toBe('ListFilesQuery | undefined')
    expect(parameterType('chat', 'listInputItems', 'query')).toBe('ListInputItemsQuery | undefined')
  })

  it('name a union result, paged item or event by its alias', () => {
    expect(returnType('chat', 'listInputItems')).toBe('PagePromise<ResponseItemList, ItemResource>')
    expect(returnType('conversations', 'getConversationItem')).toBe('Promise<ConversationItem>')
    expect(returnType('chat', 'createResponseStream')).toBe('StreamPromise<ResponseStreamEvent>')
  })
})
