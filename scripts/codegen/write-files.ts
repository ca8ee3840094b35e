import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import type { FileMap } from './render-packages.ts'

/** Files under `packages/*\/src/generated/` that exist on disk below `root`. */
const existingGenerated = (root: string): string[] => {
  const packages = join(root, 'packages')
  if (!existsSync(packages)) return []
  return readdirSync(packages).flatMap((pkg) => {
    const dir = join(packages, pkg, 'src', 'generated')
    if (!existsSync(dir)) return []
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
  })
}

/** The content of the file at `file` (a path relative to `root`), `undefined` when there is none. */
export const readExisting = (root: string, file: string): string | undefined => {
  const path = join(root, file)
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined
}

/** Writes the files below `root` and deletes generated files the spec no longer produces. */
export const writeFiles = (root: string, files: FileMap): void => {
  for (const stale of existingGenerated(root).filter((file) => !files.has(file))) rmSync(join(root, stale))
  for (const [file, content] of files) {
    if (readExisting(root, file) === content) continue
    mkdirSync(dirname(join(root, file)), { recursive: true })
    writeFileSync(join(root, file), content)
  }
}

/** The generated files below `root` that differ from what the spec produces, are missing or left over. */
export const checkFiles = (root: string, files: FileMap): string[] => [
  ...[...files].filter(([file, content]) => readExisting(root, file) !== content).map(([file]) => file),
  ...existingGenerated(root).filter((file) => !files.has(file)),
]
