/**
 * The preview webview's HTML: a static skeleton with stable element ids, filled in by the script.
 * Strict Content Security Policy: nothing remote, no inline script or style; the stylesheet and the
 * script come from the extension (`cspSource`), the script also carries a per-page nonce.
 */
import { randomBytes } from 'node:crypto';

export interface PreviewHtmlOptions {
  /** `webview.cspSource`. */
  cspSource: string;
  nonce: string;
  /** `webview.asWebviewUri(...)` of dist/webview/preview.js and media/preview.css. */
  scriptUri: string;
  styleUri: string;
}

export function newNonce(): string {
  return randomBytes(18).toString('base64url');
}

const escapeAttr = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `img-src ${cspSource} data:`,
    `style-src ${cspSource}`,
    `font-src ${cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
}

export function previewHtml(o: PreviewHtmlOptions): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(contentSecurityPolicy(o.cspSource, o.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeAttr(o.styleUri)}">
<title>dunlint preview</title>
</head>
<body>
<div id="app" data-state="loading">
  <header id="toolbar">
    <span id="file-name"></span>
    <span id="channel" class="badge" hidden></span>
    <span id="locale" class="badge" hidden></span>
  </header>
  <div id="notice" class="notice" role="status">Rendering the template…</div>
  <main id="message" aria-label="The message as the recipient sees it"></main>
  <footer id="facts" aria-label="Length and encoding"></footer>
  <section id="problems" hidden>
    <h2 id="problems-title">Problems</h2>
    <ul id="problem-list"></ul>
  </section>
</div>
<script nonce="${escapeAttr(o.nonce)}" src="${escapeAttr(o.scriptUri)}"></script>
</body>
</html>
`;
}
