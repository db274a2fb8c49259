/**
 * The preview webview's script (bundled to dist/webview/preview.js, runs in the webview, not in
 * Node). Receives `render` messages from the extension and draws the message as the recipient sees
 * it: a chat bubble (WhatsApp, SMS) or an e-mail, with problems marked on the text. Builds every
 * element with the DOM API and `textContent`: template text is never parsed as HTML.
 */
import type { PreviewHighlight, PreviewPart, PreviewResult } from '@dunlint/language-server/protocol';
import type { FromWebview, ToWebview } from '../preview/messages.js';
import { splitRuns, worstSeverity, type TextRange } from '../preview/segments.js';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  /** Kept by VS Code with the panel, handed back to the extension when the panel is restored. */
  setState(state: { uri: string }): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();

type Decoration = TextRange &
  ({ kind: 'diag'; highlight: PreviewHighlight } | { kind: 'sample'; name: string } | { kind: 'ucs2'; char: string });

type Child = Node | string | undefined | false;

/** `document.createElement` with attributes (`class`, `id`, `data-*`, `title`…) and children. */
function h(tag: string, attrs: Record<string, string | undefined> = {}, ...children: Child[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) if (value !== undefined) node.setAttribute(name, value);
  for (const child of children) {
    if (child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

const byId = (id: string) => document.getElementById(id)!;

function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? word : many}`;
}

const SEVERITY = { 1: 'warning', 2: 'error' } as const;

function reveal(line: number, column: number): void {
  vscode.postMessage({ type: 'reveal', line, column });
}

/** The text of one part with its problems, sample values and (SMS) the UCS-2 character marked. */
function decoratedText(part: PreviewPart, preview: PreviewResult): DocumentFragment {
  const decorations: Decoration[] = [
    ...part.samples.map((s) => ({ kind: 'sample' as const, start: s.start, end: s.end, name: s.name })),
    ...preview.highlights
      .filter((hl) => hl.where === part.where)
      .map((hl) => ({ kind: 'diag' as const, start: hl.start, end: hl.end, highlight: hl })),
  ];
  const sms = preview.sms;
  if (part.where === 'body' && sms?.encoding === 'UCS-2' && sms.firstUcs2Char && sms.firstUcs2Index !== undefined) {
    const start = sms.firstUcs2Index;
    decorations.push({ kind: 'ucs2', start, end: start + sms.firstUcs2Char.length, char: sms.firstUcs2Char });
  }
  const fragment = document.createDocumentFragment();
  for (const run of splitRuns(part.text, decorations)) {
    let node: Node = document.createTextNode(run.text);
    for (const d of run.covering) {
      if (d.kind === 'sample') {
        node = h('span', { class: 'sample', 'data-placeholder': d.name, title: `{{${d.name}}}: sample value` }, node);
        break;
      }
    }
    for (const d of run.covering) {
      if (d.kind === 'ucs2') {
        node = h(
          'mark',
          {
            class: 'ucs2',
            title: `"${d.char}" is not in the GSM-7 alphabet: the whole SMS is sent in UCS-2 (70 characters per segment instead of 160).`,
          },
          node,
        );
        break;
      }
    }
    const diags = run.covering.flatMap((d) => (d.kind === 'diag' ? [d.highlight] : []));
    if (diags.length > 0) {
      const severity = SEVERITY[worstSeverity(diags) as 1 | 2] ?? 'warning';
      const rules = [...new Set(diags.map((d) => d.ruleId ?? 'dunlint'))];
      const mark = h(
        'mark',
        {
          class: `diag diag-${severity}`,
          'data-rule': rules.join(' '),
          'data-severity': severity,
          title: diags.map((d) => `${d.message}${d.ruleId ? ` (${d.ruleId})` : ''}`).join('\n'),
          tabindex: '0',
        },
        node,
      );
      const first = diags[0]!;
      mark.addEventListener('click', () => reveal(first.line, first.column));
      mark.addEventListener('keydown', (e) => {
        if (e.key === 'Enter') reveal(first.line, first.column);
      });
      node = mark;
    }
    fragment.append(node);
  }
  return fragment;
}

function partText(preview: PreviewResult, where: string): DocumentFragment | undefined {
  const part = preview.parts.find((p) => p.where === where);
  return part && part.text !== '' ? decoratedText(part, preview) : undefined;
}

function initial(name: string | undefined): string {
  return (name?.trim()[0] ?? '?').toUpperCase();
}

function chatView(preview: PreviewResult): HTMLElement {
  const channel = preview.channel === 'whatsapp' ? 'whatsapp' : 'sms';
  const name = preview.sender?.name ?? preview.sender?.address ?? 'Sender';
  const subtitle =
    channel === 'whatsapp'
      ? [
          'WhatsApp',
          preview.whatsapp?.category && `${preview.whatsapp.category} template`,
          preview.whatsapp?.name && `"${preview.whatsapp.name}"`,
        ]
          .filter(Boolean)
          .join(' · ')
      : ['Text message', preview.sender?.name ? preview.sender.address : undefined].filter(Boolean).join(' · ');
  const buttons = preview.whatsapp?.buttons ?? [];
  const header = channel === 'whatsapp' ? partText(preview, 'whatsapp.header') : undefined;
  const footer = channel === 'whatsapp' ? partText(preview, 'whatsapp.footer') : undefined;
  return h(
    'section',
    { class: `phone chat chat-${channel}`, 'data-channel': channel },
    h(
      'div',
      { class: 'chat-title' },
      h('span', { class: 'avatar', 'aria-hidden': 'true' }, initial(name)),
      h(
        'span',
        { class: 'chat-who' },
        h('span', { class: 'chat-name' }, name),
        h('span', { class: 'chat-sub' }, subtitle),
      ),
    ),
    h(
      'div',
      { class: 'chat-area' },
      h(
        'div',
        { class: `bubble bubble-${channel}`, id: 'bubble' },
        header && h('div', { class: 'bubble-header', id: 'wa-header' }, header),
        h('div', { class: 'bubble-text', id: 'body-text' }, decoratedText(bodyPart(preview), preview)),
        footer && h('div', { class: 'bubble-footer', id: 'wa-footer' }, footer),
      ),
      buttons.length > 0
        ? h(
            'div',
            { class: 'bubble-buttons' },
            ...buttons.map((b) => h('div', { class: `bubble-button button-${b.type}` }, b.text)),
          )
        : undefined,
    ),
  );
}

function emailView(preview: PreviewResult): HTMLElement {
  const subject = partText(preview, 'email.subject');
  const preheader = partText(preview, 'email.preheader');
  const name = preview.sender?.name ?? preview.sender?.address ?? 'Sender';
  return h(
    'section',
    { class: 'email', 'data-channel': 'email' },
    h(
      'div',
      { class: 'email-envelope' },
      subject
        ? h('div', { class: 'email-subject', id: 'email-subject' }, subject)
        : h('div', { class: 'email-subject missing', id: 'email-subject' }, '(no subject)'),
      h(
        'div',
        { class: 'email-from' },
        h('span', { class: 'avatar', 'aria-hidden': 'true' }, initial(name)),
        h(
          'span',
          { class: 'email-sender' },
          h('span', { class: 'email-sender-name' }, name),
          preview.sender?.address && preview.sender.name
            ? h('span', { class: 'email-sender-address' }, ` <${preview.sender.address}>`)
            : undefined,
        ),
      ),
      preheader
        ? h(
            'div',
            { class: 'email-preheader', id: 'email-preheader', title: 'Preheader: the preview line the inbox shows' },
            h('span', { class: 'label' }, 'Inbox preview: '),
            preheader,
          )
        : undefined,
    ),
    h('div', { class: 'email-body', id: 'body-text' }, decoratedText(bodyPart(preview), preview)),
  );
}

function bodyPart(preview: PreviewResult): PreviewPart {
  return preview.parts.find((p) => p.where === 'body') ?? { where: 'body', text: '', samples: [], unresolved: [] };
}

function factsView(preview: PreviewResult): Node[] {
  const items: Node[] = [];
  if (preview.whatsapp) {
    const { bodyLength, bodyMax } = preview.whatsapp;
    items.push(
      h(
        'span',
        {
          id: 'char-count',
          class: bodyLength > bodyMax ? 'fact over' : 'fact',
          'data-value': String(bodyLength),
          title: `Meta rejects a body longer than ${bodyMax} characters once the variables are filled in.`,
        },
        `${plural(bodyLength, 'character')} of ${bodyMax.toLocaleString('en-US')}`,
      ),
    );
  } else {
    items.push(
      h(
        'span',
        { id: 'char-count', class: 'fact', 'data-value': String(preview.length) },
        plural(preview.length, 'character'),
      ),
    );
  }
  const sms = preview.sms;
  if (sms) {
    items.push(
      h(
        'span',
        {
          id: 'encoding',
          class: 'fact',
          'data-value': sms.encoding,
          title:
            sms.encoding === 'GSM-7'
              ? 'Every character is in the GSM-7 alphabet: 160 characters fit in one segment, 153 per segment when split.'
              : 'A character outside GSM-7 sends the whole message in UCS-2: 70 characters fit in one segment, 67 per segment when split.',
        },
        sms.encoding === 'UCS-2' && sms.firstUcs2Char ? `UCS-2 (because of "${sms.firstUcs2Char}")` : sms.encoding,
      ),
      h(
        'span',
        {
          id: 'segments',
          class: sms.segments > sms.maxSegments ? 'fact over' : 'fact',
          'data-value': String(sms.segments),
          title: `${plural(sms.units, sms.encoding === 'GSM-7' ? 'septet' : 'UTF-16 unit')}; this template allows ${plural(sms.maxSegments, 'segment')} (sms.max_segments).`,
        },
        `${plural(sms.segments, 'segment')} of ${sms.perSegment} (max ${sms.maxSegments})`,
      ),
    );
  }
  const unresolved = [...new Set(preview.parts.flatMap((p) => p.unresolved))];
  if (unresolved.length > 0) {
    items.push(
      h(
        'span',
        { id: 'unresolved', class: 'fact over' },
        `No sample for ${unresolved.map((n) => `{{${n}}}`).join(', ')}: shown as written`,
      ),
    );
  }
  return items;
}

function problemsView(preview: PreviewResult): void {
  const section = byId('problems');
  const list = byId('problem-list');
  list.replaceChildren();
  const problems = [...preview.problems].sort(
    (a, b) => b.severity - a.severity || a.line - b.line || a.column - b.column,
  );
  section.hidden = problems.length === 0;
  const errors = problems.filter((p) => p.severity === 2).length;
  byId('problems-title').textContent = `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}`;
  for (const p of problems) {
    const severity = SEVERITY[p.severity];
    const item = h(
      'li',
      {
        class: `problem problem-${severity}${p.shown ? '' : ' not-shown'}${p.missing ? ' missing' : ''}`,
        'data-rule': p.ruleId ?? undefined,
        tabindex: '0',
        title: 'Show in the template',
      },
      h('span', { class: `severity severity-${severity}` }, severity),
      h('span', { class: 'problem-message' }, p.message),
      h(
        'span',
        { class: 'problem-where' },
        [p.ruleId, `line ${p.line}`, p.missing ? 'missing from the message' : p.shown ? undefined : 'not in the text']
          .filter(Boolean)
          .join(' · '),
      ),
    );
    item.addEventListener('click', () => reveal(p.line, p.column));
    item.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') reveal(p.line, p.column);
    });
    list.append(item);
  }
}

function setBadge(id: string, text: string | undefined): void {
  const badge = byId(id);
  badge.textContent = text ?? '';
  badge.hidden = !text;
}

function showNotice(message: string | undefined): void {
  const notice = byId('notice');
  notice.textContent = message ?? '';
  notice.hidden = !message;
}

function render(fileName: string, preview: PreviewResult): void {
  const app = byId('app');
  byId('file-name').textContent = fileName;
  setBadge('channel', preview.channel);
  setBadge('locale', preview.locale);
  showNotice(preview.notice);
  const message = byId('message');
  const facts = byId('facts');
  if (preview.notice || preview.parts.length === 0) {
    message.replaceChildren();
    facts.replaceChildren();
    app.dataset.state = 'notice';
  } else {
    message.replaceChildren(preview.channel === 'email' ? emailView(preview) : chatView(preview));
    facts.replaceChildren(...factsView(preview));
    app.dataset.state = 'ready';
  }
  app.dataset.channel = preview.channel ?? '';
  app.dataset.version = String(preview.version);
  problemsView(preview);
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const data = event.data;
  if (data?.type === 'render') {
    render(data.fileName, data.preview);
    vscode.setState({ uri: data.preview.uri });
  } else if (data?.type === 'notice') {
    byId('file-name').textContent = data.fileName ?? '';
    setBadge('channel', undefined);
    setBadge('locale', undefined);
    showNotice(data.message);
    byId('message').replaceChildren();
    byId('facts').replaceChildren();
    byId('problems').hidden = true;
    byId('app').dataset.state = 'notice';
  }
});

vscode.postMessage({ type: 'ready' });
