// A Cloudflare Worker as a user writes it, type-checked against the built .d.ts with no DOM library
// (tsconfig.worker.json): every type the package exposes must resolve there, WebRTC ones included.
import { createClient } from '@oaikit/core'
import {
  acceptRealtimeCall,
  connectWebSocket,
  createClientSecretHandler,
  type RealtimeServerEvent,
  trackConversation,
  type WebRTCConnection,
} from '@oaikit/realtime'

interface Env {
  OPENAI_API_KEY: string
}

/** Transcripts of a call the Worker joins: GA events narrowed by `on`, beta ones by their own names. */
const watch = async (env: Env, callId: string): Promise<string[]> => {
  const client = createClient({ apiKey: env.OPENAI_API_KEY })
  await acceptRealtimeCall(client, callId, { type: 'realtime', model: 'gpt-realtime' })
  const connection = await connectWebSocket(client, { callId })
  const said: string[] = []
  connection.on('response.output_audio_transcript.done', (event) => said.push(event.transcript))
  connection.on('error', (error) => said.push(error.kind))
  const { conversation } = trackConversation(connection)
  const beta = await connectWebSocket(client, { protocol: 'beta' })
  beta.on('response.text.delta', (event) => said.push(event.delta))
  const types: RealtimeServerEvent['type'][] = []
  connection.on('*', (event) => types.push(event.type))
  said.push(conversation.items.at(-1)?.transcript ?? '', ...types)
  return said
}

/** The WebRTC types resolve without the DOM library, to the package's own minimal ones. */
export const peerState = (connection: WebRTCConnection): string => connection.peerConnection.connectionState

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url)
    if (url.pathname === '/watch') return Response.json(await watch(env, url.searchParams.get('call') ?? ''))
    const handler = createClientSecretHandler(createClient({ apiKey: env.OPENAI_API_KEY }), {
      mint: { session: { type: 'realtime', model: 'gpt-realtime' } },
    })
    return handler(request)
  },
}
