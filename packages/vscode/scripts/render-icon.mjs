/**
 * Renders images/icon.svg to images/icon.png (128×128) with Chromium through playwright-core:
 *   node scripts/render-icon.mjs [/path/to/chromium]
 * The PNG is committed (the Marketplace wants a PNG); run this after changing the SVG.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const images = join(dirname(fileURLToPath(import.meta.url)), '..', 'images');
const size = 128;
const svg = readFileSync(join(images, 'icon.svg'), 'utf8');
const browser = await chromium.launch({
  executablePath: process.argv[2] ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await page.screenshot({
    path: join(images, 'icon.png'),
    omitBackground: true,
    clip: { x: 0, y: 0, width: size, height: size },
  });
} finally {
  await browser.close();
}
console.log('images/icon.png written');
