import type { Spec } from './spec.ts'

const site = 'https://platform.openai.com'

/**
 * A Markdown text with its site-relative links made absolute: `](/docs/...)` and its misspelling
 * `](/api/docs/...)`, `](/tokenizer)`, and `](../admin-api-keys)` (relative to the API reference).
 */
const absoluteLinks = (text: string): string =>
  text
    .replace(/\]\(\/(?:api\/)?docs\//g, `](${site}/docs/`)
    .replace(/\]\(\/(?!\/)/g, `](${site}/`)
    .replaceAll('](../', `](${site}/docs/api-reference/`)

const walk = (value: unknown): void => {
  if (Array.isArray(value)) {
    for (const item of value) walk(item)
    return
  }
  if (!value || typeof value !== 'object') return
  const record = value as Record<string, unknown>
  for (const [key, item] of Object.entries(record)) {
    if ((key === 'description' || key === 'summary') && typeof item === 'string')
      record[key] = absoluteLinks(item)
    else walk(item)
  }
}

/**
 * Points the spec's links to the documentation site at the site itself: its descriptions link
 * pages of platform.openai.com by site-relative paths, which lead nowhere in the TSDoc of the
 * generated code nor in the API reference built from it. Mutates `spec`.
 */
export const absoluteDocLinks = (spec: Spec): Spec => {
  walk(spec)
  return spec
}
