import { inject } from 'vitest'

globalThis.__oaikitTestServers = inject('testServers')
globalThis.__oaikitExpectedRuntime = inject('runtime')
