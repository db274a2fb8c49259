import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { Document } from 'yaml';
import { precompiledValidators } from '../generated/validators.js';
import type { OffsetRange } from '../types.js';
import { didYouMean } from './did-you-mean.js';
import { locate, locateKey, pointerToPath } from './yaml-path.js';

export interface SchemaProblem {
  message: string;
  /** Range relative to the YAML source that was validated. */
  range: OffsetRange;
  /** A replacement for the offending key or value when a near match exists. */
  replacement?: { range: OffsetRange; text: string };
  keyword: string;
  path: string[];
}

export type Validator = ValidateFunction;

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (
  ajv: Ajv,
) => Ajv;

/** The ajv options of every validator (scripts/precompile.mjs builds the precompiled ones with them). */
export const VALIDATOR_OPTIONS = { allErrors: true, verbose: true, strict: false, allowUnionTypes: true } as const;

let precompiled: Map<string, Validator> | undefined;

/**
 * The validator of a schema (callers cache the result). The built-in schemas — template,
 * configuration, lexicon, jurisdiction profile, rule options — are compiled at build time
 * (scripts/precompile.mjs) and found here by their JSON, so no process pays for ajv's compiler;
 * any other schema (or a stale build) is compiled now.
 */
export function compileSchema(schema: object): Validator {
  precompiled ??= new Map(precompiledValidators as [string, Validator][]);
  const hit = precompiled.get(JSON.stringify(schema));
  if (hit) return hit;
  const ajv = new Ajv(VALIDATOR_OPTIONS);
  addFormats(ajv);
  return ajv.compile(schema);
}

interface SchemaLike {
  description?: string;
  required?: string[];
  properties?: Record<string, SchemaLike>;
  enum?: unknown[];
  title?: string;
}

/**
 * Validates `data` (parsed from `doc`) and maps every error to the YAML node it is about:
 * the key for unknown keys, the value for bad values, the parent key for missing keys.
 */
