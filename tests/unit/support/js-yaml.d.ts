/**
 * Types for the part of js-yaml the document checks use. js-yaml is in
 * node_modules (through ESLint) but ships no types and @types/js-yaml is not
 * installed, so this declares only what is called: load with a schema.
 */
declare module 'js-yaml' {
  /** YAML 1.2's core schema: null, booleans, numbers and strings; no timestamps, so a date stays text. */
  export const CORE_SCHEMA: unknown;
  export function load(text: string, options?: { schema?: unknown; filename?: string }): unknown;
}
