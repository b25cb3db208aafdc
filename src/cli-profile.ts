/**
 * `modelwatch profile POLICY` and `modelwatch profile merge PROFILES…` (src/profile/): write a
 * model's profile, or the sum of several, as deterministic JSON.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { DataError } from './data/errors.js';
import { parseIsoTimestamp } from './data/timestamp.js';
import { profileModel, ProfileUsageError } from './engine/profile-model.js';
import { loadPolicies } from './engine/run.js';
import { formatPolicyError } from './policy/format.js';
import { profileJson, readProfile } from './profile/json.js';
import { mergeProfiles } from './profile/merge.js';
import type { Profile } from './profile/types.js';
import { maskOutput } from './report/mask.js';

interface ProfileValues {
  out?: string;
  force?: boolean;
  side?: string;
  now?: string;
  bits?: string;
  top?: string;
  'joint-limit'?: string;
  root?: string;
  quiet?: boolean;
}

function whole(text: string | undefined, name: string, min: number, max: number): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new ProfileUsageError(`--${name} must be a whole number from ${min} to ${max.toLocaleString('en')}, got "${text}"`);
  return n;
}

export async function profile(positionals: readonly string[], values: ProfileValues): Promise<number> {
  if (values.force && values.out === undefined) throw new ProfileUsageError('--force needs --out (it allows replacing that file)');
  if (positionals[0] === 'merge') return merge(positionals.slice(1), values);
  if (positionals.length !== 1) throw new ProfileUsageError(positionals.length === 0 ? 'profile needs the policy file of one model' : `profile takes one policy file, got ${positionals.length} paths`);
  const side = values.side ?? 'reference';
  if (side !== 'reference' && side !== 'current') throw new ProfileUsageError(`--side must be reference or current, got "${side}"`);
  let now = new Date();
  if (values.now !== undefined) {
    const ms = parseIsoTimestamp(values.now);
    if (Number.isNaN(ms)) throw new ProfileUsageError(`--now must be an ISO 8601 date or date-time that exists, got "${values.now}"`);
    now = new Date(ms);
  }
  const options = {
    side,
    now,
    ...optional('bits', whole(values.bits, 'bits', 0, 20)),
    ...optional('top', whole(values.top, 'top', 1, 1_000_000)),
    ...optional('jointLimit', whole(values['joint-limit'], 'joint-limit', 1, 10_000_000)),
  } as const;
  const { policies, errors, secrets } = await loadPolicies([positionals[0]!], values.root === undefined ? {} : { root: values.root });
  const say = (line: string): void => void process.stderr.write(maskOutput(`${line}\n`, secrets));
  for (const error of errors) say(formatPolicyError(error));
  if (errors.length > 0) return 2;
  if (policies.length !== 1) {
    say(`modelwatch: ${positionals[0]} holds ${policies.length} policies; profile one model at a time [cli/usage]`);
    return 2;
  }
  const policy = policies[0]!;
  let made: Profile;
  try {
    made = await profileModel(policy, options);
  } catch (cause) {
    if (cause instanceof DataError) {
      say(`modelwatch: ${policy.model.name}: ${cause.message} [${cause.code}]`);
      return 2;
    }
    throw cause;
  }
  return write(made, values, say, secrets);
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

async function merge(files: readonly string[], values: ProfileValues): Promise<number> {
  const say = (line: string): void => void process.stderr.write(`${line}\n`);
  if (files.length === 0) throw new ProfileUsageError('profile merge needs the profiles to merge');
  const profiles: Profile[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (cause) {
      say(`modelwatch: cannot read ${file}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)} [profile/invalid]`);
      return 2;
    }
    const read = readProfile(text, file);
    if (!read.ok) {
      say(`modelwatch: ${read.message} [${read.code}]`);
      return 2;
    }
    profiles.push(read.value);
  }
  const merged = mergeProfiles(profiles);
  if (!merged.ok) {
    say(`modelwatch: ${merged.message} [${merged.code}]`);
    return 2;
  }
  return write(merged.value, values, say, []);
}

async function write(made: Profile, values: ProfileValues, say: (line: string) => void, secrets: readonly string[]): Promise<number> {
  const text = maskOutput(profileJson(made), secrets);
  if (values.out === undefined) {
    process.stdout.write(text);
    return 0;
  }
  try {
    await writeFile(values.out, text, { flag: values.force === true ? 'w' : 'wx' });
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    say(`modelwatch: ${code === 'EEXIST' ? `${values.out} already exists; pass --force to replace it` : `cannot write the profile to ${values.out}: ${code ?? String(cause)}`} [cli/output]`);
    return 2;
  }
  if (!values.quiet) {
    const exact = made.columns.filter((c) => c.kind !== 'numeric' || c.buckets.every((b) => b.min === b.max)).length;
    say(`wrote ${values.out}: ${made.model}, ${made.rows.toLocaleString('en')} rows, ${made.columns.length} columns (${exact} held exactly), ${Buffer.byteLength(text).toLocaleString('en')} bytes`);
  }
  return 0;
}
