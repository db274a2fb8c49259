#!/usr/bin/env node
// Generates the benchmark corpus: realistic debt-collection templates (0.5–2 KB each, valid front
// matter) in English, Spanish and Portuguese, over SMS, WhatsApp and e-mail, from the building
// blocks below, with a seeded random generator so every run and every machine gets the same files.
// 30 % of the templates carry one deliberate violation from one of several rule families; the
// manifest (`corpus.json`) says which, so the harness can check that dunlint reports them.
// Usage: node bench/corpus.mjs DIR [--count 2000] [--seed 1]
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: a small, fast, seedable PRNG (deterministic across platforms). */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---------------------------------------------------------------------------------------------
// Building blocks. `{{…}}` are template placeholders; `%s` marks where a block takes a value.

const PROFILES = {
  en: [
    {
      locale: 'en-US',
      jurisdiction: 'US',
      creditors: ['Northwind Credit Union', 'Harbor Point Bank', 'Summit Auto Finance'],
      phone: '+1 800-555-0142',
      email: 'accounts@northwind.example',
      hours: 'Mon–Fri 8am–8pm ET',
      money: ['$120.50', '$89.99', '$342.10', '$1,250.00'],
      dates: ['Nov 30', 'December 12', '01/15/2027'],
      consent: 'contract',
      window: ['09:00', '20:00'],
      disclosure: 'This is an attempt to collect a debt and any information obtained will be used for that purpose.',
    },
    {
      locale: 'en-GB',
      jurisdiction: 'GB',
      creditors: ['Oakfield Home Store Ltd', 'Kestrel Energy Ltd', 'Brightwater Finance plc'],
      phone: '+44 113 496 0000',
      email: 'accounts@oakfield.example',
      hours: 'Mon–Fri 9am–6pm',
      money: ['£85.00', '£42.75', '£310.20'],
      dates: ['1 November 2026', '15 December 2026', '3 January 2027'],
      consent: 'contract',
      window: ['09:00', '20:00'],
      disclosure:
        'If you are finding things difficult, free and confidential advice is available from MoneyHelper at moneyhelper.org.uk.',
    },
  ],
  es: [
    {
      locale: 'es-PE',
      jurisdiction: 'PE',
      creditors: ['Financiera Andina S.A.C.', 'Caja Sol del Sur S.A.', 'Créditos Pacífico S.A.C.'],
      taxId: '20512345678',
      taxLabel: 'RUC',
      phone: '+51 1 700-1234',
      email: 'atencion@andina.example',
      hours: 'lunes a viernes de 9:00 a 18:00',
      money: ['S/ 150.00', 'S/ 89.90', 'S/ 1,240.50'],
      dates: ['30/11/2026', '15/12/2026', '05/01/2027'],
      consent: 'consent',
      window: ['09:00', '19:00'],
    },
    {
      locale: 'es-MX',
      jurisdiction: 'MX',
      creditors: ['Crédito Solar S.A. de C.V.', 'Banco Meridiano S.A.', 'Tiendas Alameda S.A. de C.V.'],
      phone: '55 5000 1234',
      email: 'cobranza@solar.example',
      hours: 'lunes a viernes de 9:00 a 19:00',
      money: ['$1,250.00 MXN', '$480.00 MXN', '$3,120.75 MXN'],
      dates: ['05/12/2026', '20/12/2026', '10/01/2027'],
      consent: 'contract',
      window: ['09:00', '20:00'],
    },
  ],
  pt: [
    {
      locale: 'pt-BR',
      jurisdiction: 'BR',
      creditors: ['ACME Finanças Ltda', 'Telefonia Vale S.A.', 'Energia Serra Azul S.A.'],
      taxId: '12.345.678/0001-90',
      taxLabel: 'CNPJ',
      phone: '+55 11 4000-0000',
      email: 'atendimento@acme.example',
      hours: 'seg–sex 8h–20h',
      money: ['R$ 150,00', 'R$ 89,90', 'R$ 1.240,50'],
      dates: ['30/11/2026', '15/12/2026', '05/01/2027'],
      consent: 'consent',
      window: ['09:00', '19:00'],
    },
    {
      locale: 'pt-BR',
      jurisdiction: 'BR-SP',
      creditors: ['Loja Paulista Ltda', 'Banco Horizonte S.A.', 'Conecta Internet Ltda'],
      taxId: '98.765.432/0001-10',
      taxLabel: 'CNPJ',
      phone: '+55 11 3000-1234',
      email: 'cobranca@paulista.example',
      hours: 'seg–sex 9h–18h',
      money: ['R$ 75,40', 'R$ 312,00', 'R$ 2.050,00'],
      dates: ['10/12/2026', '20/12/2026', '12/01/2027'],
      consent: 'credit-protection',
      window: ['09:00', '19:00'],
    },
  ],
};

