/**
 * Worker-thread entry (dist/drift-worker.js): compares the numeric columns it is sent with
 * `compareNumeric` (checks/drift-measure.ts) in place in the transferred buffers — keys arrive
 * placed by keysWithRoom and are sorted and decoded within them; doubles are sorted with a
 * scratch buffer of their own — and answers each message with its id, its result and the
 * buffers for the next pair. See drift-workers.ts.
 */
import { parentPort } from 'node:worker_threads';
import { compareNumeric, type NumericData, type PairRequest, type PairResult, Scratch } from '../checks/drift-measure.js';

export interface CompareTask {
  readonly id: number;
  readonly reference: NumericData;
  readonly current: NumericData;
  readonly request: PairRequest;
}

/** The answer, with the task's two buffers handed back for the next task to reuse. */
export type CompareReply = ({ readonly id: number; readonly result: PairResult } | { readonly id: number; readonly error: string }) & {
  readonly buffers: readonly [ArrayBuffer, ArrayBuffer];
};

const port = parentPort;
const scratch = new Scratch();
port?.on('message', (task: CompareTask) => {
  const buffers = [task.reference.buffer as ArrayBuffer, task.current.buffer as ArrayBuffer] as const;
  let reply: CompareReply;
  try {
    reply = { id: task.id, result: compareNumeric(task.reference, task.current, task.request, scratch, true), buffers };
  } catch (cause) {
    reply = { id: task.id, error: cause instanceof Error ? cause.message : String(cause), buffers };
  }
  port.postMessage(reply, [...buffers]);
});
