/** Walking the policy schema in tests. */
export type Node = Record<string, unknown>;

/** Every property schema under `properties`, at every depth, with its JSON pointer. */
export function properties(node: unknown, pointer = '#'): [string, Node][] {
  if (typeof node !== 'object' || node === null) return [];
  const out: [string, Node][] = [];
  for (const [key, value] of Object.entries(node as Node)) {
    const here = `${pointer}/${key}`;
    if (key === 'properties' && typeof value === 'object' && value !== null) {
      for (const [name, prop] of Object.entries(value as Node)) out.push([`${here}/${name}`, prop as Node]);
    }
    out.push(...properties(value, here));
  }
  return out;
}