const NAMES = {
  en: { debtors: ['Jordan', 'Alex', 'Taylor', 'Morgan'], senders: ['Sam', 'Priya', 'Dan', 'Grace'] },
  es: { debtors: ['Lucía', 'Andrés', 'Rosa', 'Mateo'], senders: ['Carla', 'Marco', 'Elena', 'Diego'] },
  pt: { debtors: ['Maria', 'Paulo', 'Ana', 'Rafael'], senders: ['Ana', 'Carla', 'Bruno', 'Júlia'] },
};

/** Body blocks per language: greeting+intro, the debt, how to pay, contact, extra paragraphs, opt-out. */
const BLOCKS = {
  en: {
    greeting: {
      email: ['Dear {{debtor_name}},', 'Hello {{debtor_name}},'],
      short: ['Hi {{debtor_name}},', 'Hello {{debtor_name}},'],
    },
    intro: ['this is %s from the customer accounts team at {{creditor.name}}.', 'this is %s from {{creditor.name}}.'],
    debt: {
      'pre-due': [
        'A quick reminder that your payment of {{amount}} is due on {{due_date}}.',
        'Your next payment of {{amount}} is due on {{due_date}}.',
      ],
      reminder: [
        'Your payment of {{amount}} was due on {{due_date}}.',
        'Our records show a balance of {{amount}} that was due on {{due_date}}.',
      ],
      overdue: [
        'Our records show a balance of {{amount}} that was due on {{due_date}} and is still open.',
        'Your payment of {{amount}} was due on {{due_date}} and we have not received it yet.',
      ],
    },
    pay: ['You can pay online at {{payment_link}}.', 'Pay at {{payment_link}} whenever it suits you.'],
    contact: [
      'Call us on {{contact.phone}} ({{contact.hours}}) or email {{contact.email}} if you would like to agree a payment plan.',
      'If you have any questions, call {{contact.phone}} ({{contact.hours}}) or write to {{contact.email}}.',
    ],
    extra: [
      'If you have already paid, thank you, and please ignore this message.',
      'We can spread the balance over several months if that would help; just let us know what you can afford.',
      'Payments made by bank transfer can take up to two working days to show on your account.',
      'You can see your statements, change your payment date and set up automatic payments in your online account.',
      'If your circumstances have changed, for example a new job or a change in income, our team can review your plan with you.',
    ],
    optOut: {
      sms: ['Reply STOP to opt out.'],
      whatsapp: ['Reply STOP to stop receiving WhatsApp messages from us.'],
      email: ['To stop receiving these emails, reply STOP or update your preferences at {{unsubscribe_link}}.'],
    },
    signoff: ['Kind regards,\n%s\n{{creditor.name}}', 'Best wishes,\n%s, {{creditor.name}}'],
    subject: ['Your {{creditor.name}} account', 'A note about your account'],
    wellWishes: ['We hope you are well.', 'Thank you for being a customer of ours.'],
    smsContact: 'Questions? Call {{contact.phone}}.',
  },
  es: {
    greeting: { email: ['Estimado/a {{debtor_name}}:', 'Hola, {{debtor_name}}:'], short: ['Hola, {{debtor_name}}.'] },
    intro: [
      'Le escribe %s, de {{creditor.name}}.',
      'Le saluda %s, del equipo de atención al cliente de {{creditor.name}}.',
    ],
    debt: {
      'pre-due': [
        'Le recordamos que su cuota de {{amount}} vence el {{due_date}}.',
        'Su próximo pago de {{amount}} vence el {{due_date}}.',
      ],
      reminder: [
        'Le recordamos que su cuota de {{amount}} venció el {{due_date}}.',
        'Su pago de {{amount}} tenía fecha de vencimiento el {{due_date}}.',
      ],
      overdue: [
        'Su cuota de {{amount}}, con vencimiento el {{due_date}}, sigue pendiente.',
        'Según nuestros registros, el pago de {{amount}} del {{due_date}} aún está pendiente.',
      ],
    },
    pay: ['Puede pagar en {{payment_link}}.', 'Puede pagar en línea en {{payment_link}} o en nuestras agencias.'],
    contact: [
      'Si tiene alguna consulta, llámenos al {{contact.phone}} ({{contact.hours}}) o escriba a {{contact.email}}.',
      'Para acordar un plan de pagos, llame al {{contact.phone}} ({{contact.hours}}).',
    ],
    extra: [
      'Si ya realizó el pago, por favor ignore este mensaje.',
      'Podemos ofrecerle un plan de pagos en cuotas si le resulta más cómodo.',
      'Los pagos por transferencia pueden tardar hasta dos días hábiles en reflejarse en su cuenta.',
      'En su cuenta en línea puede ver sus estados de cuenta y cambiar la fecha de pago.',
      'Si su situación cambió, nuestro equipo puede revisar su plan con usted.',
    ],
    optOut: {
      sms: ['Responda BAJA para no recibir más SMS.'],
      whatsapp: ['Para no recibir más mensajes, responda BAJA.'],
      email: ['Para no recibir más correos, responda BAJA o actualice sus preferencias en {{unsubscribe_link}}.'],
    },
    signoff: ['Atentamente,\n%s\n{{creditor.name}}', 'Saludos cordiales,\n%s, {{creditor.name}}'],
    subject: ['Información sobre su cuenta', 'Su cuenta con {{creditor.name}}'],
    wellWishes: ['Esperamos que se encuentre bien.', 'Gracias por ser nuestro cliente.'],
    smsContact: 'Consultas al {{contact.phone}}.',
  },
  pt: {
    greeting: { email: ['Olá, {{debtor_name}},', 'Prezado(a) {{debtor_name}},'], short: ['Olá, {{debtor_name}}!'] },
    intro: ['Aqui é %s, da {{creditor.name}}.', 'Aqui é %s, da equipe de atendimento da {{creditor.name}}.'],
    debt: {
      'pre-due': [
        'Lembramos que sua parcela de {{amount}} vence em {{due_date}}.',
        'Sua próxima fatura de {{amount}} vence em {{due_date}}.',
      ],
      reminder: [
        'Lembramos que sua fatura de {{amount}} venceu em {{due_date}}.',
        'Consta em aberto o valor de {{amount}}, vencido em {{due_date}}.',
      ],
      overdue: [
        'Consta em aberto o valor de {{amount}}, vencido em {{due_date}}.',
        'A parcela de {{amount}}, com vencimento em {{due_date}}, continua em aberto.',
      ],
    },
    pay: [
      'Você pode pagar pelo link {{payment_link}}.',
      'Pague pelo link {{payment_link}} quando for melhor para você.',
    ],
    contact: [
      'Se tiver dúvidas, ligue para {{contact.phone}} ({{contact.hours}}) ou escreva para {{contact.email}}.',
      'Para combinar um parcelamento, fale conosco pelo {{contact.phone}} ({{contact.hours}}).',
    ],
    extra: [
      'Se você já pagou, por favor desconsidere esta mensagem.',
      'Se precisar, podemos combinar um parcelamento.',
      'Pagamentos por transferência podem levar até dois dias úteis para aparecer na sua conta.',
      'No aplicativo você consulta suas faturas e pode mudar a data de vencimento.',
      'Se a sua situação mudou, nossa equipe pode rever o seu plano com você.',
    ],
    optOut: {
      sms: ['Para não receber mais SMS, responda SAIR.'],
      whatsapp: ['Para não receber mais mensagens, responda SAIR.'],
      email: ['Para não receber mais e-mails, responda SAIR ou altere suas preferências em {{unsubscribe_link}}.'],
    },
    signoff: ['Atenciosamente,\n%s\n{{creditor.name}}', 'Um abraço,\n%s, {{creditor.name}}'],
    subject: ['Informações sobre sua conta', 'Sua conta na {{creditor.name}}'],
    wellWishes: ['Esperamos que você esteja bem.', 'Obrigado por ser nosso cliente.'],
    smsContact: 'Dúvidas: {{contact.phone}}.',
  },
};

