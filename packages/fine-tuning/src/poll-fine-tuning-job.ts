import { type Client, type PollOptions, poll } from '@oaikit/core'
import { retrieveFineTuningJob } from './generated/fine-tuning.ts'
import type { FineTuningJob } from './generated/types.ts'

/** The statuses a job leaves on its own. */
const pending: string[] = ['validating_files', 'queued', 'running']

/**
 * Waits for a fine-tuning job to stop: resolves with it once its status is none of
 * `validating_files`, `queued` and `running` (`succeeded` with its `fine_tuned_model`, `failed`
 * with its `error`, `cancelled`, or `paused`, which waits for `resumeFineTuningJob`). See `poll`
 * of `@oaikit/core` for the pacing, `pollTimeout`, `signal` and `onPoll`.
 * @throws APITimeoutError after `pollTimeout`, APIUserAbortError when `signal` aborts, APIError from a check.
 * @example
 * ```ts
 * const job = await pollFineTuningJob(client, 'ftjob-abc123', { pollInterval: 30_000 })
 * if (job.status === 'succeeded') console.log(job.fine_tuned_model)
 * ```
 */
export const pollFineTuningJob = (
  client: Client,
  fineTuningJobId: string,
  options?: PollOptions<FineTuningJob>,
): Promise<FineTuningJob> =>
  poll(
    (each) => retrieveFineTuningJob(client, fineTuningJobId, each),
    (job) => !pending.includes(job.status),
    options,
  )
