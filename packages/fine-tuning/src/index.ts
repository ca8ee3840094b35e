export * from './generated/index.ts'
export { pollFineTuningJob } from './poll-fine-tuning-job.ts'
