import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, newNonce, previewHtml } from '../../src/preview/html.js';

const options = {
  cspSource: 'https://file+.vscode-resource.vscode-cdn.net',
  nonce: 'abc123',
  scriptUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/dist/webview/preview.js',
  styleUri: 'https://file+.vscode-resource.vscode-cdn.net/ext/media/preview.css',
};

describe('preview HTML', () => {
  it('has a strict Content Security Policy: nothing by default, the extension’s style, a nonce script', () => {
    const csp = contentSecurityPolicy(options.cspSource, options.nonce);
    expect(csp.split('; ')).toEqual([
      "default-src 'none'",
      `img-src ${options.cspSource} data:`,
      `style-src ${options.cspSource}`,
      `font-src ${options.cspSource}`,
      "script-src 'nonce-abc123'",
    ]);
    expect(csp).not.toContain('unsafe');
  });

  it('loads only the extension’s stylesheet and script, the script with the nonce; no inline code', () => {
    const html = previewHtml(options);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="`);
    expect(html).toContain(`<script nonce="abc123" src="${options.scriptUri}"></script>`);
    expect(html).toContain(`<link rel="stylesheet" href="${options.styleUri}">`);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).not.toMatch(/\sstyle="|<style|\son[a-z]+="/);
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls).toEqual([options.styleUri, options.scriptUri]);
  });

  it('has the stable element ids the tests and the script rely on', () => {
    const html = previewHtml(options);
    for (const id of [
      'app',
      'file-name',
      'channel',
      'locale',
      'notice',
      'message',
      'facts',
      'problems',
      'problem-list',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('escapes attribute values', () => {
    const html = previewHtml({ ...options, scriptUri: 'x"><script>alert(1)</script>' });
    expect(html).not.toContain('<script>alert(1)');
  });

  it('makes a fresh unguessable nonce each time', () => {
    const a = newNonce();
    expect(a).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(newNonce()).not.toBe(a);
  });
});
