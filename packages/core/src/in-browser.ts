/**
 * Whether the code runs in a browser, where every user of the page can read a key it holds: a page
 * (it has a DOM `document`), or a browser's Web Worker or Service Worker (`importScripts`). Node,
 * Deno, Bun and Cloudflare Workers (which has a `WorkerGlobalScope`, but no `importScripts`) have
 * neither.
 * @example
 * ```ts
 * if (inBrowser()) console.warn('use a short-lived token here, never an sk- key')
 * ```
 */
export const inBrowser = (): boolean => {
  const scope = globalThis as { document?: unknown; importScripts?: unknown }
  return !!(scope.document || scope.importScripts)
}
