// A throwaway npm registry (verdaccio) on 127.0.0.1 that stores only @oaikit packages, so that the
// consumer check installs them exactly as a user would, by name and version.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runServer } from 'verdaccio'

/**
 * Starts the registry.
 * @returns its URL and a function that stops it
 */
export const startLocalRegistry = async () => {
  const storage = mkdtempSync(join(tmpdir(), 'oaikit-registry-'))
  const htpasswd = join(storage, 'htpasswd')
  writeFileSync(htpasswd, '')
  const app = await runServer({
    self_path: storage,
    storage,
    auth: { htpasswd: { file: htpasswd, max_users: -1 } },
    uplinks: {},
    packages: { '@oaikit/*': { access: '$all', publish: '$all', unpublish: '$all' } },
    log: { type: 'stdout', format: 'pretty', level: 'error' },
    security: { api: { legacy: true } },
  })
  const server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening))
  })
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    close: () => new Promise((resolve) => server.close(resolve)),
  }
}
