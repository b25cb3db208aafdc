import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/github/errors.ts
function isHttpError(error) {
  return typeof error === "object" && error !== null && typeof error.status === "number" && typeof error.message === "string";
}
function hasStatus(error, status) {
  return isHttpError(error) && error.status === status;
}
var PR_CREATION_FORBIDDEN = /not permitted to create or approve pull requests/i;
function explainGitHubError(error, doing, permission) {
  if (!isHttpError(error)) return `${doing} failed: ${error instanceof Error ? error.message : String(error)}`;
  if (PR_CREATION_FORBIDDEN.test(error.message)) {
    return `${doing} failed: GitHub Actions is not permitted to create or approve pull requests in this repository. Allow it under Settings \u2192 Actions \u2192 General \u2192 Workflow permissions ("Allow GitHub Actions to create and approve pull requests"; for an organisation, first in its own Actions settings), or pass a GitHub App installation token as the \`github-token\` input.`;
  }
  if (error.status === 403 || error.status === 401) {
    return `${doing} failed (HTTP ${error.status}: ${error.message}). The token lacks the \`${permission}\` permission: add \`${permission}\` to the workflow's \`permissions:\` block (see examples/workflows/modelwatch.yml), or pass a token that has it as the \`github-token\` input.`;
  }
  if (error.status === 404) {
    return `${doing} failed (HTTP 404: ${error.message}). The repository or branch was not found, or the token cannot see it (\`${permission}\`).`;
  }
  return `${doing} failed (HTTP ${error.status}: ${error.message}).`;
}
var SinkError = class extends Error {
  name = "SinkError";
};
async function attempt(doing, permission, step) {
  try {
    return await step();
  } catch (error) {
    if (error instanceof SinkError) throw error;
    throw new SinkError(explainGitHubError(error, doing, permission), { cause: error });
  }
}

export {
  isHttpError,
  hasStatus,
  explainGitHubError,
  SinkError,
  attempt
};
