import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import "./chunk-FQDB3IQE.js";

// src/github/context.ts
function readRunContext(env = process.env) {
  const repository = env["GITHUB_REPOSITORY"] ?? "";
  const match = /^([^/\s]+)\/([^/\s]+)$/.exec(repository);
  if (match === null) {
    throw new Error(`GITHUB_REPOSITORY must be "owner/repo", got ${JSON.stringify(repository)}`);
  }
  const [, owner = "", repo = ""] = match;
  const serverUrl = (env["GITHUB_SERVER_URL"] || "https://github.com").replace(/\/+$/, "");
  const apiUrl = (env["GITHUB_API_URL"] || "https://api.github.com").replace(/\/+$/, "");
  const runId = env["GITHUB_RUN_ID"] || null;
  const attempt = env["GITHUB_RUN_ATTEMPT"];
  const runUrl = runId === null ? null : `${serverUrl}/${owner}/${repo}/actions/runs/${runId}${attempt && attempt !== "1" ? `/attempts/${attempt}` : ""}`;
  return { owner, repo, apiUrl, serverUrl, runId, sha: env["GITHUB_SHA"] || null, runUrl };
}
export {
  readRunContext
};
