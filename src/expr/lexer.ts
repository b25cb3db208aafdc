/**
 * The tokenizer of the expression language. It reads the whole text once (O(length)) and stops
 * at the first character that is not part of the language, turning it into an `error` token so
 * that the parser reports errors in reading order. Characters that would mean something in
 * JavaScript (`.`, `=`, `${`, `;`, `{`) get a message saying why they are refused.
 */

export type Token =
  | { readonly kind: 'number'; readonly value: number; readonly start: number; readonly end: number }
  | { readonly kind: 'string'; readonly value: string; readonly start: number; readonly end: number }
  /** `quoted` = written in backticks: always a column name, never a keyword or function. */
  | { readonly kind: 'name'; readonly value: string; readonly quoted: boolean; readonly start: number; readonly end: number }
  | { readonly kind: 'op'; readonly value: string; readonly start: number; readonly end: number }
  | { readonly kind: 'error'; readonly message: string; readonly start: number; readonly end: number }
  | { readonly kind: 'end'; readonly start: number; readonly end: number };

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '<', '>', '+', '-', '*', '/', '%', '!', '(', ')', '[', ']', ',', ':'];

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isNameStart = (c: string | undefined): boolean =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c === '_');
const isNamePart = (c: string | undefined): boolean => isNameStart(c) || isDigit(c);

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['\\', '\\'],
  ['"', '"'],
  ["'", "'"],
  ['n', '\n'],
  ['t', '\t'],
]);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (message: string, start: number): Token[] => {
    tokens.push({ kind: 'error', message, start, end: start + 1 });
    return tokens;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || (c === '.' && isDigit(text[i + 1]))) {
      while (isDigit(text[i])) i++;
      if (text[i] === '.' && isDigit(text[i + 1])) for (i++; isDigit(text[i]); ) i++;
      if ((text[i] === 'e' || text[i] === 'E') && (isDigit(text[i + 1]) || ((text[i + 1] === '+' || text[i + 1] === '-') && isDigit(text[i + 2])))) {
        for (i += 2; isDigit(text[i]); ) i++;
      }
      const value = Number(text.slice(start, i));
      if (!Number.isFinite(value)) return fail(`the number ${text.slice(start, i)} is too large`, start);
      if (isNameStart(text[i]) || text[i] === '.') return fail(`unexpected "${text[i]}" after the number ${text.slice(start, i)}`, i);
      tokens.push({ kind: 'number', value, start, end: i });
      continue;
    }
    if (isNameStart(c)) {
      while (isNamePart(text[i])) i++;
      tokens.push({ kind: 'name', value: text.slice(start, i), quoted: false, start, end: i });
      continue;
    }
    if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close < 0) return fail('unterminated column name: a backtick-quoted name needs a closing `', start);
      const name = text.slice(i + 1, close);
      if (name.includes('${')) return fail('template literals are not part of the language: backticks only quote a column name', start);
      if (name.length === 0) return fail('empty column name ``', start);
      if (name.includes('\n')) return fail('a quoted column name cannot span lines', start);
      i = close + 1;
      tokens.push({ kind: 'name', value: name, quoted: true, start, end: i });
      continue;
    }
    if (c === '"' || c === "'") {
      let value = '';
      for (i++; ; ) {
        const d = text[i];
        if (d === undefined || d === '\n') return fail(`unterminated string: add the closing ${c}`, start);
        if (d === c) break;
        if (d === '\\') {
          const escaped = ESCAPES.get(text[i + 1] ?? '');
          if (escaped === undefined) return fail(`unknown escape \\${text[i + 1] ?? ''} in a string (known: \\\\ \\" \\' \\n \\t)`, i);
          value += escaped;
          i += 2;
          continue;
        }
        value += d;
        i++;
      }
      i++;
      tokens.push({ kind: 'string', value, start, end: i });
      continue;
    }
    if (c === '=' && text[i + 1] !== '=') return fail('assignment ("=") is not allowed; to compare, write "=="', start);
    if ((c === '=' || c === '!') && text[i + 1] === '=' && text[i + 2] === '=') {
      return fail(`"${c}==" is JavaScript; write "${c}="`, start);
    }
    if (c === '.') return fail('member access (".") is not allowed: name columns directly, and quote names with dots in backticks, e.g. `a.b`', start);
    if ((c === '&' || c === '|') && text[i + 1] !== c) return fail(`"${c}" alone is not an operator; write "${c}${c}" or "${c === '&' ? 'and' : 'or'}"`, start);
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op === undefined) return fail(`unexpected character "${c}"`, start);
    i += op.length;
    tokens.push({ kind: 'op', value: op, start, end: i });
  }
  tokens.push({ kind: 'end', start: text.length, end: text.length });
  return tokens;
}
