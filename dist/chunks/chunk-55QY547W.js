import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);

// src/policy/identity.ts
var RETRAIN_BRANCH_PREFIX = "modelwatch/retrain/";
var LITERAL = /[A-Za-z0-9_-]/;
var HEX2 = /^[0-9A-F]{2}$/;
var HEX4 = /^[0-9A-F]{4}$/;
function escaped(unit) {
  const hex = unit.toString(16).toUpperCase();
  return unit <= 255 ? `=${hex.padStart(2, "0")}` : `=u${hex.padStart(4, "0")}`;
}
function refComponent(name) {
  if (name === "") return "=";
  let out = "";
  for (let i = 0; i < name.length; i++) {
    const c = name[i] ?? "";
    if (LITERAL.test(c)) out += c;
    else if (c === "." && i > 0 && !out.endsWith(".") && i < name.length - 1 && name.slice(i + 1).toLowerCase() !== "lock") out += c;
    else out += escaped(name.charCodeAt(i));
  }
  return out;
}
function modelName(component) {
  if (component === "=") return "";
  let out = "";
  for (let i = 0; i < component.length; ) {
    const c = component[i] ?? "";
    if (c !== "=") {
      out += c;
      i++;
      continue;
    }
    const wide = component[i + 1] === "u";
    const hex = wide ? component.slice(i + 2, i + 6) : component.slice(i + 1, i + 3);
    if (!(wide ? HEX4 : HEX2).test(hex)) return null;
    out += String.fromCharCode(Number.parseInt(hex, 16));
    i += wide ? 6 : 3;
  }
  return refComponent(out) === component ? out : null;
}
function retrainBranch(model) {
  return `${RETRAIN_BRANCH_PREFIX}${refComponent(model)}`;
}
function modelOfRetrainBranch(branch) {
  return branch.startsWith(RETRAIN_BRANCH_PREFIX) ? modelName(branch.slice(RETRAIN_BRANCH_PREFIX.length)) : null;
}
function identityKeys(policy) {
  const name = policy.model.name;
  const keys = [
    { key: `branch\0${retrainBranch(name)}`, what: `the retraining branch ${retrainBranch(name)}`, pointer: "/model/name" },
    // The incident issue is found by a marker that encodes the name injectively (github/incident.ts).
    { key: `issue\0${name}`, what: `the incident issue of model "${name}"`, pointer: "/model/name" }
  ];
  const request = policy.retraining?.pull_request;
  if (request !== void 0) {
    const path = request.path.replace(/^(\.\/)+/, "").replace(/\/{2,}/g, "/");
    const base = request.base ?? "";
    keys.push({
      key: `request\0${base}\0${path}`,
      what: `the retrain request file ${path} on ${request.base === void 0 ? "the default branch" : `branch ${request.base}`}`,
      pointer: "/retraining/pull_request/path"
    });
  }
  return keys;
}

export {
  retrainBranch,
  modelOfRetrainBranch,
  identityKeys
};
