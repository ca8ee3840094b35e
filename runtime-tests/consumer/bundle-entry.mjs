// What a Worker or browser app imports; bundled with esbuild by scripts/test-consumer.mjs.
import { createClient } from '@oaikit/core'
import { listModels } from '@oaikit/models'

export default {
  fetch: async (_request, env) =>
    Response.json(await listModels(createClient({ apiKey: env.OPENAI_API_KEY }))),
}
