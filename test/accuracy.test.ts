/**
 * The accuracy gate of `npm run accuracy`: on the labelled corpus (../shared/corpus/labeled), every
 * rule family that the corpus labels keeps recall and precision at 0.95 or more, and every finding
 * of the wording rules on the real texts (../shared/corpus/real) has a verdict recorded by a person
 * in scripts/real-corpus-verdicts.yaml.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ESM script without type declarations
import { realFindings, score } from '../scripts/accuracy.mjs';

interface Family {
  family: string;
  tp: number;
  fn: number;
  fp: number;
  recall: number;
  precision: number;
}

const root = join(import.meta.dirname, '..');
const labelled = join(root, '../shared/corpus/labeled');
const real = join(root, '../shared/corpus/real');

describe('accuracy on the labelled corpus', () => {
  const report = score(labelled) as { families: Family[] };
  const gated = report.families.filter((f) => f.tp + f.fn > 0);

  it('covers the tone, privacy, structure and required families', () => {
    expect(gated.map((f) => f.family)).toEqual(expect.arrayContaining(['tone', 'privacy', 'structure', 'required']));
  });

  it.each(gated.map((f) => [f.family, f] as const))('%s: recall and precision >= 0.95', (_name, f) => {
    expect(f.recall, `${f.family} recall (tp ${f.tp}, fn ${f.fn})`).toBeGreaterThanOrEqual(0.95);
    expect(f.precision, `${f.family} precision (tp ${f.tp}, fp ${f.fp})`).toBeGreaterThanOrEqual(0.95);
  });
});

describe('wording rules on the real texts', () => {
  it('every finding has a recorded verdict', () => {
    const findings = realFindings(real) as { file: string; ruleId: string; text: string; verdict: string }[];
    const unreviewed = findings
      .filter((f) => f.verdict === 'UNREVIEWED')
      .map((f) => `${f.file} ${f.ruleId} "${f.text}"`);
    expect(unreviewed).toEqual([]);
  });
});
