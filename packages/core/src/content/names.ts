import type { TemplateDocument } from '../document/parse.js';
import { declaredVariables } from '../document/variables.js';
import { LANGUAGES } from '../rules/api.js';
import { contentLexicon } from './patterns.js';

/** The lexicon that holds the person-name heuristic (`nameVariables: { include, exclude }`). */
const NAME_LEXICON = 'require-personalization';

interface NameWords {
  include: Set<string>;
  exclude: Set<string>;
}

let words: NameWords | undefined;

/** The name words of every language together: a Spanish template may still use `first_name`. */
function nameWords(): NameWords {
  if (words) return words;
  const include = new Set<string>();
  const exclude = new Set<string>();
  for (const lang of LANGUAGES) {
    const data = contentLexicon(NAME_LEXICON, lang)?.nameVariables as
      { include?: unknown; exclude?: unknown } | undefined;
    for (const w of Array.isArray(data?.include) ? data.include : []) include.add(String(w).toLowerCase());
    for (const w of Array.isArray(data?.exclude) ? data.exclude : []) exclude.add(String(w).toLowerCase());
  }
  words = { include, exclude };
  return words;
}

/** The words of a variable name: `debtorName`, `debtor_name`, `debtor-name` -> ["debtor", "name"]. */
export function nameParts(name: string): string[] {
  return name
    .replace(/([a-z])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean);
}

/**
 * Whether a variable name looks like the name of the person addressed (`debtor_name`, `first_name`,
 * `nombre`, `nome_cliente`) and not of someone else (`agent_name`, `creditor_name`). The words are
 * data: `nameVariables` in the require-personalization lexicons.
 */
export function looksLikePersonName(name: string): boolean {
  const parts = nameParts(name);
  const { include, exclude } = nameWords();
  return parts.some((p) => include.has(p)) && !parts.some((p) => exclude.has(p));
}

/** Declared or used variable names that hold the addressee's name (type string, or no type). */
export function personNameVariables(doc: TemplateDocument): string[] {
  const declared = new Map(declaredVariables(doc).map((v) => [v.name, v.type]));
  const out: string[] = [];
  const consider = (name: string): void => {
    const type = declared.get(name);
    if ((type === undefined || type === 'string') && looksLikePersonName(name) && !out.includes(name)) out.push(name);
  };
  for (const name of declared.keys()) consider(name);
  return out;
}
