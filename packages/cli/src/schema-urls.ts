/**
 * Where the JSON Schemas of the configuration and of a template's front matter are published: in
 * the `@dunlint/core` npm package (`schema/*.json`), which jsDelivr serves over https. `dunlint init`
 * writes the address of the installed version into `.dunlintrc.yaml`; the docs show the address of
 * the latest version (docs/schemas.md).
 */
export const SCHEMA_FILES = {
  config: 'config.schema.json',
  template: 'template.schema.json',
} as const;

export type SchemaKind = keyof typeof SCHEMA_FILES;

/** The https address of a schema; of one version when `version` is given, else of the latest. */
export function schemaUrl(kind: SchemaKind, version?: string): string {
  return `https://cdn.jsdelivr.net/npm/@dunlint/core${version ? `@${version}` : ''}/schema/${SCHEMA_FILES[kind]}`;
}

/** The path of a schema inside a project that installed dunlint (for offline editors). */
export function schemaPath(kind: SchemaKind): string {
  return `./node_modules/@dunlint/core/schema/${SCHEMA_FILES[kind]}`;
}
