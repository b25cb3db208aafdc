/**
 * Normalises `data`: sources become absolute paths (globs kept) resolved against the policy's
 * folder, confined to the repository root unless `allow_outside_root: true` (the reader checks,
 * symlinks resolved: src/data/files.ts), with their size caps when given; labels take their
 * join and label columns from columns.id / columns.target when not given; window and delay
 * are parsed; sampling defaults its seed to 0.
 */
import path from 'node:path';
import type { NormaliseContext } from './context.js';
import type { RawLabels, RawPolicy, RawSource } from './raw.js';
import type { DataSpec, LabelsSpec, SourceSpec } from './types.js';

export function normaliseSource(raw: RawSource, ctx: Pick<NormaliseContext, 'dir' | 'root'>): SourceSpec {
  const files = typeof raw.file === 'string' ? [raw.file] : raw.file;
  // path.resolve leaves glob characters alone, so `data/*.csv` stays a glob, now absolute.
  const paths = files.map((file) => path.resolve(ctx.dir, file));
  return {
    kind: 'file',
    paths,
    ...(raw.format === undefined ? {} : { format: raw.format }),
    ...(raw.delimiter === undefined ? {} : { delimiter: raw.delimiter }),
    ...(raw.allow_outside_root === true ? {} : { root: ctx.root }),
    ...(raw.max_bytes === undefined ? {} : { max_bytes: raw.max_bytes }),
    ...(raw.max_gzip_ratio === undefined ? {} : { max_gzip_ratio: raw.max_gzip_ratio }),
  };
}

function normaliseLabels(raw: RawLabels, ctx: NormaliseContext): LabelsSpec {
  const join = raw.join ?? ctx.columns.id;
  const column = raw.column ?? ctx.columns.target;
  if (join === undefined) ctx.error('/data/labels', 'policy/conflict', '"labels" needs "join" (the id column shared with predictions) because columns.id is not set');
  if (column === undefined) ctx.error('/data/labels', 'policy/conflict', '"labels" needs "column" (the label column) because columns.target is not set');
  const labels: { -readonly [K in keyof LabelsSpec]: LabelsSpec[K] } = {
    source: normaliseSource(raw, ctx),
    join: join ?? '',
    column: column ?? '',
  };
  if (raw.delay !== undefined) labels.delay = ctx.duration(raw.delay, '/data/labels/delay');
  return labels;
}

export function normaliseData(raw: RawPolicy['data'], ctx: NormaliseContext): DataSpec {
  const out: { -readonly [K in keyof DataSpec]: DataSpec[K] } = { current: normaliseSource(raw.current, ctx) };
  if (raw.reference !== undefined) out.reference = normaliseSource(raw.reference, ctx);
  if (raw.labels !== undefined) out.labels = normaliseLabels(raw.labels, ctx);
  if (raw.window !== undefined) {
    out.window = ctx.duration(raw.window, '/data/window', 'positive');
    if (ctx.columns.timestamp === undefined) ctx.error('/data/window', 'policy/conflict', '"window" selects rows by time and needs columns.timestamp', 'key');
  }
  if (raw.sample !== undefined) out.sample = { max_rows: raw.sample.max_rows, seed: raw.sample.seed ?? 0 };
  for (const [key, source] of [['current', raw.current], ['reference', raw.reference], ['labels', raw.labels]] as const) {
    if (source?.delimiter !== undefined && source.format !== undefined && source.format !== 'csv') {
      ctx.error(`/data/${key}/delimiter`, 'policy/conflict', `"delimiter" applies to CSV files, and this source's format is ${source.format}`, 'key');
    }
  }
  return out;
}
