/**
 * `modelwatch init`, step 3: the policy as YAML, with the schema comment on top and a comment
 * on each proposed check saying where its thresholds come from (the `yaml` package's Document
 * API, so comments sit on their nodes). Pure.
 */
import { Document, isMap, isSeq, type Node, type YAMLMap, type YAMLSeq } from 'yaml';
import type { ProposedCheck } from './propose.js';

export interface RenderInput {
  /** The policy without its checks, as plain data. */
  readonly policy: Record<string, unknown>;
  readonly checks: readonly ProposedCheck[];
  /** What `$schema=` names: a relative path or the schema's $id. */
  readonly schema: string;
  /** Lines under the schema comment. */
  readonly header: readonly string[];
  /** Comments on keys of the top-level `columns` map (key → comment). */
  readonly columnComments?: Readonly<Record<string, string>>;
}

export function renderPolicy(input: RenderInput): string {
  const doc = new Document({ ...input.policy, checks: input.checks.map((c) => c.raw) });
  doc.commentBefore = [` yaml-language-server: $schema=${input.schema}`, '', ...input.header].map((l) => (l === '' ? '' : l.startsWith(' ') ? l : ` ${l}`)).join('\n');
  const checks = doc.get('checks', true);
  if (isSeq(checks)) {
    checks.items.forEach((item, i) => {
      const node = item as Node;
      node.commentBefore = ` ${input.checks[i]!.comment}`;
      if (isMap(node)) flowChildren(node);
    });
  }
  const data = doc.get('data', true);
  if (isMap(data)) flowChildren(data);
  const columns = doc.get('columns', true);
  if (isMap(columns)) {
    for (const pair of columns.items) {
      const value = pair.value as Node | null;
      if (isSeq(value)) value.flow = true;
      if (isMap(value)) for (const inner of value.items) if (isSeq(inner.value)) (inner.value as YAMLSeq).flow = true;
      const key = String((pair.key as { value?: unknown }).value ?? pair.key);
      const comment = input.columnComments?.[key];
      if (comment !== undefined && value !== null && typeof value === 'object') value.comment = ` ${comment}`;
    }
  }
  return doc.toString({ lineWidth: 0 });
}

/** Maps and lists below the top keys of `map` print on one line (`warn: { gt: 0.05 }`). */
function flowChildren(map: YAMLMap): void {
  for (const pair of map.items) {
    const value = pair.value as Node | null;
    if (isMap(value) || isSeq(value)) value.flow = true;
  }
}
