import { gaEventNames } from './events.ts'

/** The beta name of a server event type, so that helpers handle both protocol generations alike. */
export const betaEventType = (type: string): string =>
  type === 'conversation.item.added'
    ? 'conversation.item.created'
    : (Object.keys(gaEventNames).find((beta) => gaEventNames[beta as keyof typeof gaEventNames] === type) ??
      type)
