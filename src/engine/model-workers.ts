/**
 * Models evaluated side by side (issue 15): a pool of worker threads (dist/model-worker.js),
 * each evaluating one whole model at a time, so that a fleet of small models uses every core.
 * JavaScript checks run on one thread per model; on a single thread, models side by side would
 * only take turns (docs/architecture.md, "Models side by side").
 *
 * Each model keeps its own time budget: the worker races it as the main thread does
 * (engine/time-budget.ts), and a worker that has not answered when the budget is spent and
 * STOP_GRACE_MS more (a synchronous check that cannot be interrupted) is terminated and
 * replaced; only its model becomes `error` (model/time-budget). A worker that dies (out of
 * memory) makes its model `error` (model/crashed). The pool exists only when running from the
 * bundle, like the other worker threads (worker-script.ts).
 */
import { Worker } from 'node:worker_threads';
import type { Policy } from '../policy/types.js';
import type { CheckRecord } from '../state/record.js';
import { applyMemory, type ModelMemory } from './memory.js';
import { modelErrorReport } from './model.js';
import type { ModelMessage, ModelTask } from './model-worker.js';
import type { ProgressListener } from './progress.js';
import type { ModelReport } from './report.js';
import { MAX_TIMER_MS } from './time-budget.js';
import { workerScript } from './worker-script.js';

/** How long past a model's budget its worker may take to answer before it is terminated. */
const STOP_GRACE_MS = 2_000;

export interface ModelLoad {
  readonly cwd?: string | undefined;
  readonly env?: NodeJS.ProcessEnv | undefined;
  readonly root?: string | undefined;
}

export interface ModelListeners {
  readonly log?: ((line: string) => void) | undefined;
  readonly progress?: ProgressListener | undefined;
}

export class ModelWorkers {
  readonly #script: URL;
  readonly #load: ModelLoad;
  readonly #idle: Worker[] = [];
  readonly #all = new Set<Worker>();
  #nextId = 0;

  private constructor(script: URL, load: ModelLoad) {
    this.#script = script;
    this.#load = load;
  }

  /** A pool when this build has the worker script, else null (evaluate on this thread). */
  static create(load: ModelLoad): ModelWorkers | null {
    const script = workerScript('model-worker.js');
    return script === null ? null : new ModelWorkers(script, load);
  }

  /** The model's report and check records, as engine/model.ts's evaluateModelWithMemory gives them. */
  evaluate(policy: Policy, now: Date, memory: ModelMemory | null, listeners: ModelListeners): Promise<{ model: ModelReport; records: CheckRecord[] }> {
    const worker = this.#idle.pop() ?? this.#spawn();
    const id = this.#nextId++;
    const started = performance.now();
    const { ms, text } = policy.defaults.time_budget;
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = (keep: boolean): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        if (keep) this.#idle.push(worker);
        else {
          this.#all.delete(worker);
          void worker.terminate();
        }
      };
      const stopped = (message: string, code: 'model/time-budget' | 'model/crashed'): void => {
        finish(false);
        resolve(applyMemory(modelErrorReport(policy, message, code, Math.round(performance.now() - started)), policy, memory, now));
      };
      const onMessage = (message: ModelMessage): void => {
        if (message.id !== id) return;
        if (message.kind === 'log') listeners.log?.(message.line);
        else if (message.kind === 'progress') listeners.progress?.(message.event);
        else if (message.kind === 'done') {
          finish(true);
          resolve({ model: message.model, records: message.records });
        } else {
          finish(true);
          reject(new Error(message.message));
        }
      };
      const onExit = (code: number): void => stopped(`the worker thread evaluating the model stopped (exit code ${code}; out of memory?); the other models were still evaluated`, 'model/crashed');
      worker.on('message', onMessage);
      worker.on('exit', onExit);
      if (Number.isFinite(ms) && ms + STOP_GRACE_MS <= MAX_TIMER_MS) {
        timer = setTimeout(() => stopped(`the model exceeded its time budget of ${text} (defaults.time_budget) while running a check that could not be interrupted; its thread was stopped, the other models were still evaluated`, 'model/time-budget'), ms + STOP_GRACE_MS);
      }
      const task: ModelTask = { id, file: policy.file, cwd: this.#load.cwd, env: this.#load.env, root: this.#load.root, now: now.getTime(), memory };
      worker.postMessage(task);
    });
  }

  async close(): Promise<void> {
    const workers = [...this.#all];
    this.#all.clear();
    this.#idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  #spawn(): Worker {
    const worker = new Worker(this.#script);
    // A worker's own error is seen as its exit (its model becomes model/crashed); an idle one is dropped.
    worker.on('error', () => {});
    worker.on('exit', () => {
      this.#all.delete(worker);
      const idle = this.#idle.indexOf(worker);
      if (idle >= 0) this.#idle.splice(idle, 1);
    });
    this.#all.add(worker);
    return worker;
  }
}
