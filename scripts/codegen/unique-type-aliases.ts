import type { TypeAlias } from './type-names.ts'

/**
 * The type aliases of one package, one per name, sorted; each declared as the first of its uses
 * that asks for a declaration (see {@link TypeAlias.declaration}). Fails when one name stands for
 * two types, or when the package exports another thing under it (a hand-written type, a function,
 * a re-exported error class): a name exported twice from a module is a silent shadowing at best.
 * @param taken - The other names the package exports.
 * @example
 * ```ts
 * uniqueTypeAliases('chat', rendered.flatMap((item) => item.aliases), ['createChatCompletion', 'ChatMessage'])
 * ```
 */
export const uniqueTypeAliases = (
  pkg: string,
  aliases: TypeAlias[],
  taken: Iterable<string>,
): TypeAlias[] => {
  const others = new Set(taken)
  const byName = new Map<string, TypeAlias>()
  for (const alias of aliases) {
    if (others.has(alias.name))
      throw new Error(
        `@oaikit/${pkg} already exports ${alias.name}, which the generator would also declare for ${alias.expression}: rename one of them`,
      )
    const known = byName.get(alias.name)
    if (known && known.expression !== alias.expression)
      throw new Error(
        `@oaikit/${pkg}: the generator names two types ${alias.name} (${known.expression} and ${alias.expression})`,
      )
    byName.set(alias.name, { ...alias, declaration: known?.declaration ?? alias.declaration })
  }
  return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name))
}
