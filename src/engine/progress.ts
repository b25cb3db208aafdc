/**
 * What a run is doing, as events for a progress display (the CLI's line on a terminal,
 * src/cli-progress.ts). The engine only emits them; it never prints. Names and files come from
 * policies and are escaped by whoever shows them.
 */
export type ProgressEvent =
  | { readonly kind: 'loaded'; readonly models: number }
  | { readonly kind: 'model'; readonly index: number; readonly models: number; readonly name: string; readonly file: string }
  | { readonly kind: 'read'; readonly name: string; readonly rows: { readonly reference: number | null; readonly current: number } }
  | { readonly kind: 'check'; readonly name: string; readonly done: number; readonly checks: number }
  | { readonly kind: 'model-done'; readonly index: number; readonly models: number; readonly name: string; readonly ms: number };

export type ProgressListener = (event: ProgressEvent) => void;
