// The smallest real use: a client and one operation function, shaped as generated operations are.
import { createClient, request } from '../dist/index.js'

const listModels = (client, options) => request(client, { method: 'GET', path: '/models' }, options)

export const main = () => listModels(createClient({ apiKey: 'key' }))