export function validateYaml(
  validate: Validator,
  doc: Document,
  data: unknown,
  sourceLength: number,
  what = 'the front matter',
): SchemaProblem[] {
  if (validate(data)) return [];
  const errors = (validate.errors ?? []).slice();
  // Drop the branch errors of anyOf/oneOf: the combined error says it better.
  const combined = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const kept = errors.filter(
    (e) =>
      !combined.some(
        (c) => c !== e && e.schemaPath.startsWith(c.schemaPath + '/') && e.instancePath === c.instancePath,
      ),
  );
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const error of kept) {
    const p = toProblem(error, doc, sourceLength, what);
    const key = `${p.range[0]}:${p.range[1]}:${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push(p);
  }
  return problems.sort((a, b) => a.range[0] - b.range[0]);
}

function where(path: string[], what: string): string {
  return path.length === 0 ? what : `"${path.join('.')}"`;
}

function show(value: unknown): string {
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

function toProblem(error: ErrorObject, doc: Document, sourceLength: number, what: string): SchemaProblem {
  const path = pointerToPath(error.instancePath);
  const { node, pair } = locate(doc, path);
  const parent = (error.parentSchema ?? {}) as SchemaLike;
  const fallback: OffsetRange = [0, Math.min(3, sourceLength)];
  const valueRange = (): OffsetRange => {
    const r = node?.range ?? (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    return r ? [r[0], Math.max(r[1], r[0] + 1)] : keyRange();
  };
  const keyRange = (): OffsetRange => {
    const r = (pair?.key as { range?: [number, number, number] } | undefined)?.range;
    return r ? [r[0], r[1]] : fallback;
  };
  const base = { keyword: error.keyword, path };
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const keyNode = locateKey(doc, path, key);
      const r = keyNode?.range;
      const range: OffsetRange = r ? [r[0], r[1]] : valueRange();
      const candidates = Object.keys(parent.properties ?? {});
      const guess = didYouMean(key, candidates);
      const inWhat = path.length === 0 ? what : `"${path.join('.')}"`;
      return {
        ...base,
        range,
        message: guess
          ? `Unknown key "${key}" in ${inWhat}. Did you mean "${guess}"?`
          : `Unknown key "${key}" in ${inWhat}. Allowed keys: ${candidates.join(', ')}.`,
        ...(guess ? { replacement: { range, text: guess } } : {}),
      };
    }
    case 'required': {
      const key = String(params.missingProperty);
      const description = parent.properties?.[key]?.description;
      // A list item has no key of its own: point at the item's first line.
      const itemStart = !pair && node?.range ? node.range[0] : undefined;
      const range: OffsetRange =
        path.length === 0 ? fallback : itemStart !== undefined ? [itemStart, itemStart + 1] : keyRange();
      return {
        ...base,
        range,
        message: `${path.length === 0 ? capitalise(what) : `"${path.join('.')}"`} is missing the required key "${key}"${description ? ` (${lowerFirst(description).replace(/\.$/, '')})` : ''}.`,
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const value = error.data;
      const guess = typeof value === 'string' ? didYouMean(value, allowed.map(String)) : undefined;
      const range = valueRange();
      return {
        ...base,
        range,
        message: `${show(value)} is not a valid value for ${where(path, what)}. ${guess ? `Did you mean "${guess}"? ` : ''}Use one of: ${allowed.join(', ')}.`,
        ...(guess ? { replacement: { range, text: guess } } : {}),
      };
    }
    case 'pattern':
    case 'format': {
      const description = parent.description ?? `It must match ${String(params.pattern ?? params.format)}.`;
      return {
        ...base,
        range: valueRange(),
        message: `${show(error.data)} is not a valid value for ${where(path, what)}: ${lowerFirst(description)}`,
      };
    }
    case 'type': {
      return {
        ...base,
        range: valueRange(),
        message: `${where(path, what)} must be ${article(String(params.type))}, not ${show(error.data)}.`,
      };
    }
    case 'anyOf':
    case 'oneOf': {
      const branches = (Array.isArray(error.schema) ? error.schema : []) as SchemaLike[];
      // Alternatives of the value's shape ("a severity, or [severity, options]"), not of required keys.
      if (branches.length > 0 && branches.some((b) => !b.required)) {
        const allowed = branches.flatMap((b) => b.enum ?? []).map(String);
        const value = error.data;
        const guess = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
        const range = valueRange();
        const expected = parent.description ? ` It must be ${lowerFirst(parent.description).replace(/\.$/, '')}` : '';
        const choices = allowed.length > 0 ? ` (${allowed.join(', ')})` : '';
        return {
          ...base,
          range,
          message: `${show(value)} is not a valid value for ${where(path, what)}.${guess ? ` Did you mean "${guess}"?` : ''}${expected}${choices}.`,
          ...(guess ? { replacement: { range, text: guess } } : {}),
        };
      }
      const options = Object.keys(parent.properties ?? {}).filter((k) => k !== 'hours');
      return {
        ...base,
        range: path.length === 0 ? fallback : keyRange(),
        message: `${where(path, what)} needs at least one of: ${options.join(', ')}.`,
      };
    }
    case 'propertyNames': {
      const key = String(params.propertyName);
      const keyNode = locateKey(doc, path, key);
      const r = keyNode?.range;
      return {
        ...base,
        range: r ? [r[0], r[1]] : valueRange(),
        message: `"${key}" is not a valid name in ${where(path, what)}: use letters, digits and "_", starting with a letter (or a number for WhatsApp positional variables).`,
      };
    }
    case 'minLength':
      return { ...base, range: valueRange(), message: `${where(path, what)} must not be empty.` };
    case 'minItems':
      return {
        ...base,
        range: valueRange(),
        message: `${where(path, what)} needs at least ${String(params.limit)} item(s).`,
      };
    case 'uniqueItems':
      return { ...base, range: valueRange(), message: `${where(path, what)} lists the same item twice.` };
    case 'minimum':
    case 'maximum':
      return {
        ...base,
        range: valueRange(),
        message: `${where(path, what)} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}.`,
      };
    default:
      return { ...base, range: valueRange(), message: `${where(path, what)} ${error.message ?? 'is not valid'}.` };
  }
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function lowerFirst(s: string): string {
  return /^[A-Z](?![A-Z])/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
function article(type: string): string {
  const t = type.replace(/,/g, ' or ');
  return /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
}
