// The same two calls (one chat completion; one streamed chat completion read to its end) written
// with each library, all over `cannedFetch`, one file per contestant in `contestants/`: the warm
// runs load them all, each cold-start process bundles one.

/** One library's two calls. */
export interface Contestant {
  name: string
  /** The file of its calls, under `bench/overhead/contestants/`. */
  file: string
  json: () => Promise<{ id: string }>
  stream: () => Promise<number>
}

/** The contestants' names and files, in the order of the tables. */
export const contestantFiles = [
  { name: 'raw fetch', file: 'raw-fetch' },
  { name: 'oaikit', file: 'oaikit' },
  { name: 'openai', file: 'openai' },
] as const

/** The contestants, each with its calls loaded. */
export const loadContestants = async (): Promise<Contestant[]> =>
  Promise.all(
    contestantFiles.map(async ({ name, file }) => ({
      name,
      file,
      ...(await import(`./contestants/${file}.ts`)),
    })),
  )
