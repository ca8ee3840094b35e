import { HttpResponse, http, type RequestHandler } from 'msw'

const models = {
  object: 'list',
  data: [
    { id: 'gpt-4o', object: 'model', created: 1715367049, owned_by: 'system' },
    { id: 'gpt-4o-mini', object: 'model', created: 1721172741, owned_by: 'system' },
  ],
}

/** MSW handlers answering the OpenAI API under any origin. */
export const handlers: RequestHandler[] = [http.get('*/v1/models', () => HttpResponse.json(models))]
