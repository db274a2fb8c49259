/**
 * The dunlint server's own requests, beyond LSP: what the VS Code extension (and any client that
 * wants them) uses for the preview panel, the rule list of "Explain rule" and "New template…".
 * Method names and shapes only: no runtime dependencies, so a client bundle stays small.
 */

/** `dunlint/preview`: the open template rendered with its samples, with its problems mapped onto the text. */
export const PREVIEW_METHOD = 'dunlint/preview';
/** `dunlint/rules`: every built-in rule with its description, category and default severity. */
export const RULES_METHOD = 'dunlint/rules';
/** `dunlint/templateOptions`: the choices "New template…" offers (languages, channels, stages, jurisdictions). */
export const TEMPLATE_OPTIONS_METHOD = 'dunlint/templateOptions';
/** `dunlint/newTemplate`: the text of a starter template that lints clean. */
export const NEW_TEMPLATE_METHOD = 'dunlint/newTemplate';

export interface PreviewParams {
  textDocument: { uri: string };
}

/** A rendered range `[start, end)` of a part's text (UTF-16 offsets) that a problem covers. */
export interface PreviewHighlight {
  /** The part it is in (`body`, `email.subject`…). */
  where: string;
  start: number;
  end: number;
  /** 1 warning, 2 error (as in the CLI's JSON). */
  severity: 1 | 2;
  message: string;
  ruleId: string | null;
  /** Where the problem starts in the template source (1-based), to jump to it. */
  line: number;
  column: number;
}

/** A problem of the template, with whether it could be shown on the rendered text. */
export interface PreviewProblem {
  severity: 1 | 2;
  message: string;
  ruleId: string | null;
  /** 1-based, in the template source. */
  line: number;
  column: number;
  /** False when the problem is not on rendered text (front matter, a missing sentence, a directive). */
  shown: boolean;
  /**
   * The problem is content the message lacks (a rule of the `required` category: an opt-out line,
   * the creditor's name…): its range only anchors it, so it is listed but never marked on the text.
   */
  missing: boolean;
}

export interface PreviewPart {
  /** `body`, `email.subject`, `email.preheader`, `whatsapp.header` or `whatsapp.footer`. */
  where: string;
  text: string;
  /** Placeholders replaced by their sample, as ranges of `text`. */
  samples: { name: string; start: number; end: number }[];
  /** Placeholders without a sample (left as written in `text`). */
  unresolved: string[];
}

export interface PreviewResult {
  uri: string;
  /** The document version the preview was rendered from. */
  version: number;
  /**
   * Set when there is nothing to render (no readable front matter, not a template, too large):
   * a sentence for the user; `parts` is then empty.
   */
  notice?: string;
  templateId?: string;
  channel?: string;
  locale?: string;
  /**
   * Who the message comes from, as the recipient's app shows it: the collector's or creditor's name,
   * and the sending address (e-mail: `contact.email`; SMS: `sms.sender_id` or `contact.phone`;
   * WhatsApp: `contact.whatsapp` or `contact.phone`).
   */
  sender?: { name?: string; address?: string };
  parts: PreviewPart[];
  /** The rendered body (the `body` part's text). */
  text: string;
  /** Characters of the rendered body (UTF-16 code units, as Meta and the CLI count them). */
  length: number;
  sms?: {
    encoding: 'GSM-7' | 'UCS-2';
    /** Length in the encoding's units (septets for GSM-7, UTF-16 units for UCS-2). */
    units: number;
    segments: number;
    /** Units per segment for this message (160/153 for GSM-7, 70/67 for UCS-2). */
    perSegment: number;
    /** `sms.max_segments` (default 2). */
    maxSegments: number;
    /** The first character that forces UCS-2, and its offset in the body. */
    firstUcs2Char?: string;
    firstUcs2Index?: number;
  };
  whatsapp?: {
    bodyLength: number;
    bodyMax: number;
    category?: string;
    name?: string;
    buttons: { type: string; text: string }[];
  };
  highlights: PreviewHighlight[];
  problems: PreviewProblem[];
}

export interface RuleSummary {
  id: string;
  description: string;
  category: string;
  /** Default severity in `recommended`. */
  severity: 'error' | 'warn' | 'off';
  url: string;
}

export interface TemplateOptions {
  languages: { id: 'en' | 'es' | 'pt'; name: string }[];
  channels: string[];
  stages: string[];
  /** Jurisdictions with a profile of their own; `languages`: those the starter templates are written in for it. */
  jurisdictions: { code: string; name: string; languages: ('en' | 'es' | 'pt')[] }[];
}

export interface NewTemplateParams {
  language: 'en' | 'es' | 'pt';
  jurisdiction: string;
  channel: 'whatsapp' | 'sms' | 'email';
  stage: string;
  id?: string;
}

export interface NewTemplateResult {
  text: string;
}
