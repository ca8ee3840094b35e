/** Splits an identifier into lower-case words: `admin-api-keys-list`, `listFiles`, `thread_id`. */
const words = (name: string): string[] =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.toLowerCase())

/** `admin-api-keys-list` → `adminApiKeysList`, `thread_id` → `threadId`. */
export const camelCase = (name: string): string =>
  words(name)
    .map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1)))
    .join('')

/** `admin-api-keys-list` → `AdminApiKeysList`. */
export const pascalCase = (name: string): string => {
  const camel = camelCase(name)
  return camel[0]!.toUpperCase() + camel.slice(1)
}

/** `Vector stores` → `vector-stores`, `createChatCompletion` → `create-chat-completion`. */
export const kebabCase = (name: string): string => words(name).join('-')

/** A string as a single-quoted TypeScript literal. */
export const quote = (value: string): string => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`

/** A property key: bare when it is an identifier, quoted otherwise (`'include[]'`). */
export const propertyKey = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : quote(name))
