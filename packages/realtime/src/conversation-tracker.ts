import type { ConnectionLike } from './connection.ts'

/** One item of the conversation as the deltas built it so far. */
export interface TrackedItem {
  /** The item's ID. */
  id: string
  /** `message`, `function_call` or `function_call_output`. */
  type: string
  /** Who said it, for messages. */
  role?: string
  /** `in_progress`, `completed` or `incomplete`, as the server last reported it. */
  status?: string
  /** The text: typed input, or the model's text output. */
  text: string
  /** The transcript of the audio: the model's spoken output, or the user's transcribed input. */
  transcript: string
  /** The function's name, for function calls. */
  name?: string
  /** The call ID, for function calls and their outputs. */
  callId?: string
  /** The function call's arguments (JSON text, complete once the call is done). */
  arguments: string
  /** The function's output, for function call outputs. */
  output?: string
}

/** The conversation of a session, kept from server events (audio itself is not kept: play its deltas as they come). */
export interface ConversationTracker {
  /** The items in conversation order. */
  readonly items: readonly TrackedItem[]
  /** Updates the conversation with one server event (either protocol generation); other events are ignored. */
  apply(event: { type: string }): void
}

type Part = { type?: string; text?: string; transcript?: string }
type Incoming = {
  id?: string
  type?: string
  role?: string
  status?: string
  name?: string
  call_id?: string
  arguments?: string
  output?: string
  content?: Part[]
}
type Event = {
  type: string
  item?: Incoming
  item_id?: string
  previous_item_id?: string | null
  delta?: string
  text?: string
  transcript?: string
  arguments?: string
}

/** Events that carry a whole item, of both generations (GA's `conversation.item.added` is beta's `.created`). */
const itemEvents = [
  'conversation.item.added',
  'conversation.item.created',
  'conversation.item.done',
  'response.output_item.added',
  'response.output_item.done',
]

/**
 * Events that grow (`delta`) or settle a text field of an item: the field, and where its value is.
 * GA names (`response.output_text.*`, `response.output_audio_transcript.*`) and beta ones alike.
 */
const textEvents: Record<
  string,
  [keyof TrackedItem & ('text' | 'transcript' | 'arguments'), 'delta' | 'text' | 'transcript' | 'arguments']
> = {
  'response.output_text.delta': ['text', 'delta'],
  'response.output_text.done': ['text', 'text'],
  'response.output_audio_transcript.delta': ['transcript', 'delta'],
  'response.output_audio_transcript.done': ['transcript', 'transcript'],
  'response.text.delta': ['text', 'delta'],
  'response.text.done': ['text', 'text'],
  'response.audio_transcript.delta': ['transcript', 'delta'],
  'response.audio_transcript.done': ['transcript', 'transcript'],
  'conversation.item.input_audio_transcription.delta': ['transcript', 'delta'],
  'conversation.item.input_audio_transcription.completed': ['transcript', 'transcript'],
  'response.function_call_arguments.delta': ['arguments', 'delta'],
  'response.function_call_arguments.done': ['arguments', 'arguments'],
}

/**
 * Keeps a conversation from server deltas (either protocol generation): items in order, text,
 * transcripts, function-call arguments. Feed it events with `apply`, or let {@link trackConversation} do it.
 * @example
 * ```ts
 * const conversation = createConversationTracker()
 * connection.on('*', (event) => {
 *   conversation.apply(event)
 *   render(conversation.items)
 * })
 * ```
 */
export const createConversationTracker = (): ConversationTracker => {
  const items: TrackedItem[] = []
  const find = (id?: string) => items.find((item) => item.id === id)
  const upsert = (
    { id = '', type = 'message', content = [], ...rest }: Incoming,
    previous?: string | null,
  ) => {
    let item = find(id)
    if (!item) {
      item = { id, type, text: '', transcript: '', arguments: '' }
      const after = previous ? items.findIndex((other) => other.id === previous) : -1
      items.splice(after < 0 ? items.length : after + 1, 0, item)
    }
    const text = content.map((part) => part.text ?? '').join('')
    const transcript = content.map((part) => part.transcript ?? '').join('')
    Object.assign(item, {
      ...(rest.role && { role: rest.role }),
      ...(rest.status && { status: rest.status }),
      ...(rest.name && { name: rest.name }),
      ...(rest.call_id && { callId: rest.call_id }),
      ...(rest.arguments && { arguments: rest.arguments }),
      ...(rest.output !== undefined && { output: rest.output }),
      ...(text && { text }),
      ...(transcript && { transcript }),
    })
  }
  return {
    items,
    apply(event) {
      const typed = event as Event
      const { type } = typed
      if (itemEvents.includes(type)) return typed.item && upsert(typed.item, typed.previous_item_id)
      const item = find(typed.item_id)
      if (!item) return
      if (type === 'conversation.item.deleted') return void items.splice(items.indexOf(item), 1)
      const [field, from] = textEvents[type] ?? []
      const value = from && typed[from]
      if (field && value !== undefined) item[field] = from === 'delta' ? item[field] + value : value
    },
  }
}

/**
 * The former name of {@link createConversationTracker}.
 * @deprecated Renamed `createConversationTracker` (the Conversations API's `createConversation` is
 * another thing): this alias goes in the next minor version.
 */
export const createConversation: () => ConversationTracker = createConversationTracker

/**
 * The former name of {@link ConversationTracker}.
 * @deprecated Renamed `ConversationTracker`; this alias goes in the next minor version.
 */
export type Conversation = ConversationTracker

/**
 * The former name of {@link TrackedItem}.
 * @deprecated Renamed `TrackedItem` (the Conversations API has its own `ConversationItem`); this
 * alias goes in the next minor version.
 */
export type ConversationItem = TrackedItem

/**
 * Keeps the conversation of a connection from now on; `stop` ends the tracking.
 * @example
 * ```ts
 * const { conversation } = trackConversation(connection)
 * connection.on('response.done', () => console.log(conversation.items.at(-1)?.text))
 * ```
 */
export const trackConversation = (
  connection: ConnectionLike,
): { conversation: ConversationTracker; stop: () => void } => {
  const conversation = createConversationTracker()
  return { conversation, stop: connection.on('*', conversation.apply) }
}
