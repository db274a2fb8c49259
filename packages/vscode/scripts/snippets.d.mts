/** Types of scripts/snippets.mjs (for the tests). */
export interface Snippet {
  prefix: string;
  body: string;
  description: string;
}
export function skeletonToSnippet(skeleton: string): string;
export function buildSnippets(coreDir: string): Record<string, Snippet>;
