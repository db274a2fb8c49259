import { LANGUAGES, defineRule } from './api.js';
import { contentEntries, contentLexicon, findContent } from '../content/patterns.js';
import { isThirdPartyCollector, reportMissing, templateFacts } from '../content/requirement.js';
import { dataAt, fillSkeleton } from '../content/skeleton.js';
import { bodyContent, foldCase, originalRange, type ContentText } from '../content/text.js';
import type { OffsetRange } from '../types.js';
import { profileFor } from '../jurisdictions/profile.js';

/**
 * The creditor's tax identifier that the jurisdiction requires in every collection message (label
 * and sample), from its profile (`identifiers.creditor_tax_id` in jurisdictions/<CODE>.yaml).
 */
function taxIdRule(jurisdiction: string | undefined): { label: string; sample: string } | undefined {
  const id = profileFor(jurisdiction).identifiers.creditor_tax_id;
  return id ? { label: id.label, sample: id.sample ?? '' } : undefined;
}

const ID = 'require-creditor-identification';

/** Legal-form words of all languages ("ltd", "s a c"), as word lists, longest first. */
let suffixes: string[][] | undefined;
function legalSuffixes(): string[][] {
  if (suffixes) return suffixes;
  const all = new Set<string>();
  for (const lang of LANGUAGES) {
    const list = contentLexicon(ID, lang)?.legalSuffixes;
    if (Array.isArray(list)) for (const s of list) all.add(words(String(s)).join(' '));
  }
  suffixes = [...all]
    .filter(Boolean)
    .map((s) => s.split(' '))
    .sort((a, b) => b.length - a.length);
  return suffixes;
}

