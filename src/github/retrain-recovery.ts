/**
 * A retraining pull request whose model is healthy again. Closing or merging it stays a human
 * decision, so modelwatch only says so: once, with a comment (which notifies the reviewers) and
 * a note at the top of the PR body (what a reader of the PR sees first). The note is also the
 * memory that makes a re-run write nothing: while it is there, the PR has been told. When the
 * model fails again, the note is taken out (or the body is rendered anew when retraining is
 * due), so a later recovery is announced again.
 *
 * Healthy means what closes the incident issue (incident.ts): `pass`, `silenced` or `skipped`.
 */
import type { ModelReport } from '../engine/report.js';
import { escapeMarkdown } from '../report/escape.js';
import { statusLabel, statusSymbol } from '../report/format.js';
import { link } from '../report/github-markdown.js';
import { ISSUE_BODY_LIMIT } from '../report/issue-body.js';
import { modelIncidentAction } from './incident.js';
import { runLink } from './issues.js';
import { write, type Sink } from './sink.js';

const OPEN = '<!-- modelwatch:recovered -->';
const CLOSE = '<!-- /modelwatch:recovered -->';
const NOTE = /^<!-- modelwatch:recovered -->[\s\S]*?<!-- \/modelwatch:recovered -->\n*/;

export interface OpenRetrainPull {
  readonly number: number;
  readonly title: string;
  readonly body: string | null;
}

export function isHealthy(model: ModelReport): boolean {
  return modelIncidentAction(model) === 'close';
}

export function hasRecoveryNote(body: string | null): boolean {
  return NOTE.test(body ?? '');
}

export function withoutRecoveryNote(body: string | null): string {
  return (body ?? '').replace(NOTE, '');
}

function sentence(sink: Sink, model: ModelReport): string {
  const run = runLink(sink);
  const where = run === null ? '' : ` in ${link(`run ${run.id}`, run.url)}`;
  return (
    `${statusSymbol(model.status)} **${escapeMarkdown(model.name)} is healthy again** (status: ${statusLabel(model.status)})${where}. ` +
    'modelwatch no longer asks for this retraining; merging or closing this pull request stays your decision.'
  );
}

/** The body with the note on top, within GitHub's body limit (an old, full body is cut to make room). */
function withRecoveryNote(body: string | null, text: string): string {
  const note = `${OPEN}\n> [!NOTE]\n> ${text}\n${CLOSE}\n\n`;
  const rest = withoutRecoveryNote(body);
  const cutNote = '\n\n_(cut to make room for the note above)_';
  const fits = note.length + rest.length <= ISSUE_BODY_LIMIT;
  return fits ? note + rest : note + Array.from(rest).slice(0, ISSUE_BODY_LIMIT - note.length - cutNote.length - 2).join('') + cutNote;
}

/**
 * Says on the open PR that the model is healthy (when it is and the PR has not been told), or
 * takes the note out (when it is not healthy any more). Returns the PR's body after this run.
 */
export async function syncRecovery(sink: Sink, model: ModelReport, pull: OpenRetrainPull): Promise<{ body: string | null; announced: boolean }> {
  const { owner, repo } = sink.run;
  const noted = hasRecoveryNote(pull.body);
  if (isHealthy(model) === noted) return { body: pull.body, announced: false };
  if (noted) {
    const body = withoutRecoveryNote(pull.body);
    await write(sink, `update retraining PR #${pull.number} (${model.name} is no longer healthy: note removed)`, null, () =>
      sink.octokit.rest.pulls.update({ owner, repo, pull_number: pull.number, body }),
    );
    return { body, announced: false };
  }
  const text = sentence(sink, model);
  // The comment first: if the body update then fails, the next run says it again rather than never.
  await write(sink, `comment on retraining PR #${pull.number} (${model.name} is healthy again)`, text, () =>
    sink.octokit.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: text }),
  );
  const body = withRecoveryNote(pull.body, text);
  await write(sink, `note on retraining PR #${pull.number} that ${model.name} is healthy again`, null, () =>
    sink.octokit.rest.pulls.update({ owner, repo, pull_number: pull.number, body }),
  );
  return { body, announced: true };
}
