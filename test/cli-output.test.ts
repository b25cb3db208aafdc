/**
 * The reasons the CLI gives when the report cannot be written (src/cli-output.ts). The e2e test
 * (test/e2e/cli-errors.test.ts) meets a folder, a path through a file and /dev/full for real;
 * permission errors cannot be met by a root user, so their words are checked here.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkOutputPath, OutputError, writeOutputFile, writeProblem } from '../src/cli-output.js';

const fsError = (code: string) => Object.assign(new Error(`${code}: something, open 'x'`), { code });

describe('writeProblem', () => {
  it.each([
    ['EACCES', 'permission denied'],
    ['EPERM', 'permission denied'],
    ['EROFS', 'the file system is read-only'],
    ['ENOSPC', 'no space left on the device'],
    ['EISDIR', 'it is a folder'],
    ['ENOTDIR', 'part of the path is a file, not a folder'],
  ])('%s: %s', (code, words) => {
    expect(writeProblem(fsError(code))).toBe(words);
  });

  it('an unknown code keeps its code and the first line of the message, never a stack', () => {
    expect(writeProblem(Object.assign(new Error('EWEIRD: odd\n    at somewhere'), { code: 'EWEIRD' }))).toBe('EWEIRD: EWEIRD: odd');
  });
});

describe('checkOutputPath and writeOutputFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mw-cli-output-'));
  const file = join(dir, 'a-file');
  writeFileSync(file, 'x');

  it('refuses a folder and a path through a file as OutputError with code cli/output', async () => {
    await expect(checkOutputPath(dir)).rejects.toThrow(new OutputError(`cannot write the report to ${dir}: it is a folder`));
    await expect(checkOutputPath(join(file, 'r.json'))).rejects.toThrow(`${file} is a file, not a folder`);
    await expect(checkOutputPath(join(dir, 'new', 'r.json'))).resolves.toBeUndefined();
    expect(new OutputError('x').code).toBe('cli/output');
  });

  it('turns a failed write into an OutputError naming the path', async () => {
    await expect(writeOutputFile('/dev/full', 'report')).rejects.toThrow('cannot write the report to /dev/full: no space left on the device');
  });
});