function words(text: string): string[] {
  return foldCase(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The name's words without trailing legal-form words ("Acme Finanças Ltda" -> acme financas). */
function coreWords(name: string): string[] {
  const w = words(name);
  for (let changed = true; changed;) {
    changed = false;
    for (const s of legalSuffixes()) {
      if (w.length > s.length && s.every((x, i) => w[w.length - s.length + i] === x)) {
        w.splice(w.length - s.length);
        changed = true;
        break;
      }
    }
  }
  return w;
}

function escape(s: string): string {
  return s.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Where the body names `name` literally (accents, case, punctuation and legal form ignored). */
function findLiteralName(content: ContentText, name: string | undefined): OffsetRange | undefined {
  if (!name) return undefined;
  const core = coreWords(name);
  if (core.length === 0) return undefined;
  const re = new RegExp(
    `(?<![\\p{L}\\p{N}_:.{])${core.map(escape).join('[^\\p{L}\\p{N}{}\\n]{1,3}')}(?![\\p{L}\\p{N}_])`,
    'u',
  );
  const m = re.exec(content.text);
  return m ? originalRange(content, m.index, m.index + m[0].length) : undefined;
}

function findPlaceholder(content: ContentText, path: string): OffsetRange | undefined {
  const token = `{{ns:${path}}}`;
  const i = content.text.indexOf(token);
  return i === -1 ? undefined : originalRange(content, i, i + token.length);
}

/** Whether the body carries the tax id: a lexicon entry of group tax-id-<country> in any language, or the id's digits. */
function hasTaxId(content: ContentText, country: string, taxId: string | undefined): boolean {
  const group = `tax-id-${country}`;
  for (const lang of LANGUAGES) if (findContent(content, contentEntries(ID, lang, group))) return true;
  const digits = taxId?.replace(/\D/g, '') ?? '';
  if (digits.length < 5) return false;
  return (content.text.match(/\d[\d./ -]*\d/g) ?? []).some((run) => run.replace(/\D/g, '').includes(digits));
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : typeof v === 'number' ? String(v) : undefined;
}

export default defineRule({
  id: ID,
  meta: {
    category: 'required',
    description:
      'The body names the creditor (and its tax id where the law requires it, and the collector when an agency or law firm sends).',
    severity: 'error',
    languages: ['en', 'es', 'pt'],
    hasSuggestions: true,
    messages: {
      missingCreditor:
        'The message never names the creditor. Write its name ("{{name}}") or {{creditor.name}} in the body, so the recipient knows who is owed.',
      missingTaxId:
        'In {{country}} every collection message must give the creditor\'s {{label}}. Add it next to the name, e.g. "({{label}} {{creditor.tax_id}})".',
      missingCollector:
        'A {{kind}} sends this message, but the body never names it. Write "{{name}}" or {{collector.name}} and say on whose behalf you write.',
      insertSentence: 'Insert "{{text}}"',
      insertTaxId: 'Insert "{{text}}" after the creditor\'s name',
    },
    rationale:
      "A debtor must be able to tell who is collecting and for whom, and check that the debt is real. Anonymous messages are a hallmark of scams and make complaints impossible. Brazil requires the supplier's name, address and CPF/CNPJ on every collection document (CDC art. 42-A); Mexico requires the creditor entity and the collection agency's name; in the US a collector must not hide its identity. When an agency or a law firm writes, naming only the creditor hides who is actually contacting the debtor. A location message that an agency or a law firm sends to a third party (`recipient: third-party`) is exempt: naming the creditor there would tell that person about the debt.",
    legal: [
      {
        law: 'CDC (Lei 8.078/1990) art. 42-A — name, address and CPF/CNPJ of the supplier',
        jurisdictions: ['BR'],
        sources: ['S29'],
      },
      {
        law: 'CONDUSEF, Disposiciones de despachos de cobranza (DOF 07-10-2014) — collector and creditor identified',
        jurisdictions: ['MX'],
        sources: ['S49'],
      },
      {
        law: 'FDCPA 15 U.S.C. §1692d(6); Reg F 12 CFR 1006.18(d) — meaningful disclosure of identity',
        jurisdictions: ['US'],
        sources: ['S12', 'S5'],
      },
      {
        law: 'Ley 29571 (Código de Protección y Defensa del Consumidor) art. 62 — collection methods',
        jurisdictions: ['PE'],
        sources: ['S38'],
      },
      { law: 'FCA CONC 7.9.2–7.9.3 — no misleading identity', jurisdictions: ['GB'], sources: ['S66'] },
    ],
    examples: {
      valid: [
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, this is Ana from {{creditor.name}}. Please call {{contact.phone}}.',
        },
        { language: 'en', code: 'Hi {{debtor_name}}, this is Ana from Acme Finance. Please call {{contact.phone}}.' },
        {
          language: 'es',
          code: 'Hola {{debtor_name}}, le escribe Ana de {{creditor.name}} (RUC {{creditor.tax_id}}).',
        },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Aqui é a Ana, da Acme Finanças (CNPJ 12.345.678/0001-90).' },
      ],
      invalid: [
        { language: 'en', code: 'Hi {{debtor_name}}, your account is overdue. Please call {{contact.phone}}.' },
        {
          language: 'en',
          code: 'Hi {{debtor_name}}, {{creditor.name}} would like to remind you about your account.',
          frontMatter: { collector: { name: 'Summit Account Services', kind: 'agency' } },
        },
        { language: 'es', code: 'Hola {{debtor_name}}, le escribe Ana de {{creditor.name}}.' },
        { language: 'pt', code: 'Olá, {{debtor_name}}! Aqui é a Ana, da {{creditor.name}}.' },
      ],
    },
  },
  create(context) {
    const { data, doc } = context;
    if (!data) return;
    const facts = templateFacts(data);
    // A collection agency or law firm writing to someone who is not the debtor does not name the
    // creditor, nor itself unless asked: that alone would tell the third party about the debt
    // (FDCPA §1692b(1)–(2); no-third-party-disclosure).
    if (facts.recipient === 'third-party' && isThirdPartyCollector(facts)) return;
    const content = bodyContent(doc);
    const creditorName = str(dataAt(data, 'creditor.name'));
    const taxRule = facts.country ? taxIdRule(facts.jurisdiction) : undefined;
    const taxId = str(dataAt(data, 'creditor.tax_id'));
    const fill = (key: string): string | undefined => {
      const template = context.language ? contentLexicon(ID, context.language)?.skeletons?.[key] : undefined;
      if (typeof template !== 'string') return undefined;
      const withLabel = template
        .replace(/\{\{label\}\}/g, taxRule?.label ?? '')
        .replace(/\{\{sample\}\}/g, taxRule?.sample ?? '');
      return fillSkeleton(withLabel, doc, data);
    };

    const nameAt = findPlaceholder(content, 'creditor.name') ?? findLiteralName(content, creditorName);
    const taxOk = !taxRule || hasTaxId(content, facts.country!, taxId);
    if (!nameAt) {
      reportMissing(context, {
        messageId: 'missingCreditor',
        data: { name: creditorName ?? 'creditor name' },
        suggestMessageId: 'insertSentence',
        sentence: fill(taxRule && !taxOk ? 'creditorWithTaxId' : 'creditor'),
        position: 'start',
      });
    } else if (!taxOk && taxRule) {
      const text = ` (${taxRule.label} ${fillSkeleton(`[[creditor.tax_id|${taxRule.sample}]]`, doc, data)})`;
      context.report({
        messageId: 'missingTaxId',
        data: { country: facts.country!, label: taxRule.label },
        range: nameAt,
        suggest: [
          { messageId: 'insertTaxId', data: { text: text.trim() }, fix: { range: [nameAt[1], nameAt[1]], text } },
        ],
      });
    }

    if (isThirdPartyCollector(facts)) {
      const collectorName = str(dataAt(data, 'collector.name'));
      const found = findPlaceholder(content, 'collector.name') ?? findLiteralName(content, collectorName);
      if (!found) {
        const sentence = fill('collector');
        reportMissing(context, {
          messageId: 'missingCollector',
          data: {
            kind: facts.collectorKind === 'law-firm' ? 'law firm' : 'collection agency',
            name: collectorName ?? 'collector name',
          },
          suggestMessageId: 'insertSentence',
          sentence,
          position: 'start',
        });
      }
    }
  },
});
