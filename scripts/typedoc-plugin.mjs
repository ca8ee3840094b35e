// The reference's TypeDoc plugin:
// - names each module after the package (and export path) a user imports it from, `@oaikit/chat`
//   or `@oaikit/testing/server`, not after its source folder (`chat/src`), which is what TypeDoc
//   derives from entry points of one program;
// - leaves out the raw spec types of core (below);
// - shows on the page of a generated union alias its members, not the expression it is written as;
// - reports as information, not as a warning (which the build treats as an error), a field that
//   two intersected spec schemas both document: the spec's doing, and either comment is right.
import { Converter, ReflectionKind, TypeScript as ts, UnionType } from 'typedoc'

/** Export paths other than the package root, by the source file that backs them. */
const subpaths = { 'server-entry': 'server' }

/**
 * The raw types openapi-typescript writes from the spec (`components`, `operations`, `paths` of
 * `@oaikit/core`): tens of megabytes of pages no reader opens; each package names the schemas it
 * takes and answers (`CreateChatCompletionRequest`), and those pages stay.
 */
const rawSpecTypes = new Set(['components', 'operations', 'paths'])

/**
 * Whether a symbol is a type alias the generator writes for a union, `components['schemas']['X'] | never`
 * (the `| never` gives the union the alias's name, so signatures show `X`): its page would show
 * that expression, which links nowhere since the raw spec types are left out.
 * @param {import('typedoc').TypeScript.Symbol} symbol
 */
const isNamedUnion = (symbol) =>
  (symbol.declarations ?? []).some(
    (declaration) =>
      ts.isTypeAliasDeclaration(declaration) &&
      ts.isUnionTypeNode(declaration.type) &&
      declaration.type.types.some((member) => member.kind === ts.SyntaxKind.NeverKeyword),
  )

/**
 * The union a generated union alias stands for, member by member, converted from the type
 * TypeScript declares for it while its program is at hand (with the converter TypeDoc itself uses
 * for `@useDeclaredType`, which here would print the alias's own name); set in place of the
 * expression once TypeDoc has converted the alias.
 * @param {import('typedoc').Context} context
 * @param {import('typedoc').DeclarationReflection} reflection
 */
const unionMembers = (context, reflection) => {
  const symbol = context.getSymbolFromReflection(reflection)
  if (reflection.kind !== ReflectionKind.TypeAlias || !symbol || !isNamedUnion(symbol)) return undefined
  const declared = context.checker.getDeclaredTypeOfSymbol(symbol)
  const scope = context.withScope(reflection)
  // A schema TypeScript cannot render as a union (`unknown`) is shown as what it is.
  if (!declared.isUnion()) return context.converter.convertType(scope, declared)
  return new UnionType(declared.types.map((member) => context.converter.convertType(scope, member)))
}

/** @param {import('typedoc').Application} app */
export const load = (app) => {
  const warn = app.logger.warn.bind(app.logger)
  app.logger.warn = (message, ...rest) =>
    / has multiple declarations with a comment\./.test(String(message))
      ? app.logger.info(message)
      : warn(message, ...rest)
  /** @type {Map<import('typedoc').DeclarationReflection, import('typedoc').SomeType>} */
  const unions = new Map()
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (rawSpecTypes.has(reflection.name) && reflection.parent?.name === 'core/src')
      context.project.removeReflection(reflection)
    const members = unionMembers(context, reflection)
    if (members) unions.set(reflection, members)
  })
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, () => {
    for (const [reflection, members] of unions) reflection.type = members
  })
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const module of context.project.children ?? []) {
      const match = /^([\w-]+)\/src(?:\/([\w-]+))?$/.exec(module.name)
      if (!match) throw new Error(`typedoc-plugin: unexpected module name ${module.name}`)
      const [, pkg, file] = match
      const subpath = file && file !== 'index' ? subpaths[file] : undefined
      if (file && file !== 'index' && !subpath)
        throw new Error(`typedoc-plugin: no export path known for ${module.name}`)
      module.name = `@oaikit/${pkg}${subpath ? `/${subpath}` : ''}`
    }
  })
}
