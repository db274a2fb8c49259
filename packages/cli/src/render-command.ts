/**
 * `dunlint render FILE [--data data.json] [--channel-preview] [--format text|json]`: the template as
 * the recipient receives it, placeholders replaced by their samples (or by `--data` values), with
 * the channel facts: SMS encoding and segments, WhatsApp lengths and Meta's checks, e-mail subject.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lint, parseTemplate, renderMessage, resolveFileConfig } from '@dunlint/core';
import { ConfigFinder } from './config-finder.js';
import { UsageError } from './errors.js';
import { toPosix } from './paths.js';
import { readTemplate } from './read-template.js';

export interface RenderFlags {
  data?: string;
  channelPreview?: boolean;
  format: 'text' | 'json';
  config?: string;
}

interface RenderReport {
  filePath: string;
  channel: string | undefined;
  parts: { where: string; text: string; length: number; unresolved: string[] }[];
  sms?: { encoding: string; units: number; segments: number; maxSegments: number; firstUcs2Char?: string };
  whatsapp?: { bodyLength: number; bodyMax: number; problems: string[] };
}

function loadData(cwd: string, path: string): Record<string, unknown> {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(
      `--data "${path}" cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--data "${path}" is not valid JSON: ${(error as Error).message}`);
  }
  if (!value || typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(
      `--data "${path}" must be a JSON object of placeholder names and values, e.g. {"amount": "$10.00"}`,
    );
  // Nested objects give dotted names: { "creditor": { "name": "X" } } -> creditor.name
  const flat: Record<string, unknown> = {};
  const walk = (prefix: string, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v))
      for (const [k, x] of Object.entries(v)) walk(prefix ? `${prefix}.${k}` : k, x);
    else flat[prefix] = v;
  };
  walk('', value);
  return flat;
}

export function renderTemplate(file: string, flags: RenderFlags, cwd: string): { output: string; code: number } {
  const path = resolve(cwd, file);
  const read = readTemplate(path, Number.MAX_SAFE_INTEGER);
  if (!read.ok) throw new UsageError(`${file}: ${read.reason}`);
  const doc = parseTemplate(read.text);
  const data = doc.frontMatter?.data;
  if (!data) throw new UsageError(`${file}: has no readable front matter; run "dunlint check ${file}" to see why`);
  const values = flags.data ? loadData(cwd, flags.data) : undefined;
  const options = values ? { values } : {};
  const { channel, parts, body, sms, whatsapp } = renderMessage(doc, data, options);
  const report: RenderReport = {
    filePath: path,
    channel,
    parts: parts.map((p) => ({
      where: p.where,
      text: p.text,
      length: p.text.length,
      unresolved: p.unresolved.map((u) => u.name),
    })),
  };
  if (sms) {
    report.sms = {
      encoding: sms.encoding,
      units: sms.units,
      segments: sms.segments,
      maxSegments: sms.maxSegments,
      ...(sms.firstUcs2Char ? { firstUcs2Char: sms.firstUcs2Char } : {}),
    };
  }
  if (whatsapp) {
    const config = new ConfigFinder(cwd, flags.config ? { configFile: flags.config } : {}).forFile(path);
    const fileConfig = resolveFileConfig(config, toPosix(path));
    const only = { ...fileConfig, rules: { 'whatsapp-template': { severity: 2 as const, options: {} } } };
    const problems = lint(read.text, { config: only, filePath: path }).messages.map(
      (m) => `${m.line}:${m.column} ${m.message}`,
    );
    report.whatsapp = { ...whatsapp, problems };
  }
  if (flags.format === 'json') return { output: `${JSON.stringify(report, null, 2)}\n`, code: 0 };

  const out: string[] = [];
  for (const p of report.parts) {
    if (p.where !== 'body') out.push(`${p.where}: ${p.text}`);
  }
  if (out.length) out.push('');
  out.push(body.text, '');
  const unresolved = [...new Set(report.parts.flatMap((p) => p.unresolved))];
  if (unresolved.length) out.push(`No sample for: ${unresolved.map((n) => `{{${n}}}`).join(', ')} (left as written)`);
  if (flags.channelPreview || report.sms || report.whatsapp) {
    if (report.sms) {
      const s = report.sms;
      out.push(
        `SMS: ${s.encoding}, ${s.units} ${s.encoding === 'GSM-7' ? 'characters' : 'UTF-16 units'}, ${s.segments} segment${s.segments === 1 ? '' : 's'} (max ${s.maxSegments})${s.firstUcs2Char ? `; UCS-2 because of "${s.firstUcs2Char}"` : ''}`,
      );
    }
    if (report.whatsapp) {
      const w = report.whatsapp;
      out.push(
        `WhatsApp: body ${w.bodyLength}/${w.bodyMax} characters; ${w.problems.length === 0 ? "Meta's checks pass" : `${w.problems.length} problem(s):`}`,
      );
      for (const p of w.problems) out.push(`  ${p}`);
    }
    if (channel === 'email')
      out.push(`E-mail: subject ${report.parts.some((p) => p.where === 'email.subject') ? 'present' : 'MISSING'}`);
  }
  return { output: `${out.join('\n')}\n`, code: report.whatsapp && report.whatsapp.problems.length > 0 ? 1 : 0 };
}
