// Preloaded into every process the harness measures (node --import bench/rss-hook.mjs …): at exit,
// writes the process's peak resident set size (all threads, KB) and the CPU time it used (user +
// system, all threads, ms) to $BENCH_RSS_FILE as "rss cpu".
import { writeFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const out = process.env.BENCH_RSS_FILE;
if (out && isMainThread) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(out, `${usage.maxRSS} ${(usage.userCPUTime + usage.systemCPUTime) / 1000}`);
  });
}
