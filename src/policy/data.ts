/**
 * Normalises `data`: each source by its kind (sources.ts); labels take their join and label
 * columns from columns.id / columns.target when not given; window and delay are parsed;
 * sampling defaults its seed to 0.
 */
import type { NormaliseContext } from './context.js';
import type { RawLabels, RawPolicy } from './raw.js';
import { normaliseSource } from './sources.js';
import type { DataSpec, LabelsSpec } from './types.js';

function normaliseLabels(raw: RawLabels, ctx: NormaliseContext, hasWindow: boolean): LabelsSpec {
  const join = raw.join ?? ctx.columns.id;
  const column = raw.column ?? ctx.columns.target;
  if (join === undefined) ctx.error('/data/labels', 'policy/conflict', '"labels" needs "join" (the id column shared with predictions) because columns.id is not set');
  if (column === undefined) ctx.error('/data/labels', 'policy/conflict', '"labels" needs "column" (the label column) because columns.target is not set');
  const labels: { -readonly [K in keyof LabelsSpec]: LabelsSpec[K] } = {
    source: normaliseSource(raw, '/data/labels', ctx, hasWindow),
    join: join ?? '',
    column: column ?? '',
  };
  if (raw.delay !== undefined) labels.delay = ctx.duration(raw.delay, '/data/labels/delay');
  return labels;
}

export function normaliseData(raw: RawPolicy['data'], ctx: NormaliseContext): DataSpec {
  const hasWindow = raw.window !== undefined;
  const out: { -readonly [K in keyof DataSpec]: DataSpec[K] } = { current: normaliseSource(raw.current, '/data/current', ctx, hasWindow) };
  if (raw.reference !== undefined) out.reference = normaliseSource(raw.reference, '/data/reference', ctx, hasWindow);
  if (raw.labels !== undefined) out.labels = normaliseLabels(raw.labels, ctx, hasWindow);
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
