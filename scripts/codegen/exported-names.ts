import ts from 'typescript'

const isExported = (statement: ts.Statement): boolean =>
  ts.canHaveModifiers(statement) &&
  (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword)

/**
 * The names a module's source exports by name: `export { a, type B } from`, `export * as c from`,
 * `export const d`, `export interface E`. Names behind a bare `export *` are not read.
 * @example
 * ```ts
 * namedExports("export { defineTool, type Tool } from './tool.ts'\nexport * from './generated/index.ts'")
 * // ['defineTool', 'Tool']
 * ```
 */
export const namedExports = (source: string): string[] => {
  const file = ts.createSourceFile('index.ts', source, ts.ScriptTarget.Latest)
  return file.statements.flatMap((statement): string[] => {
    if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause
      if (!clause) return []
      return ts.isNamedExports(clause)
        ? clause.elements.map((element) => element.name.text)
        : [clause.name.text]
    }
    if (!isExported(statement)) return []
    if (ts.isVariableStatement(statement))
      return statement.declarationList.declarations.map((declaration) => declaration.name.getText(file))
    const { name } = statement as ts.DeclarationStatement
    return name && ts.isIdentifier(name) ? [name.text] : []
  })
}
