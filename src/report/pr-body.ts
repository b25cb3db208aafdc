/**
 * The retraining pull request's title and body: why retraining is requested (the failing
 * checks with their values and thresholds, and the evidence), the data window, the policy at
 * its commit, the run, and the open incident. Pure; every value from data is escaped, and the
 * only mentions are the policy's owners. Stays within GitHub's 65,536-character body limit.
 */
import type { CheckReport, ModelReport } from '../engine/report.js';
import { escapeMarkdown } from './escape.js';
import { code, fitSections, link, mention, utf16Chars } from './github-markdown.js';
import { checksTable, evidence, ISSUE_BODY_LIMIT, windowText, type RunLink } from './issue-body.js';
import { checksTitle } from './title.js';

export interface PrBodyInput {
  readonly model: ModelReport;
  /** The checks named by `retraining.when` that are failing. */
  readonly failing: readonly CheckReport[];
  /** `2 consecutive runs`, `6h`: how long the condition has held, in the policy's terms. */
  readonly heldFor: string;
  /** Repository path of the retrain request file. */
  readonly requestPath: string;
  readonly policyUrl: string | null;
  readonly run: RunLink | null;
  readonly incident: number | null;
}

export function prTitle(model: ModelReport, failing: readonly CheckReport[]): string {
  return checksTitle(`Retrain ${model.name}`, failing.map((c) => c.id), 'failing');
}

export function renderPrBody(input: PrBodyInput): string {
  const { model } = input;
  const head: string[] = [];
  head.push(`## Retraining requested for ${escapeMarkdown(model.name)}`);
  head.push(
    `modelwatch requests retraining because ${input.failing.map((c) => code(c.id)).join(', ')} ${input.failing.length === 1 ? 'has' : 'have'} been failing for ${escapeMarkdown(input.heldFor)}, as the policy's \`retraining.when\` asks. ` +
      `This pull request writes the retrain request ${code(input.requestPath)}; merging it is the go-ahead for the training pipeline that reads it.`,
  );
  const facts: string[] = [];
  facts.push(`- **Model:** ${escapeMarkdown(model.name)}${model.version === null ? '' : ` version ${escapeMarkdown(model.version)}`}`);
  facts.push(`- **Data window:** ${windowText(model)}`);
  facts.push(`- **Policy:** ${input.policyUrl === null ? code(model.policy) : link(model.policy, input.policyUrl)}`);
  if (input.run !== null) facts.push(`- **Run:** ${link(`run ${input.run.id}`, input.run.url)}`);
  if (input.incident !== null) facts.push(`- **Incident:** #${input.incident}`);
  if (model.owners.length > 0) facts.push(`- **Owners:** ${model.owners.map(mention).join(' ')}`);
  head.push(facts.join('\n'));
  head.push('### Failing checks');
  head.push(checksTable(input.failing));
  const sections = input.failing.map(evidence).filter((s) => s !== '');
  const tail = ['<sub>Opened by modelwatch. Re-running the monitor updates this pull request; it never opens a second one.</sub>'];
  return fitSections({ head, sections, tail }, ISSUE_BODY_LIMIT, utf16Chars, (n) =>
    `_${n} evidence section(s) left out to stay within GitHub's size limit; the full report is in the run's artifact._`,
  );
}
