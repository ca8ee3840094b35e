// The reference's TypeDoc plugin:
// - names each module after the package (and export path) a user imports it from, `@oaikit/chat`
//   or `@oaikit/testing/server`, not after its source folder (`chat/src`), which is what TypeDoc
//   derives from entry points of one program;
// - leaves out the raw spec types of core (below);
// - reports as information, not as a warning (which the build treats as an error), a field that
//   two intersected spec schemas both document: the spec's doing, and either comment is right.
import { Converter } from 'typedoc'

/** Export paths other than the package root, by the source file that backs them. */
const subpaths = { 'server-entry': 'server' }

/**
 * The raw types openapi-typescript writes from the spec (`components`, `operations`, `paths` of
 * `@oaikit/core`): tens of megabytes of pages no reader opens; each package names the schemas it
 * takes and answers (`CreateChatCompletionRequest`), and those pages stay.
 */
const rawSpecTypes = new Set(['components', 'operations', 'paths'])

/** @param {import('typedoc').Application} app */
export const load = (app) => {
  const warn = app.logger.warn.bind(app.logger)
  app.logger.warn = (message, ...rest) =>
    / has multiple declarations with a comment\./.test(String(message))
      ? app.logger.info(message)
      : warn(message, ...rest)
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (rawSpecTypes.has(reflection.name) && reflection.parent?.name === 'core/src')
      context.project.removeReflection(reflection)
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
