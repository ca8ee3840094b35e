// The page: push-to-talk with the Realtime API over a WebSocket. Press Talk and speak, press Send:
// the microphone goes to the API as 24 kHz PCM16, the spoken answer plays through Web Audio and its
// transcript shows as it arrives. The page holds only a short-lived client secret that the Worker
// mints (POST /realtime/token), never the API key.
import { createClient } from '@oaikit/core'
import {
  appendAudio,
  connectWebSocket,
  createClientSecretProvider,
  type RealtimeConnection,
  type RealtimeError,
} from '@oaikit/realtime'
import { type Microphone, openMicrophone } from './microphone.ts'
import { createPlayer, type Player } from './player.ts'

const element = (id: string) => document.getElementById(id) as HTMLElement
const talk = element('talk') as HTMLButtonElement

/** A live conversation: its audio context, microphone, connection and player. */
interface Call {
  context: AudioContext
  microphone: Microphone
  connection: RealtimeConnection
  player: Player
}

let call: Call | undefined
let talking = false

/** A failure the user can act on: its message says what went wrong and what to do. */
class Problem extends Error {}
const reason = (error: unknown) => (error instanceof Error ? error.message : String(error))
const because = (what: string) => (error: unknown) => {
  throw new Problem(`${what} (${reason(error)}). Press Talk to try again.`)
}
const microphoneProblem = (error: unknown) => {
  const name = error instanceof DOMException ? error.name : ''
  throw new Problem(
    name === 'NotAllowedError'
      ? 'The microphone was refused: allow it for this site, then press Talk again.'
      : name === 'NotFoundError'
        ? 'No microphone was found: connect one, then press Talk again.'
        : `The microphone could not be opened (${reason(error)}).`,
  )
}

const show = (status: string, problem = '') => {
  element('status').textContent = status
  element('error').textContent = problem
}
const count = (id: string, samples: number) => {
  element(id).textContent = String(Number(element(id).textContent) + samples)
}

/** Client secrets from the Worker, each kept until shortly before it expires. */
const secrets = createClientSecretProvider('/realtime/token')

/** Where the Worker says the Realtime API is (the API itself, or a local mock in development). */
const realtimeBaseURL = async () => {
  const response = await fetch('/realtime/config')
  if (!response.ok) throw new Error(`HTTP ${response.status}`)
  return ((await response.json()) as { baseURL: string }).baseURL
}

/** Shows the answer's transcript as it arrives, one paragraph per item, and plays its audio. */
const listen = (connection: RealtimeConnection, player: Player) => {
  const lines = new Map<string, HTMLElement>()
  connection.on('response.output_audio.delta', (event) => player.play(event.delta))
  connection.on('response.output_audio_transcript.delta', (event) => {
    let line = lines.get(event.item_id)
    if (!line) {
      line = element('transcript').appendChild(document.createElement('p'))
      lines.set(event.item_id, line)
    }
    line.append(event.delta)
  })
  connection.on('response.done', () => show('Press Talk to answer.'))
  // The session stays open after an `error` event: the request it names was refused.
  connection.on('error', (error) => {
    if (error.kind === 'server')
      show('Press Talk to try again.', `The API refused a request: ${error.message}`)
  })
}

/** Opens the microphone, gets a client secret and connects; each step's failure says what to do. */
const connect = async (): Promise<Call> => {
  const context = new AudioContext({ sampleRate: 24_000 })
  let microphone: Microphone | undefined
  try {
    microphone = await openMicrophone(context, (pcm) => {
      if (!call) return
      appendAudio(call.connection, pcm)
      count('sent', pcm.length)
    }).catch(microphoneProblem)
    const baseURL = await realtimeBaseURL().catch(because('Could not reach the server'))
    await secrets().catch(because('Could not get a client secret from the server'))
    // The secret just fetched is the one the connection uses: the provider keeps it.
    const connection = await connectWebSocket(createClient({ apiKey: secrets, baseURL })).catch(
      because('Could not connect to the Realtime API'),
    )
    // Push to talk: no turn detection, the page commits the audio itself; answers are spoken.
    connection.send({
      type: 'session.update',
      session: { type: 'realtime', output_modalities: ['audio'], audio: { input: { turn_detection: null } } },
    })
    const player = createPlayer(context, (samples) => count('played', samples))
    listen(connection, player)
    connection.closed.then(
      () => hangUp('The session ended. Press Talk to start again.'),
      (error: RealtimeError) =>
        hangUp('Press Talk to reconnect.', `The connection closed (${error.closeCode ?? 'no code'}).`),
    )
    return { context, microphone, connection, player }
  } catch (error) {
    microphone?.close()
    await context.close()
    throw error
  }
}

const hangUp = (status: string, problem?: string) => {
  call?.microphone.close()
  void call?.context.close()
  call = undefined
  talking = false
  talk.textContent = 'Talk'
  show(status, problem)
}

const startTalking = async () => {
  talk.disabled = true
  show('Connecting…')
  try {
    call ??= await connect()
  } finally {
    talk.disabled = false
  }
  call.player.stop()
  call.microphone.start()
  talking = true
  talk.textContent = 'Send'
  show('Listening: press Send when you are done.')
}

const send = () => {
  if (!call) return
  call.microphone.stop()
  talking = false
  call.connection.send({ type: 'input_audio_buffer.commit' })
  call.connection.send({ type: 'response.create' })
  talk.textContent = 'Talk'
  show('Answering…')
}

talk.addEventListener('click', async () => {
  try {
    if (talking) send()
    else await startTalking()
  } catch (error) {
    const problem = error instanceof Problem ? error.message : `Something failed: ${reason(error)}`
    show('Press Talk to try again.', problem)
  }
})
