import type { LegalBasis } from './api.js';

/**
 * The legal basis of the form rules (no-shouting, no-excessive-emoji): not a specific wording but a
 * tone that harasses or is not respectful. One list, so the rule pages cite the same laws.
 */
export const RESPECTFUL_TONE_LEGAL: LegalBasis[] = [
  {
    law: 'FDCPA 15 U.S.C. §1692d (conduct whose natural consequence is to harass, oppress or abuse)',
    jurisdictions: ['US'],
    sources: ['S12'],
  },
  {
    law: 'FCA CONC 7.9 and the joint FCA/Ofgem/Ofwat/Ofcom letter of March 2024 (supportive, respectful tone)',
    jurisdictions: ['GB'],
    sources: ['S66', 'S70'],
  },
  {
    law: 'Ley 19.496 art. 37 inc. 10 (principios de transparencia, veracidad, dignidad y proporcionalidad)',
    jurisdictions: ['CL'],
    sources: ['S55'],
  },
];
