/**
 * The audit's progress bar (files done/total, rate, ETA), drawn with `cli-progress` on a terminal
 * stream, typically stderr. `createProgress` returns a no-op when there is no terminal, so that
 * logs and CI output stay clean.
 */
import cliProgress from 'cli-progress';

export interface ProgressStream extends NodeJS.WritableStream {
  isTTY?: boolean;
  columns?: number;
}

export interface Progress {
  /** `runCheck`'s `onProgress` callback. */
  update(done: number, total: number): void;
  /** Removes the bar (always call it, also on failure: it restores the cursor). */
  stop(): void;
}

const NONE: Progress = { update() {}, stop() {} };

export interface ProgressOptions {
  /** The terminal to draw on; no bar when it is missing or not a TTY. */
  stream: ProgressStream | undefined;
  /** The word after the counts ("files"). */
  unit?: string;
  /** Clock in ms, for tests. */
  now?: () => number;
}

export function createProgress(options: ProgressOptions): Progress {
  const { stream } = options;
  if (!stream || !stream.isTTY) return NONE;
  const now = options.now ?? Date.now;
  const unit = options.unit ?? 'files';
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: `Auditing {bar} {value}/{total} ${unit} | {rate} ${unit}/s | ETA {eta_formatted}`,
      barsize: 24,
      hideCursor: true,
      clearOnComplete: true,
      linewrap: false,
      etaBuffer: 50,
      fps: 10,
      // Draw from update() too: linting blocks the event loop, so the timer alone would not draw.
      synchronousUpdate: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  let startedAt = 0;
  return {
    update(done, total) {
      if (!started) {
        if (total === 0) return;
        started = true;
        startedAt = now();
        bar.start(total, done, { rate: '–' });
        return;
      }
      const seconds = (now() - startedAt) / 1000;
      const rate = seconds > 0 ? Math.round(done / seconds).toLocaleString('en') : '–';
      bar.update(done, { rate });
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}
