/**
 * The repository a policy belongs to, which its data paths must stay inside: the nearest folder
 * at or above the policy's folder that holds `.git` (a folder, or a file in a worktree or
 * submodule). Outside any repository (decision): the working directory when the policy lies
 * inside it (`cd project && modelwatch check monitors`), else the policy's own folder, so that
 * `modelwatch check /tmp/x/p.yaml` reads /tmp/x/data.csv but never /proc or ~/.ssh. `--root`
 * (CLI) and GITHUB_WORKSPACE (Action) name the root explicitly instead. O(depth) stat calls.
 * Never throws.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';

export async function repositoryRoot(dir: string, cwd: string): Promise<string> {
  const start = path.resolve(dir);
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (await exists(path.join(folder, '.git'))) return folder;
    if (path.dirname(folder) === folder) break;
  }
  const working = path.resolve(cwd);
  const relative = path.relative(working, start);
  const insideWorking = relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
  return insideWorking ? working : start;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}
