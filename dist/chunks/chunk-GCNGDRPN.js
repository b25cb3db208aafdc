import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/github/sink.ts
function createSink(octokit, run, options) {
  return { octokit, run, dryRun: options.dryRun, log: options.log, writes: [], knownLabels: /* @__PURE__ */ new Set() };
}
async function write(sink, what, preview, perform) {
  if (sink.dryRun) {
    sink.writes.push({ what, performed: false });
    sink.log(`[dry-run] would ${what}`);
    if (preview !== null && preview !== "") sink.log(preview.replace(/^/gm, "    | "));
    return null;
  }
  sink.log(what);
  const result = await perform();
  sink.writes.push({ what, performed: true });
  return result;
}

export {
  createSink,
  write
};
