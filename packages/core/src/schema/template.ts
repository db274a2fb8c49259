import type { FrontMatter } from '../document/parse.js';
import { templateSchema } from './template-schema.js';
import { compileSchema, validateYaml, type SchemaProblem, type Validator } from './validate.js';

let validator: Validator | undefined;

/** Validates front matter data against the template schema; ranges are absolute offsets. */
export function validateFrontMatter(fm: FrontMatter, data: Record<string, unknown>): SchemaProblem[] {
  validator ??= compileSchema(templateSchema);
  const base = fm.contentRange[0];
  const length = fm.contentRange[1] - base;
  return validateYaml(validator, fm.yaml, data, length).map((p) => ({
    ...p,
    // Problems that have no node of their own point at the opening `---` fence.
    range:
      p.range[0] === 0 && p.range[1] <= 3 && p.keyword !== 'additionalProperties'
        ? [0, 3]
        : [base + p.range[0], base + p.range[1]],
    ...(p.replacement
      ? {
          replacement: {
            range: [base + p.replacement.range[0], base + p.replacement.range[1]],
            text: p.replacement.text,
          },
        }
      : {}),
  }));
}
