/**
 * A look at rendered HTML through a spec-compliant parser (parse5), for the escaping tests:
 * which elements and attributes exist, which comments, and the text a reader sees.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';

type Node = DefaultTreeAdapterTypes.Node;

export interface Dom {
  /** Every element, in document order, with its attributes. */
  readonly elements: readonly { readonly tag: string; readonly attrs: Readonly<Record<string, string>>; readonly node: Node }[];
  readonly comments: readonly string[];
  /** All text, with whitespace runs collapsed to one space. */
  readonly text: string;
}

function children(node: Node): readonly Node[] {
  return 'childNodes' in node ? node.childNodes : [];
}

export function textOf(node: Node): string {
  if (node.nodeName === '#text' && 'value' in node) return node.value;
  return children(node).map(textOf).join('');
}

export function inspect(html: string): Dom {
  const elements: { tag: string; attrs: Record<string, string>; node: Node }[] = [];
  const comments: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === '#comment' && 'data' in node) comments.push(node.data);
    if ('tagName' in node) elements.push({ tag: node.tagName, attrs: Object.fromEntries(node.attrs.map((a) => [a.name, a.value])), node });
    for (const child of children(node)) walk(child);
  };
  const doc = parse(html);
  walk(doc);
  return { elements, comments, text: textOf(doc).replace(/\s+/g, ' ') };
}

/** The cells of each row of each table: `tables[t][r]` is the number of cells in row r. */
export function tableShapes(dom: Dom): number[][] {
  return dom.elements
    .filter((e) => e.tag === 'table')
    .map((t) => {
      const rows: number[] = [];
      const walk = (node: Node): void => {
        if ('tagName' in node && node.tagName === 'tr') rows.push(children(node).filter((c) => c.nodeName === 'td' || c.nodeName === 'th').length);
        else for (const child of children(node)) walk(child);
      };
      walk(t.node);
      return rows;
    });
}
