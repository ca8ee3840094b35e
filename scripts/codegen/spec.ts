import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

/** A JSON value as it appears in the spec. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** An OpenAPI 3.0/3.1 object (schema, parameter, operation…), loosely typed: the generator reads it, never trusts it. */
// biome-ignore lint/suspicious/noExplicitAny: spec documents are untyped input, checked where they are read
export type Schema = { [key: string]: any }

/** The parts of an OpenAPI document the generator reads. */
export interface Spec {
  openapi: string
  info: { title: string; version: string }
  paths: Record<string, Schema>
  components: { schemas: Record<string, Schema> } & Schema
}

/** Reads a YAML (or JSON) OpenAPI document from disk. */
export const loadSpec = (file: string): Spec =>
  parse(readFileSync(file, 'utf8'), { maxAliasCount: -1, uniqueKeys: false }) as Spec

/** The last segment of a `#/components/...` reference. */
export const refName = (ref: string): string => ref.slice(ref.lastIndexOf('/') + 1)

/** Follows `$ref`s (of any depth) inside the same document. */
export const resolve = <T = Schema>(spec: Spec, node: unknown): T => {
  let current = node as Schema | undefined
  for (let hops = 0; current && typeof current === 'object' && '$ref' in current && hops < 32; hops++) {
    const path = String(current.$ref).replace(/^#\//, '').split('/')
    current = path.reduce<Schema | undefined>(
      (value, key) => value?.[key.replaceAll('~1', '/').replaceAll('~0', '~')],
      spec as Schema,
    )
  }
  return current as T
}
