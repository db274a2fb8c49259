/**
 * The whole message as the recipient receives it: every rendered part in reading order (e-mail
 * subject and preheader, WhatsApp header, body, WhatsApp footer) and the channel facts (SMS encoding
 * and segments against the template's limit, WhatsApp body length against Meta's limit). Shared by
 * `dunlint render` and the editor preview so that both show the same thing.
 */
import type { TemplateDocument } from '../document/parse.js';
import type { TemplateData } from '../rules/api.js';
import { renderBody, renderFrontMatterText, type RenderedPart, type RenderOptions } from './render.js';
import { smsInfo, type SmsInfo } from './sms.js';

/** Front matter texts shown before the body, in reading order. */
const BEFORE_BODY = ['email.subject', 'email.preheader', 'whatsapp.header'] as const;
/** Front matter texts shown after the body. */
const AFTER_BODY = ['whatsapp.footer'] as const;

/** `sms.max_segments` when the template does not set it. */
const DEFAULT_SMS_MAX_SEGMENTS = 2;
/** Meta rejects WhatsApp template bodies longer than this once the variables are filled in. */
const WHATSAPP_BODY_MAX = 1024;

export interface RenderedMessage {
  /** The template's `channel`, when it is a string. */
  channel: string | undefined;
  /** Every rendered part in reading order; the body is always one of them. */
  parts: RenderedPart[];
  body: RenderedPart;
  /** SMS templates: encoding and segments of the rendered body, and `sms.max_segments` (default 2). */
  sms?: SmsInfo & { maxSegments: number };
  /** WhatsApp templates: the rendered body's length and Meta's limit. */
  whatsapp?: { bodyLength: number; bodyMax: number };
}

/** Renders every part of the message with its samples (or `options.values`) and adds the channel facts. */
export function renderMessage(
  doc: TemplateDocument,
  data: TemplateData | undefined,
  options: RenderOptions = {},
): RenderedMessage {
  const frontMatterParts = (paths: readonly string[]) =>
    paths.flatMap((path) => renderFrontMatterText(doc, data, path, options) ?? []);
  const body = renderBody(doc, data, options);
  const channel = typeof data?.channel === 'string' ? data.channel : undefined;
  const message: RenderedMessage = {
    channel,
    parts: [...frontMatterParts(BEFORE_BODY), body, ...frontMatterParts(AFTER_BODY)],
    body,
  };
  if (channel === 'sms') {
    const sms = data?.sms as { max_segments?: unknown } | undefined;
    const maxSegments = typeof sms?.max_segments === 'number' ? sms.max_segments : DEFAULT_SMS_MAX_SEGMENTS;
    message.sms = { ...smsInfo(body.text), maxSegments };
  }
  if (channel === 'whatsapp') message.whatsapp = { bodyLength: body.text.length, bodyMax: WHATSAPP_BODY_MAX };
  return message;
}
