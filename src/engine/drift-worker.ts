/**
 * Worker-thread entry (dist/drift-worker.js): compares the numeric columns it is sent with
 * `compareNumeric` (checks/drift-measure.ts), preparing them in place in the transferred
 * buffers, and answers each message with its id and result. See drift-workers.ts.
 */
import { parentPort } from 'node:worker_threads';
import { compareNumeric, type PairRequest, type PairResult } from '../checks/drift-measure.js';

export interface CompareTask {
  readonly id: number;
  readonly reference: Float64Array;
  readonly current: Float64Array;
  readonly request: PairRequest;
}

/** The answer, with the task's two buffers handed back for the next task to reuse. */
export type CompareReply = ({ readonly id: number; readonly result: PairResult } | { readonly id: number; readonly error: string }) & {
  readonly buffers: readonly [ArrayBuffer, ArrayBuffer];
};

const port = parentPort;
port?.on('message', (task: CompareTask) => {
  const buffers = [task.reference.buffer as ArrayBuffer, task.current.buffer as ArrayBuffer] as const;
  let reply: CompareReply;
  try {
    reply = { id: task.id, result: compareNumeric(task.reference, task.current, task.request, task), buffers };
  } catch (cause) {
    reply = { id: task.id, error: cause instanceof Error ? cause.message : String(cause), buffers };
  }
  port.postMessage(reply, [...buffers]);
});
