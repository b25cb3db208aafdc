/**
 * What a model is known by outside its policy: the retraining branch, the incident issue, and
 * the retrain request file its pull requests write. Two policies that shared one of these would
 * overwrite each other's requests or close each other's incidents, so the loader refuses the
 * second (`policy/shared-identity`, engine/run.ts). Pure.
 *
 * Branch names are an injective function of the model name into valid git refs
 * (`git check-ref-format`): a name that is already a safe ref component is kept as it is
 * (`churn`, `income.v2`), and any character that could make the ref invalid or two names
 * equal is written as `=XX` (`=uXXXX` above U+00FF), with `=` itself as `=3D`, as
 * quoted-printable does. Decoding reverses it exactly (`modelName`), which is the proof of
 * injectivity the tests check: `a.b` → `a.b`, `a..b` → `a.=2Eb`, `model.` → `model=2E`,
 * `a.lock` → `a=2Elock`.
 */
import type { Policy } from './types.js';

export const RETRAIN_BRANCH_PREFIX = 'modelwatch/retrain/';

const LITERAL = /[A-Za-z0-9_-]/;
const HEX2 = /^[0-9A-F]{2}$/;
const HEX4 = /^[0-9A-F]{4}$/;

function escaped(unit: number): string {
  const hex = unit.toString(16).toUpperCase();
  return unit <= 0xff ? `=${hex.padStart(2, '0')}` : `=u${hex.padStart(4, '0')}`;
}

/**
 * One git ref component for `name`, readable when the name is safe. A `.` stays literal unless
 * it would start the component, follow another `.`, end it, or begin a final `.lock` (any case:
 * a case-insensitive file system holds `A.LOCK` and `a.lock` as one file). Everything but
 * ASCII letters, digits, `_` and `-` is escaped; the empty name is `=`. O(n) in UTF-16 units,
 * so lone surrogates are kept apart too.
 */
export function refComponent(name: string): string {
  if (name === '') return '=';
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name[i] ?? '';
    if (LITERAL.test(c)) out += c;
    else if (c === '.' && i > 0 && !out.endsWith('.') && i < name.length - 1 && name.slice(i + 1).toLowerCase() !== 'lock') out += c;
    else out += escaped(name.charCodeAt(i));
  }
  return out;
}

/** The model name `component` encodes, or null when it is not an output of `refComponent`. */
export function modelName(component: string): string | null {
  if (component === '=') return '';
  let out = '';
  for (let i = 0; i < component.length; ) {
    const c = component[i] ?? '';
    if (c !== '=') {
      out += c;
      i++;
      continue;
    }
    const wide = component[i + 1] === 'u';
    const hex = wide ? component.slice(i + 2, i + 6) : component.slice(i + 1, i + 3);
    if (!(wide ? HEX4 : HEX2).test(hex)) return null;
    out += String.fromCharCode(Number.parseInt(hex, 16));
    i += wide ? 6 : 3;
  }
  return refComponent(out) === component ? out : null;
}

/** The branch a model's retraining pull request lives on. */
export function retrainBranch(model: string): string {
  return `${RETRAIN_BRANCH_PREFIX}${refComponent(model)}`;
}

/** The model whose retraining branch `branch` is, or null for any other branch. */
export function modelOfRetrainBranch(branch: string): string | null {
  return branch.startsWith(RETRAIN_BRANCH_PREFIX) ? modelName(branch.slice(RETRAIN_BRANCH_PREFIX.length)) : null;
}

export interface IdentityKey {
  /** Equal keys mean the same thing outside the policy. */
  readonly key: string;
  /** What it is, for the error message. */
  readonly what: string;
  /** The JSON pointer of the policy value it comes from. */
  readonly pointer: string;
}

/** Everything outside the policy that belongs to its model alone. */
export function identityKeys(policy: Policy): IdentityKey[] {
  const name = policy.model.name;
  const keys: IdentityKey[] = [
    { key: `branch\u0000${retrainBranch(name)}`, what: `the retraining branch ${retrainBranch(name)}`, pointer: '/model/name' },
    // The incident issue is found by a marker that encodes the name injectively (github/incident.ts).
    { key: `issue\u0000${name}`, what: `the incident issue of model "${name}"`, pointer: '/model/name' },
  ];
  const request = policy.retraining?.pull_request;
  if (request !== undefined) {
    const path = request.path.replace(/^(\.\/)+/, '').replace(/\/{2,}/g, '/');
    const base = request.base ?? '';
    keys.push({
      key: `request\u0000${base}\u0000${path}`,
      what: `the retrain request file ${path} on ${request.base === undefined ? 'the default branch' : `branch ${request.base}`}`,
      pointer: '/retraining/pull_request/path',
    });
  }
  return keys;
}
