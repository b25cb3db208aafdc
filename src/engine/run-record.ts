/**
 * The audit record of one model's run (state/record.ts): what the state store keeps. Where the
 * data came from is kept as fingerprints, never as data: a file source's SHA-256 over its files'
 * names and bytes (read again, in a stream, only when a state store is in use), a query's text,
 * an HTTP URL's origin and path, a command's arguments, each hashed after the run's secrets are
 * masked. The policy is named by its path and its git blob SHA-1 (`git hash-object`), so an
 * auditor can find the exact policy in the repository's history. O(bytes of file sources).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { sourceFiles } from '../data/files.js';
import type { Policy, SourceSpec } from '../policy/types.js';
import type { CheckRecord, RunRecord, SourceFingerprint } from '../state/record.js';
import type { ModelReport } from './report.js';

export interface RunIdentity {
  readonly id: string;
  readonly attempt: number | null;
  readonly url: string | null;
}

/** What `git hash-object` prints for these bytes. */
export function gitBlobSha(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

function sha256(text: string): string {
  return `sha256:${createHash('sha256').update(text).digest('hex')}`;
}

async function fileDigest(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

async function fingerprintOf(spec: SourceSpec, mask: (text: string) => string): Promise<string> {
  switch (spec.kind) {
    case 'file': {
      const files = await sourceFiles(spec);
      const lines: string[] = [];
      for (const file of files) lines.push(`${file.path.split('/').pop() ?? ''}\0${await fileDigest(file.path)}`);
      return sha256(lines.join('\n'));
    }
    case 'postgres':
      return sha256(mask(JSON.stringify({ table: spec.table ?? null, where: spec.where ?? null, query: spec.query ?? null })));
    case 'http': {
      const url = URL.canParse(spec.url) ? new URL(spec.url) : null;
      return sha256(mask(url === null ? spec.url : `${url.origin}${url.pathname}`));
    }
    case 'command':
      return sha256(mask(JSON.stringify(spec.argv)));
    case 'profile':
      return fileDigest(spec.path);
  }
}

/** Fingerprints of the model's sources; a source that cannot be fingerprinted is left out (its read failed already). */
async function fingerprints(policy: Policy, mask: (text: string) => string): Promise<SourceFingerprint[]> {
  const roles: [SourceFingerprint['role'], SourceSpec | undefined][] = [
    ['reference', policy.data.reference],
    ['current', policy.data.current],
    ['labels', policy.data.labels?.source],
  ];
  const out: SourceFingerprint[] = [];
  for (const [role, spec] of roles) {
    if (spec === undefined) continue;
    try {
      out.push({ role, kind: spec.kind, fingerprint: await fingerprintOf(spec, mask) });
    } catch {
      // The model's report already says why the source could not be read.
    }
  }
  return out;
}

export async function buildRunRecord(input: {
  readonly model: ModelReport;
  readonly policy: Policy;
  readonly checks: readonly CheckRecord[];
  readonly run: RunIdentity;
  readonly at: string;
  readonly mask: (text: string) => string;
}): Promise<RunRecord> {
  const { model, policy } = input;
  const bytes = await readFile(policy.file).catch(() => Buffer.alloc(0));
  return {
    v: 1,
    model: model.name,
    run: input.run,
    at: input.at,
    tool_version: __MODELWATCH_VERSION__,
    policy: { path: model.policy, blob_sha: gitBlobSha(bytes) },
    window: { start: model.window.start, end: model.window.end },
    rows: { reference: model.rows.reference, current: model.rows.current },
    sources: await fingerprints(policy, input.mask),
    status: model.status,
    checks: input.checks,
  };
}