/**
 * Deliberate violations, by rule family: a sentence to add (or a change to make) and the rules
 * dunlint must report for it (any one of them counts as detected).
 */
const VIOLATIONS = [
  {
    family: 'tone',
    rules: ['no-legal-threat'],
    add: {
      en: 'If this is not paid, we will take you to court and sue you.',
      es: 'Si no paga, iniciaremos acciones legales y lo demandaremos.',
      pt: 'Se não pagar, vamos processar você na justiça.',
    },
  },
  {
    family: 'tone',
    rules: ['no-arrest-threat'],
    add: {
      en: 'Failure to pay may lead to your arrest.',
      es: 'Si no paga, podría ir a la cárcel.',
      pt: 'Se não pagar, você pode ser preso.',
    },
  },
  {
    family: 'tone',
    rules: ['no-insult'],
    add: {
      en: 'Only a deadbeat ignores a bill like this.',
      es: 'Solo un moroso sinvergüenza ignora una deuda así.',
      pt: 'Só um caloteiro ignora uma conta assim.',
    },
  },
  {
    family: 'tone',
    rules: ['no-false-urgency', 'no-shouting', 'no-violence-threat'],
    add: {
      en: 'LAST CHANCE: PAY TODAY OR ELSE!!',
      es: '¡¡ÚLTIMA OPORTUNIDAD: PAGUE HOY MISMO!!',
      pt: 'ÚLTIMA CHANCE: PAGUE HOJE MESMO!!',
    },
  },
  {
    family: 'privacy',
    rules: ['no-third-party-disclosure', 'no-third-party-contact', 'no-public-shaming'],
    add: {
      en: 'We have also told your employer and your family about this debt.',
      es: 'También informamos a su empleador y a su familia sobre esta deuda.',
      pt: 'Também avisamos o seu empregador e a sua família sobre esta dívida.',
    },
  },
  { family: 'structure', rules: ['placeholder-syntax'], edit: (body) => body.replace('{{amount}}', '{{amount}') },
  {
    family: 'structure',
    rules: ['placeholder-undeclared'],
    edit: (body) => body.replace('{{payment_link}}', '{{payment_link}} (ref. {{account_ref}})'),
  },
  { family: 'required', rules: ['require-opt-out', 'placeholder-unused'], dropOptOut: true },
];

