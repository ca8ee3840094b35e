#!/usr/bin/env node
// Starts the local test servers (the mock OpenAI API and the mock Realtime server), runs the given command with their URLs in
// OAIKIT_TEST_SERVERS, stops the servers, and exits with the command's exit code.
import { spawn } from 'node:child_process'
import { startMockRealtimeServer, startMockServer } from '../packages/testing/dist/server-entry.js'

const [command, ...args] = process.argv.slice(2)
if (!command) {
  console.error('usage: with-test-servers.mjs <command> [args...]')
  process.exit(2)
}

const [api, realtime] = await Promise.all([startMockServer(), startMockRealtimeServer()])
const servers = { api: api.url, realtime: realtime.url }
const child = spawn(command, args, {
  stdio: 'inherit',
  env: { ...process.env, OAIKIT_TEST_SERVERS: JSON.stringify(servers) },
})
const code = await new Promise((resolve) => {
  child.on('exit', (exitCode, signal) => resolve(exitCode ?? (signal ? 1 : 0)))
  child.on('error', (error) => {
    console.error(`could not start ${command}: ${error.message}`)
    resolve(1)
  })
})
await Promise.all([api.close(), realtime.close()])
process.exit(code)
