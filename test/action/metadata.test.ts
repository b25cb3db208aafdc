/**
 * action.yml and the example workflows, read by GitHub's own parser for them
 * (@actions/workflow-parser, the schema the Actions runner and editor tooling use): a key the
 * runner would reject or ignore (a typo, `using: node99`, an input without a description) fails
 * here rather than on a user's first run.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { parse } from 'yaml';

const trace = new NoOperationTraceWriter();
const root = new URL('../../', import.meta.url);

function actionErrors(content: string): string[] {
  return parseAction({ name: 'action.yml', content }, trace).context.errors.getErrors().map((e) => e.message);
}

describe('the Action metadata and the example workflows, against GitHub Actions schemas', () => {
  it('action.yml has no error, runs on node24 from dist/index.js, and gives every input a description', () => {
    const text = readFileSync(new URL('action.yml', root), 'utf8');
    expect(actionErrors(text)).toEqual([]);
    const action = parse(text) as { runs: { using: string; main: string }; inputs: Record<string, { description?: string }> };
    expect(action.runs).toMatchObject({ using: 'node24', main: 'dist/index.js' });
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toMatch(/\S{3}/);
  });

  it('the parser does reject what the runner would (so the test above can fail)', () => {
    expect(actionErrors('name: x\ndescription: y\nruns:\n  using: node99\n  main: a.js\n').join('\n')).toMatch(/node99|using/);
    expect(actionErrors('name: x\ndescription: y\nrunz:\n  using: node24\n  main: a.js\n').join('\n')).toMatch(/runz/);
  });

  it('every example workflow parses without error', () => {
    const folder = new URL('examples/workflows/', root);
    const files = readdirSync(folder).filter((f) => /\.ya?ml$/.test(f));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const result = parseWorkflow({ name: file, content: readFileSync(new URL(file, folder), 'utf8') }, trace);
      expect(result.context.errors.getErrors().map((e) => e.message), file).toEqual([]);
    }
    const broken = parseWorkflow({ name: 'broken.yml', content: 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n' }, trace);
    expect(broken.context.errors.getErrors().length).toBeGreaterThan(0);
  });
});