// ---------------------------------------------------------------------------------------------

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function frontMatter({ id, profile, channel, stage, creditor, debtor, money, date, slug }) {
  const p = profile;
  const lines = [
    '---',
    `id: ${id}`,
    `locale: ${p.locale}`,
    `channel: ${channel}`,
    `jurisdiction: ${p.jurisdiction}`,
    `stage: ${stage}`,
    'creditor:',
    `  name: ${creditor}`,
    ...(p.taxId ? [`  tax_id: "${p.taxId}"`] : []),
    'contact:',
    `  phone: "${p.phone}"`,
    `  email: ${p.email}`,
    `  hours: ${p.hours}`,
    `send_window: { days: [mon, tue, wed, thu, fri], start: "${p.window[0]}", end: "${p.window[1]}" }`,
    `consent: { basis: ${channel === 'whatsapp' ? 'consent' : p.consent}${channel === 'whatsapp' ? ', evidence: "opt-in 2026-03-02"' : ''} }`,
    'variables:',
    `  debtor_name: { type: string, sample: ${debtor}, pii: true }`,
    `  amount: { type: money, sample: "${money}" }`,
    `  due_date: { type: date, sample: "${date}" }`,
    `  payment_link: { type: url, sample: "https://pay.example/${slug}" }`,
    ...(channel === 'email' ? [`  unsubscribe_link: { type: url, sample: "https://pay.example/prefs/${slug}" }`] : []),
  ];
  if (channel === 'whatsapp') lines.push(`whatsapp: { category: utility, name: ${id.replace(/-/g, '_')} }`);
  if (channel === 'sms') lines.push('sms: { max_segments: 6 }');
  return lines;
}

