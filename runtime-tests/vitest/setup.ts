import { inject } from 'vitest'

globalThis.__oaikitTestServers = inject('testServers')
