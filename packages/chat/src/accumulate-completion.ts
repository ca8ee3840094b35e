import type { CreateCompletionResponse } from './generated/types.ts'

type Choice = CreateCompletionResponse['choices'][number]

/** The log probability lists of a choice, joined chunk by chunk. */
const logprobLists = ['tokens', 'token_logprobs', 'top_logprobs', 'text_offset'] as const

/**
 * Folds one chunk of a legacy completion stream ({@link createCompletionStream}) into a snapshot of
 * the completion the non-streaming call would return: each choice's text and log probabilities
 * joined, finish reasons and usage. Pass `undefined` with the first chunk; the snapshot is updated in
 * place and returned, so it is current after each chunk (a choice's `finish_reason` is `null` until
 * it finishes).
 * @example
 * ```ts
 * const stream = await createCompletionStream(client, { model: 'gpt-3.5-turbo-instruct', prompt })
 * const completion = await collectStream(stream, accumulateCompletion)
 * console.log(completion.choices[0]?.text)
 * ```
 */
export const accumulateCompletion = (
  snapshot: CreateCompletionResponse | undefined,
  chunk: CreateCompletionResponse,
): CreateCompletionResponse => {
  const { choices, usage, ...rest } = chunk
  const completion = snapshot ?? { ...rest, choices: [] }
  if (usage) completion.usage = usage
  for (const { index, text, finish_reason, logprobs } of choices) {
    completion.choices[index] ??= {
      index,
      text: '',
      // The spec types a finished choice; a streamed one has no finish reason until it finishes.
      finish_reason: null as unknown as Choice['finish_reason'],
      logprobs: null,
    }
    const choice = completion.choices[index]
    choice.text += text
    if (finish_reason) choice.finish_reason = finish_reason
    if (logprobs) {
      choice.logprobs ??= {}
      const joined = choice.logprobs
      for (const list of logprobLists)
        if (logprobs[list]) Object.assign(joined, { [list]: [...(joined[list] ?? []), ...logprobs[list]] })
    }
  }
  return completion
}
