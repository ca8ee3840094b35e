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

/** Writes the files below `root` and deletes generated files the spec no longer produces. */
export const writeFiles = (root: string, files: FileMap): void => {
  for (const stale of existingGenerated(root).filter((file) => !files.has(file))) rmSync(join(root, stale))
  for (const [file, content] of files) {
    const path = join(root, file)
    mkdirSync(dirname(path), { recursive: true })
    if (!existsSync(path) || readFileSync(path, 'utf8') !== content) writeFileSync(path, content)
  }
}

/** The generated files below `root` that differ from what the spec produces, are missing or left over. */
export const checkFiles = (root: string, files: FileMap): string[] => [
  ...[...files]
    .filter(([file, content]) => {
      const path = join(root, file)
      return !existsSync(path) || readFileSync(path, 'utf8') !== content
    })
    .map(([file]) => file),
  ...existingGenerated(root).filter((file) => !files.has(file)),
]
