import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import "./chunk-FQDB3IQE.js";

// src/github/artifact.ts
function artifactServiceAvailable(env = process.env) {
  return Boolean(env["ACTIONS_RUNTIME_TOKEN"] && env["ACTIONS_RESULTS_URL"]);
}
var ActionsArtifactUploader = class {
  async upload(name, files, rootDirectory, retentionDays) {
    const { DefaultArtifactClient } = await import("./artifact-2Z2D73YT.js");
    const client = new DefaultArtifactClient();
    const response = await client.uploadArtifact(name, [...files], rootDirectory, retentionDays === void 0 ? {} : { retentionDays });
    return { id: response.id ?? null };
  }
};
export {
  ActionsArtifactUploader,
  artifactServiceAvailable
};
