// The call every contestant makes: one chat completion of one short message.

/** The request body. */
export const body = { model: 'gpt-4o', messages: [{ role: 'user' as const, content: 'Hi' }] }

/** Where raw fetch sends it. */
export const url = 'https://api.openai.com/v1/chat/completions'
