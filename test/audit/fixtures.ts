/** Templates shared by the audit tests (test/audit/*.test.ts and test/cli-scenarios/audit.test.ts). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VALID } from '../cli-scenarios/helpers.js';

const REPO = join(import.meta.dirname, '../..');

/** A clean US SMS reminder (en). */
export const US_CLEAN = VALID;

/** A US template with a legal threat (error) and shouting (warning). */
export const US_THREAT = VALID.replace('id: t1', 'id: us-threat').replace(
  'Pay at {{pay_url}}',
  'We will sue you and garnish your wages. PAY RIGHT NOW OR ELSE. Pay at {{pay_url}}',
);

/** A clean Peruvian WhatsApp reminder (es), the shipped starter template. */
export const PE_CLEAN = readFileSync(join(REPO, 'templates/es/pe-reminder-whatsapp.md'), 'utf8');

/** PE_CLEAN with a legal threat on line 34 (two errors) and a suppressed false-urgency line (reason LEG-7). */
export const PE_THREAT =
  PE_CLEAN.replace('id: pe-reminder-whatsapp', 'id: pe-threat') +
  'Si no paga hoy, le vamos a demandar y embargar su sueldo.\n' +
  '<!-- dunlint-disable-next-line no-false-urgency -- aprobado por legal, ticket LEG-7 -->\n' +
  'Pague dentro de 24 horas.\n';

/** Untrusted text that must only ever render as text. */
export const XSS_SCRIPT = '<script>alert(1)</script>';
export const XSS_IMG = '"><img src=x onerror=alert(2)>';

/** A template whose id, creditor and body try to inject markup into the report. */
export const XSS = VALID.replace('id: t1', `id: "xss${XSS_SCRIPT}"`)
  .replace('name: Northwind Credit Union', `name: '${XSS_IMG}'`)
  .replace('Hi {{debtor_name}},', `Hi {{debtor_name}} ${XSS_SCRIPT} ${XSS_IMG} you deadbeat,`);

/** Copies of a template under different ids ("<prefix>-1", …). */
export function copies(template: string, prefix: string, n: number, idLine = 'id: t1'): Record<string, string> {
  return Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `${prefix}/${prefix}-${i + 1}.md`,
      template.replace(idLine, `id: ${prefix}-${i + 1}`),
    ]),
  );
}
