// Runs in a fresh project that installed every @oaikit package by name from a registry.
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, test } from 'node:test'
import { createClient } from '@oaikit/core'
import { listModels } from '@oaikit/models'
import { startMockServer } from '@oaikit/testing/server'

let server
before(async () => {
  server = await startMockServer()
})
after(() => server.close())

test('the installed packages list models from the installed mock server', async () => {
  const models = await listModels(createClient({ apiKey: 'sk-test-key', baseURL: server.url }))
  assert.equal(models.object, 'list')
  assert.ok(models.data.length > 0)
})

test('every package installed from the registry with its declared metadata', () => {
  const { dependencies } = JSON.parse(readFileSync('package.json', 'utf8'))
  assert.ok(Object.keys(dependencies).length >= 17)
  for (const name of Object.keys(dependencies)) {
    const installed = JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8'))
    assert.equal(installed.version, dependencies[name])
    assert.equal(installed.sideEffects, false, `${name} declares sideEffects: false`)
    assert.ok(
      !JSON.stringify(installed.dependencies ?? {}).includes('workspace:'),
      `${name} has no workspace: ranges`,
    )
  }
})
