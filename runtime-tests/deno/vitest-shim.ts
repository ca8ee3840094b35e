// The subset of the vitest API our portable tests use, on top of `Deno.test` and jest's `expect`,
// so that `deno test` runs the very same test files as vitest does.
import { expect } from 'expect'

export { expect }

type Hook = () => unknown | Promise<unknown>
type TestBody = () => unknown | Promise<unknown>

interface Suite {
  name: string
  parent: Suite | undefined
  beforeAll: Hook[]
  afterAll: Hook[]
  beforeEach: Hook[]
  afterEach: Hook[]
  tests: number
  started: boolean
  finished: number
}

const newSuite = (name: string, parent: Suite | undefined): Suite => ({
  name,
  parent,
  beforeAll: [],
  afterAll: [],
  beforeEach: [],
  afterEach: [],
  tests: 0,
  started: false,
  finished: 0,
})

let current = newSuite('', undefined)

const chain = (suite: Suite): Suite[] => (suite.parent ? [...chain(suite.parent), suite] : [suite])

const runAll = async (hooks: Hook[]): Promise<void> => {
  for (const hook of hooks) await hook()
}

/** Registers a suite; its callback runs at once, registering tests and hooks. */
export const describe = (name: string, body: () => void): void => {
  const parent = current
  current = newSuite(name, parent)
  try {
    body()
  } finally {
    current = parent
  }
}

const register = (name: string, body: TestBody, timeout?: number | { timeout?: number }): void => {
  void timeout
  const suites = chain(current)
  for (const suite of suites) suite.tests++
  const fullName = [...suites.map((suite) => suite.name).filter(Boolean), name].join(' > ')
  Deno.test({ name: fullName, sanitizeOps: false, sanitizeResources: false }, async () => {
    for (const suite of suites) {
      if (!suite.started) {
        suite.started = true
        await runAll(suite.beforeAll)
      }
    }
    try {
      for (const suite of suites) await runAll(suite.beforeEach)
      await body()
    } finally {
      for (const suite of [...suites].reverse()) await runAll(suite.afterEach)
      for (const suite of [...suites].reverse()) {
        suite.finished++
        if (suite.finished === suite.tests) await runAll(suite.afterAll)
      }
    }
  })
}

const format = (title: string, row: unknown, index: number): string => {
  const values = Array.isArray(row) ? row : [row]
  let next = 0
  return title
    .replace(/%[sdifjo#%]/g, (token) =>
      token === '%%' ? '%' : token === '%#' ? String(index) : String(values[next++]),
    )
    .replace(/\$(\w+)/g, (_, key: string) => String((row as Record<string, unknown>)?.[key]))
}

const withEach = <F extends (name: string, body: TestBody, timeout?: number) => void>(define: F) =>
  Object.assign(define, {
    each:
      (rows: readonly unknown[]) =>
      // biome-ignore lint/suspicious/noExplicitAny: each row spreads into the test's own parameter types
      (title: string, body: (...args: any[]) => unknown, timeout?: number): void => {
        rows.forEach((row, index) => {
          define(format(title, row, index), () => (Array.isArray(row) ? body(...row) : body(row)), timeout)
        })
      },
  })

/** Registers a test. */
export const it = withEach(register)
/** Alias of {@link it}. */
export const test = it
/** Runs once before the first test of the current suite. */
export const beforeAll = (hook: Hook): void => void current.beforeAll.push(hook)
/** Runs once after the last test of the current suite. */
export const afterAll = (hook: Hook): void => void current.afterAll.push(hook)
/** Runs before each test of the current suite. */
export const beforeEach = (hook: Hook): void => void current.beforeEach.push(hook)
/** Runs after each test of the current suite. */
export const afterEach = (hook: Hook): void => void current.afterEach.push(hook)