/** Builds one template; `violation` is an entry of VIOLATIONS or undefined. */
function template(r, index, lang, violation) {
  const profile = pick(r, PROFILES[lang]);
  const b = BLOCKS[lang];
  // SMS needs no opt-out line everywhere: the missing-opt-out defect goes to WhatsApp and e-mail.
  const channel = pick(r, violation?.dropOptOut ? ['whatsapp', 'email'] : ['sms', 'whatsapp', 'email']);
  const stage = pick(r, ['pre-due', 'reminder', 'overdue']);
  const creditor = pick(r, profile.creditors);
  const sender = pick(r, NAMES[lang].senders);
  const id = `${lang}-${String(index).padStart(4, '0')}-${stage}-${channel}`;
  const slug = `${lang}${index.toString(36)}`;
  const fm = frontMatter({
    id,
    profile,
    channel,
    stage,
    creditor,
    debtor: pick(r, NAMES[lang].debtors),
    money: pick(r, profile.money),
    date: pick(r, profile.dates),
    slug,
  });
  if (channel === 'email') fm.push('email:', `  subject: ${pick(r, b.subject).replace('{{creditor.name}}', creditor)}`);
  fm.push('---');

  const greeting = pick(r, channel === 'email' ? b.greeting.email : b.greeting.short);
  const intro = pick(r, b.intro).replace('%s', sender);
  const opening =
    channel === 'email' ? [greeting, intro.charAt(0).toUpperCase() + intro.slice(1)] : [`${greeting} ${intro}`];
  if (profile.taxId)
    opening[opening.length - 1] = opening.at(-1).replace(/\.$/, ` (${profile.taxLabel} {{creditor.tax_id}}).`);
  // The opening lines of an e-mail show in the inbox preview: keep the debt out of them.
  if (channel === 'email') opening.push(pick(r, b.wellWishes));
  const contact = channel === 'sms' ? b.smsContact : pick(r, b.contact);
  const paras = [...opening, `${pick(r, b.debt[stage])} ${pick(r, b.pay)}`, contact];
  const extras = [...b.extra].sort(() => r() - 0.5);
  // Size: SMS short, WhatsApp medium, e-mail long (0.5–2 KB with the front matter).
  const extraCount = channel === 'sms' ? 0 : channel === 'whatsapp' ? 1 + Math.floor(r() * 2) : 2 + Math.floor(r() * 3);
  paras.push(...extras.slice(0, extraCount));
  if (profile.disclosure) paras.push(profile.disclosure);
  if (violation?.add) paras.splice(opening.length + 1, 0, violation.add[lang]);
  if (!violation?.dropOptOut) paras.push(pick(r, b.optOut[channel]));
  if (channel === 'email') paras.push(pick(r, b.signoff).replace('%s', sender));
  let body = (channel === 'sms' ? paras.join(' ') : paras.join('\n\n')) + '\n';
  if (violation?.edit) body = violation.edit(body);
  return { id, text: `${fm.join('\n')}\n${body}` };
}

/**
 * Writes `count` templates under `dir` (en/, es/, pt/ in equal shares), a strict-preset config
 * (every rule on) and `corpus.json` listing each file's expected rules (empty for clean files).
 */
export function generateCorpus(dir, { count = 2000, seed = 1, violationShare = 0.3 } = {}) {
  const r = rng(seed);
  rmSync(dir, { recursive: true, force: true });
  for (const lang of ['en', 'es', 'pt']) mkdirSync(join(dir, lang), { recursive: true });
  writeFileSync(join(dir, '.dunlintrc.yaml'), '# Benchmark corpus: every rule on.\nextends: [strict]\n');
  const manifest = [];
  let bytes = 0;
  // Exactly round(count × share) violating files, spread evenly over the run.
  const violating = Math.round(count * violationShare);
  for (let i = 0; i < count; i++) {
    const lang = ['en', 'es', 'pt'][i % 3];
    const bad = Math.floor(((i + 1) * violating) / count) > Math.floor((i * violating) / count);
    const violation = bad ? VIOLATIONS[Math.floor(r() * VIOLATIONS.length)] : undefined;
    const { id, text } = template(r, i, lang, violation);
    const file = `${lang}/${id}.md`;
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
    manifest.push({ file, family: violation?.family ?? null, expect: violation?.rules ?? [] });
  }
  writeFileSync(join(dir, 'corpus.json'), `${JSON.stringify({ seed, count, files: manifest }, null, 1)}\n`);
  return { files: manifest, bytes };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: node bench/corpus.mjs DIR [--count N] [--seed S]');
    process.exit(2);
  }
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const { files, bytes } = generateCorpus(dir, { count: arg('--count', 2000), seed: arg('--seed', 1) });
  console.log(`${files.length} templates, ${(bytes / 1024).toFixed(0)} KB, in ${dir}`);
}
