#!/usr/bin/env node
// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by file, and
// inclusive time by file, so hot spots show without opening DevTools.
// Usage: node bench/profile-summary.mjs PROFILE.cpuprofile [--top N]
import { readFileSync } from 'node:fs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node bench/profile-summary.mjs PROFILE.cpuprofile [--top N]');
  process.exit(2);
}
const topIndex = process.argv.indexOf('--top');
const top = topIndex > 0 ? Number(process.argv[topIndex + 1]) : 25;
const profile = JSON.parse(readFileSync(file, 'utf8'));
const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

// Sample counts per node; time per sample from the deltas.
const self = new Map();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);

const shortUrl = (url) =>
  url
    .replace(/^file:\/\//, '')
    .replace(/.*\/node_modules\//, 'nm:')
    .replace(/.*\/packages\//, '');
const clip = (s) => (s.length > 110 ? `${s.slice(0, 107)}...` : s);
const label = (n) =>
  clip(`${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url)}:${n.callFrame.lineNumber + 1}`);

const byFunction = new Map();
const byFile = new Map();
const inclusiveByFile = new Map();
for (const [id, t] of self) {
  const n = nodes.get(id);
  byFunction.set(label(n), (byFunction.get(label(n)) ?? 0) + t);
  const f = clip(shortUrl(n.callFrame.url) || `(${n.callFrame.functionName})`);
  byFile.set(f, (byFile.get(f) ?? 0) + t);
  // Inclusive: every distinct file on the stack gets the sample once.
  const seen = new Set();
  for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
    const u = shortUrl(nodes.get(cur).callFrame.url);
    if (u && !seen.has(u)) {
      seen.add(u);
      inclusiveByFile.set(u, (inclusiveByFile.get(u) ?? 0) + t);
    }
  }
}

const print = (title, map) => {
  console.log(`\n${title}`);
  for (const [k, t] of [...map].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${(t / 1000).toFixed(1).padStart(9)} ms ${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`);
};
console.log(`total sampled: ${(total / 1000).toFixed(1)} ms`);
print('self time by function', byFunction);
print('self time by file', byFile);
print('inclusive time by file', inclusiveByFile);
