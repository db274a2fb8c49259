import { describe, expect, it } from 'vitest';
import {
  checkTemplateId,
  defaultTemplateId,
  freeFileName,
  orderJurisdictions,
  STAGE_LABELS,
} from '../../src/new-template-options.js';
import { STAGES } from '@dunlint/core';

describe('New template… choices', () => {
  const jurisdictions = [
    { code: 'BR', name: 'Brasil', languages: ['pt' as const] },
    { code: 'US', name: 'United States', languages: ['en' as const, 'es' as const] },
    { code: 'generic', name: 'Generic', languages: ['en' as const, 'es' as const, 'pt' as const] },
    { code: 'GB', name: 'United Kingdom', languages: ['en' as const] },
  ];

  it('offers the jurisdictions written in the chosen language first, generic last among them', () => {
    const { usual, other } = orderJurisdictions(jurisdictions, 'en');
    expect(usual.map((j) => j.code)).toEqual(['GB', 'US', 'generic']);
    expect(other.map((j) => j.code)).toEqual(['BR']);
  });

  it('describes every stage of the template schema', () => {
    expect(Object.keys(STAGE_LABELS).sort()).toEqual([...STAGES].sort());
  });

  it('proposes an id from the choices and checks the one typed', () => {
    expect(defaultTemplateId('BR-SP', 'final-notice', 'whatsapp')).toBe('br-sp-final-notice-whatsapp');
    expect(checkTemplateId('us-reminder-sms')).toBeUndefined();
    expect(checkTemplateId('US reminder')).toMatch(/lower-case letters/);
    expect(checkTemplateId('')).toMatch(/Give the template an id/);
  });

  it('does not overwrite a file: numbers the name when it is taken', () => {
    const taken = new Set(['a.md', 'a-2.md']);
    expect(freeFileName('a', (n) => taken.has(n))).toBe('a-3.md');
    expect(freeFileName('b', (n) => taken.has(n))).toBe('b.md');
  });
});
