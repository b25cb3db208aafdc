/**
 * Worker-thread entry (dist/model-worker.js): evaluates whole models, one at a time, for the run
 * loop's model pool (engine/model-workers.ts). A task names the policy file; the worker loads it
 * again (a Policy holds functions and cannot be posted), evaluates it exactly as the main thread
 * would (engine/model.ts, memory applied, its own time budget), and posts back the report and
 * the check records, which are plain data. Log lines and progress events are posted as they
 * come; the main thread masks secrets and shows them. Drift is compared in this thread: the
 * pool already has a model on every core.
 */
import { parentPort } from 'node:worker_threads';
import { loadPolicyFile } from '../policy/load.js';
import type { CheckRecord } from '../state/record.js';
import type { ModelMemory } from './memory.js';
import { evaluateModelWithMemory } from './model.js';
import type { ProgressEvent } from './progress.js';
import type { ModelReport } from './report.js';

export interface ModelTask {
  readonly id: number;
  readonly file: string;
  readonly cwd?: string | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
  readonly root?: string | undefined;
  /** The run's clock, as milliseconds since the epoch. */
  readonly now: number;
  readonly memory: ModelMemory | null;
}

export type ModelMessage =
  | { readonly kind: 'log'; readonly id: number; readonly line: string }
  | { readonly kind: 'progress'; readonly id: number; readonly event: ProgressEvent }
  | { readonly kind: 'done'; readonly id: number; readonly model: ModelReport; readonly records: CheckRecord[] }
  | { readonly kind: 'failed'; readonly id: number; readonly message: string };

const port = parentPort;
if (port !== null) {
  port.on('message', (task: ModelTask) => {
    void evaluateTask(task).then(
      (message) => port.postMessage(message),
      (cause: unknown) => port.postMessage({ kind: 'failed', id: task.id, message: cause instanceof Error ? (cause.stack ?? cause.message) : String(cause) } satisfies ModelMessage),
    );
  });
}

async function evaluateTask(task: ModelTask): Promise<ModelMessage> {
  const post = (message: ModelMessage): void => port!.postMessage(message);
  const loaded = await loadPolicyFile(task.file, { ...(task.cwd === undefined ? {} : { cwd: task.cwd }), ...(task.env === undefined ? {} : { env: task.env }), ...(task.root === undefined ? {} : { root: task.root }) });
  if (loaded.policy === null) {
    // Read once by the main thread already: the file changed on disk during the run.
    return { kind: 'failed', id: task.id, message: `${task.file} could not be loaded again on a worker thread: ${loaded.errors.map((e) => e.message).join('; ')}` };
  }
  const evaluated = await evaluateModelWithMemory(loaded.policy, new Date(task.now), {
    log: (line) => post({ kind: 'log', id: task.id, line }),
    progress: (event) => post({ kind: 'progress', id: task.id, event }),
    memory: task.memory,
  });
  return { kind: 'done', id: task.id, model: evaluated.model, records: evaluated.records };
}
