import { parentPort, workerData } from 'node:worker_threads';
import type { FileConfig } from '@dunlint/core';
import { lintFile, type LintMode } from '../lint-file.js';
import type { ToWorker, FromWorker } from './pool.js';

/**
 * A lint worker thread: receives batches of files (with the configurations they need, sent once),
 * lints them with the same code as the main thread and posts the outcomes back. It never reads a
 * configuration itself and runs nothing from the workspace.
 */
const port = parentPort!;
const mode = (workerData as { mode: LintMode }).mode;
const configs = new Map<number, FileConfig>();

port.on('message', (message: ToWorker) => {
  for (const [id, config] of message.configs) configs.set(id, config);
  let reply: FromWorker;
  try {
    const outcomes = message.tasks.map((task) => {
      const config = configs.get(task.configId);
      if (!config) throw new Error(`no configuration #${task.configId} was sent to the worker`);
      return lintFile(task, config, mode);
    });
    reply = { batch: message.batch, outcomes };
  } catch (error) {
    const e = error as Error;
    reply = {
      batch: message.batch,
      error: { message: e?.message ?? String(error), name: e?.name ?? 'Error', stack: e?.stack },
    };
  }
  port.postMessage(reply);
});
port.postMessage('ready');
