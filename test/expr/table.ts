/** Small in-memory tables for expression tests: numbers (null = missing) or strings (null = missing). */
import { Table, type Column } from '../../src/data/table.js';

export function tableOf(columns: Record<string, readonly (number | string | null)[]>): Table {
  const cols: Column[] = [];
  let rows = 0;
  for (const [name, values] of Object.entries(columns)) {
    rows = values.length;
    if (values.some((v) => typeof v === 'string')) {
      const dictionary: string[] = [];
      const codes = Int32Array.from(values, (v) => {
        if (v === null) return -1;
        const text = String(v);
        let code = dictionary.indexOf(text);
        if (code < 0) code = dictionary.push(text) - 1;
        return code;
      });
      cols.push({ kind: 'categorical', name, codes, dictionary });
    } else {
      cols.push({ kind: 'numeric', name, values: Float64Array.from(values, (v) => (v === null ? Number.NaN : Number(v))) });
    }
  }
  return new Table(rows, cols, 'test');
}
