// The canned answers every contestant gets, from the same in-process transport: no network, so
// what is measured is each library's own work around one request and its response.

const completion = JSON.stringify({
  id: 'chatcmpl-1',
  object: 'chat.completion',
  created: 1,
  model: 'gpt-4o',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'Hello! How can I help?', refusal: null },
      finish_reason: 'stop',
      logprobs: null,
    },
  ],
  usage: { prompt_tokens: 9, completion_tokens: 7, total_tokens: 16 },
})

const chunk = (content: string) =>
  `data: ${JSON.stringify({
    id: 'chatcmpl-1',
    object: 'chat.completion.chunk',
    created: 1,
    model: 'gpt-4o',
    choices: [{ index: 0, delta: { content }, finish_reason: null, logprobs: null }],
  })}\n\n`

/** The number of content chunks of the canned stream. */
export const streamChunks = 20
const eventStream = new TextEncoder().encode(
  `${Array.from({ length: streamChunks }, (_, index) => chunk(`word${index} `)).join('')}data: [DONE]\n\n`,
)

const headers = { 'content-type': 'application/json', 'x-request-id': 'req_1' }

/**
 * A `fetch`-shaped function answering every request at once: the chat completion above, or, when
 * the JSON body asks for `stream: true`, an event stream of {@link streamChunks} chunks. It reads
 * the request body, as a server would.
 */
export const cannedFetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
  const request = input instanceof Request ? input : new Request(input, init)
  const body = await request.text()
  if (body.includes('"stream":true')) {
    return new Response(eventStream, { headers: { 'content-type': 'text/event-stream' } })
  }
  return new Response(completion, { headers })
}
