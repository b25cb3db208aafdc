/**
 * What a current profile needs of the reference (needs.ts, ReferenceFacts): its quantile edges
 * and range per numeric column, from the edges and range its profile stores, or computed from
 * its rows as the drift checks compute them.
 */
import type { Table } from '../data/table.js';
import { quantileEdges } from '../stats/bins.js';
import { sortFloat64 } from '../stats/sort.js';
import type { ReferenceFacts } from './needs.js';
import { profileFacts } from './table.js';

/** What a current profile needs of the reference: its quantile edges and range, from its rows or its profile. */
export function referenceFacts(reference: Table): ReferenceFacts {
  const facts = profileFacts(reference);
  const sorted = new Map<string, Float64Array | null>();
  const sortedOf = (name: string): Float64Array | null => {
    if (!sorted.has(name)) {
      const column = reference.column(name);
      if (column?.kind !== 'numeric') sorted.set(name, null);
      else sorted.set(name, sortFloat64(column.values.filter((v) => v === v)));
    }
    return sorted.get(name)!;
  };
  return {
    edges(name, bins) {
      const stored = facts?.numeric(name)?.edges?.[String(bins)];
      if (stored !== undefined) return stored;
      const values = sortedOf(name);
      return values === null || values.length === 0 ? undefined : [...quantileEdges(values, bins)];
    },
    range(name) {
      const column = facts?.numeric(name);
      if (column !== undefined) return column.min === null || column.max === null ? undefined : { min: column.min, max: column.max };
      const values = sortedOf(name);
      return values === null || values.length === 0 ? undefined : { min: values[0]!, max: values[values.length - 1]! };
    },
  };
}
