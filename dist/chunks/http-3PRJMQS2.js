import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  fillWindow,
  formatMs,
  withSpool
} from "./chunk-WZCMZ65I.js";
import "./chunk-NBPOFIC6.js";
import "./chunk-ZE4AS634.js";
import "./chunk-RUL4MJK3.js";
import "./chunk-WVZYO55Z.js";
import "./chunk-7M2XNVRX.js";
import "./chunk-G6RRAME3.js";
import "./chunk-R4FKQLHU.js";
import {
  GZIP_FREE_BYTES,
  ReadBudget,
  formatBytes
} from "./chunk-LNKZD7PG.js";
import {
  DataError
} from "./chunk-KHYIVPUP.js";
import "./chunk-4CM7Y4U5.js";
import "./chunk-7MBXNNCL.js";
import "./chunk-FQDB3IQE.js";

// src/data/sources/http.ts
import { STATUS_CODES } from "node:http";
import { Readable } from "node:stream";
import { setTimeout as delay } from "node:timers/promises";
var MAX_REDIRECTS = 5;
var MAX_RETRY_AFTER_MS = 6e4;
var BACKOFF_FIRST_MS = 500;
var BACKOFF_MAX_MS = 8e3;
var REDIRECTS = /* @__PURE__ */ new Set([301, 302, 303, 307, 308]);
var RETRIED_STATUSES = /* @__PURE__ */ new Set([408, 429]);
var CONTENT_TYPES = {
  "text/csv": "csv",
  "application/csv": "csv",
  "application/x-ndjson": "jsonl",
  "application/ndjson": "jsonl",
  "application/jsonl": "jsonl",
  "application/x-jsonlines": "jsonl",
  "application/vnd.apache.parquet": "parquet",
  "application/x-parquet": "parquet"
};
var httpSource = {
  kind: "http",
  thread: "main",
  read: readHttp,
  size: () => Promise.resolve(void 0),
  describe: (spec) => describeUrl(spec.url)
};
async function readHttp(spec, context) {
  const name = describeUrl(spec.url);
  const request = prepareRequest(spec, context.window, name);
  return withSpool(async (spool) => {
    const format = await download(request, spec, spool, name, context.signal);
    return spool.read(format, spec.delimiter, ReadBudget.of(spec), context.options, name);
  });
}
function describeUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    return "http source (its url is not a valid URL)";
  }
  let path = url.pathname;
  try {
    path = decodeURI(path);
  } catch {
  }
  return `${url.protocol}//${url.host}${path}`;
}
function prepareRequest(spec, window, name) {
  const filled = fillWindow(spec.url, window, encodeURIComponent);
  if (filled === null) {
    throw new DataError("policy/conflict", name, "the url uses {{window.start}} or {{window.end}}, but the model has no window; set data.window (e.g. `window: 7d`), or take the placeholder out of the url");
  }
  let url;
  try {
    url = new URL(filled);
  } catch {
    throw new DataError("policy/invalid-value", name, "the url is not a valid URL once the window is filled in");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new DataError("policy/invalid-value", name, `only http:// and https:// URLs are fetched, not ${url.protocol}//`);
  }
  const anonymous = new Headers({ "accept-encoding": "gzip", "user-agent": `modelwatch/${"0.1.0"}` });
  const headers = new Headers(anonymous);
  for (const [key, value] of Object.entries(spec.headers)) {
    try {
      headers.set(key, value);
    } catch {
      throw new DataError("policy/invalid-value", name, `headers: ${JSON.stringify(key)} is not a valid header name, or its value is not a valid header value (a line break or other control character; check the secret it takes)`);
    }
  }
  if (url.username !== "" || url.password !== "") {
    if (!headers.has("authorization")) {
      const user = decodeURIComponent(url.username);
      const password = decodeURIComponent(url.password);
      headers.set("authorization", `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`);
    }
    url.username = "";
    url.password = "";
  }
  return { url, headers, anonymous };
}
async function download(request, spec, spool, name, outer) {
  const deadline = AbortSignal.timeout(spec.timeout_ms);
  const signal = outer === void 0 ? deadline : AbortSignal.any([deadline, outer]);
  const endsAt = Date.now() + spec.timeout_ms;
  const stopped = (attempt) => {
    if (deadline.aborted) {
      const progress = spool.bytes > 0 ? `, ${formatBytes(spool.bytes)} of the body had arrived` : "";
      return new DataError("source/timeout", name, `no complete response within the source's timeout of ${formatMs(spec.timeout_ms)} (attempt ${attempt}${progress}); raise timeout on the source if the server is slow, or check that it answers`);
    }
    if (outer?.aborted === true) return new DataError("source/interrupted", name, "the download was stopped before it finished (the model ran out of time)");
    return void 0;
  };
  for (let attempt = 1; ; attempt++) {
    let failure;
    try {
      return await attemptOnce(request, spec, spool, name, signal);
    } catch (error) {
      const stop = stopped(attempt);
      if (stop !== void 0) throw stop;
      failure = classify(error, request.url, spool, name);
    }
    if (!failure.retry) throw failure.error;
    const tried = `after ${attempt} attempt${attempt === 1 ? "" : "s"} (retries: ${spec.retries})`;
    const asked = failure.retryAfterMs;
    if (attempt > spec.retries) {
      const advice = failure.error.code === "source/connect" ? "check that the server is up and the url's host and port" : "try again later, or raise retries if the server fails only now and then";
      throw new DataError(failure.error.code, name, `${failure.error.detail}, ${tried}; ${advice}`);
    }
    if (asked !== void 0 && asked > MAX_RETRY_AFTER_MS) {
      throw new DataError(failure.error.code, name, `${failure.error.detail}, and the server asked to wait ${formatMs(asked)} before trying again (Retry-After), longer than modelwatch waits (${formatMs(MAX_RETRY_AFTER_MS)}); the next run will try again`);
    }
    const wait = asked ?? backoff(attempt);
    if (Date.now() + wait >= endsAt) {
      const why = asked !== void 0 ? `the server asked to wait ${formatMs(asked)} (Retry-After)` : `the next attempt would start after ${formatMs(wait)}`;
      throw new DataError(failure.error.code, name, `${failure.error.detail}, ${tried}; ${why}, past the source's timeout of ${formatMs(spec.timeout_ms)}`);
    }
    try {
      await delay(wait, void 0, { signal });
    } catch (error) {
      throw stopped(attempt) ?? error;
    }
  }
}
async function attemptOnce(request, spec, spool, name, signal) {
  const done = new AbortController();
  try {
    const { response, url } = await fetchFollowing(request, spec, name, AbortSignal.any([signal, done.signal]));
    if (!response.ok) {
      await discard(response);
      throw statusFailure(response, name, spec);
    }
    const format = spec.format ?? formatOfPath(request.url) ?? formatOfPath(url) ?? formatOfType(response.headers.get("content-type"));
    if (format === void 0) {
      await discard(response);
      const type = response.headers.get("content-type");
      throw new DataError("data/unknown-format", name, `cannot tell the format: the URL's path has no .csv, .jsonl, .ndjson or .parquet extension and the Content-Type is ${type === null ? "absent" : JSON.stringify(type.split(";")[0].trim())}; set \`format:\` on the source (csv, jsonl or parquet)`);
    }
    let charge;
    try {
      charge = bodyCharge(response, spec, name);
    } catch (error) {
      await discard(response);
      throw error;
    }
    const body = response.body === null ? Readable.from([]) : Readable.fromWeb(response.body);
    try {
      await spool.write(body, charge);
    } catch (error) {
      throw error instanceof DataError ? error : new BodyBroken(error);
    }
    return format;
  } finally {
    done.abort();
  }
}
async function fetchFollowing(request, spec, name, signal) {
  let url = request.url;
  for (let hop = 0; ; hop++) {
    const headers = sameHost(request.url, url) ? request.headers : request.anonymous;
    const response = await fetch(url, { headers, redirect: "manual", signal });
    if (!REDIRECTS.has(response.status)) return { response, url };
    await discard(response);
    const location = response.headers.get("location");
    if (location === null) throw new DataError("source/redirect", name, `HTTP ${response.status} redirect without a Location header`);
    let next;
    try {
      next = new URL(location, url);
    } catch {
      throw new DataError("source/redirect", name, `HTTP ${response.status} redirect to a Location that is not a valid URL`);
    }
    next.username = "";
    next.password = "";
    if (hop === MAX_REDIRECTS) throw new DataError("source/redirect", name, `more than ${MAX_REDIRECTS} redirects (the last to host "${next.host}"); point the url at where the file is`);
    if (next.protocol !== "http:" && next.protocol !== "https:") {
      throw new DataError("source/redirect", name, `redirected to a ${next.protocol}// URL; only http and https are followed`);
    }
    if (url.protocol === "https:" && next.protocol === "http:") {
      throw new DataError("source/redirect", name, `redirected from https to http (host "${next.host}"), which is refused: the request would travel unencrypted`);
    }
    if (!sameHost(request.url, next) && !allowed(spec, next)) {
      throw new DataError("source/redirect", name, `redirected to host "${next.host}", which the source does not allow; add it to allow_redirect_hosts if you trust it (the policy's headers are not sent to it)`);
    }
    url = next;
  }
}
function sameHost(own, other) {
  if (own.hostname !== other.hostname) return false;
  const ownPort = port(own);
  const otherPort = port(other);
  return ownPort === otherPort || own.protocol === "http:" && other.protocol === "https:" && ownPort === 80 && otherPort === 443;
}
function port(url) {
  return url.port !== "" ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
}
function allowed(spec, url) {
  return spec.allow_redirect_hosts.some((host) => {
    const entry = host.toLowerCase();
    return entry === url.hostname || entry === url.host;
  });
}
async function discard(response) {
  await response.body?.cancel().catch(() => void 0);
}
var StatusFailure = class extends Error {
  constructor(error, retry, retryAfterMs2) {
    super(error.message);
    this.error = error;
    this.retry = retry;
    this.retryAfterMs = retryAfterMs2;
  }
  error;
  retry;
  retryAfterMs;
};
var BodyBroken = class extends Error {
  constructor(cause) {
    super("body broke off");
    this.cause = cause;
  }
  cause;
};
function statusFailure(response, name, spec) {
  const status = response.status;
  const reason = response.statusText !== "" ? response.statusText : STATUS_CODES[status] ?? "";
  const what = `HTTP ${status}${reason !== "" ? ` ${reason}` : ""}`;
  const names = Object.keys(spec.headers);
  if (status === 401 || status === 403) {
    const sent = names.length > 0 ? `the request sent the headers ${names.join(", ")}; check that the secrets they take are set and still valid` : 'the request sent no credentials; add them with `headers:` (e.g. Authorization: "Bearer ${TOKEN}")';
    return new StatusFailure(new DataError("source/auth", name, `${what}: the server refused the credentials (${sent})`), false);
  }
  if (status === 404 || status === 410) {
    return new StatusFailure(new DataError("source/not-found", name, `${what}: the server has no file at this URL; check the url (and the window it asks for)`), false);
  }
  if (status >= 500 || RETRIED_STATUSES.has(status)) {
    return new StatusFailure(new DataError("source/http-status", name, what), true, retryAfterMs(response.headers.get("retry-after")));
  }
  return new StatusFailure(new DataError("source/http-status", name, `${what}: the server refused the request`), false);
}
function retryAfterMs(value) {
  if (value === null) return void 0;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1e3;
  const at = Date.parse(text);
  return Number.isNaN(at) ? void 0 : Math.max(0, at - Date.now());
}
function backoff(attempt) {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** (attempt - 1));
  return Math.round(ceiling * (0.5 + Math.random() / 2));
}
function classify(error, url, spool, name) {
  if (error instanceof StatusFailure) return error;
  if (error instanceof DataError) return { error, retry: false };
  if (error instanceof BodyBroken) {
    return { error: new DataError("source/interrupted", name, `the response broke off after ${formatBytes(spool.bytes)} of its body (${networkReason(error.cause)})`), retry: true };
  }
  const cause = error instanceof Error && error.cause !== void 0 ? error.cause : error;
  const code = errorCode(cause);
  if (code !== void 0 && (code.includes("CERT") || code.startsWith("ERR_TLS") || code.startsWith("ERR_SSL"))) {
    return { error: new DataError("source/connect", name, `TLS with host "${url.host}" failed (${networkReason(cause)}); if the server uses an internal certificate authority, point NODE_EXTRA_CA_CERTS at its certificate`), retry: false };
  }
  return { error: new DataError("source/connect", name, `cannot fetch from host "${url.host}" (${networkReason(cause)})`), retry: true };
}
function errorCode(error) {
  const code = error?.code;
  return typeof code === "string" ? code : void 0;
}
var NETWORK_REASONS = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed for now",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  EPIPE: "connection closed",
  UND_ERR_SOCKET: "the server closed the connection",
  UND_ERR_CONNECT_TIMEOUT: "connect timeout"
};
function networkReason(error) {
  const code = errorCode(error);
  if (code !== void 0) return NETWORK_REASONS[code] !== void 0 ? `${code}: ${NETWORK_REASONS[code]}` : code;
  return error instanceof Error ? stripUrls(error.message) : "network error";
}
function stripUrls(text) {
  return text.replace(/\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi, (match) => describeUrl(match));
}
function bodyCharge(response, spec, name) {
  const budget = ReadBudget.of(spec);
  const header = response.headers.get("content-length");
  const length = header !== null && /^\d+$/.test(header.trim()) ? Number(header.trim()) : void 0;
  const encoding = (response.headers.get("content-encoding") ?? "").trim().toLowerCase();
  const encoded = encoding !== "" && encoding !== "identity";
  if (!encoded && length !== void 0) budget.claim(name, length);
  const limit = encoded && length !== void 0 ? Math.max(GZIP_FREE_BYTES, budget.maxGzipRatio * length) : Infinity;
  let decoded = 0;
  return (bytes) => {
    decoded += bytes;
    if (decoded > limit) {
      throw new DataError("data/too-large", name, `the response (Content-Encoding: ${encoding}) decodes to more than ${formatBytes(limit)}, over ${budget.maxGzipRatio} times its ${formatBytes(length)} (max_gzip_ratio: ${budget.maxGzipRatio}); a gzip bomb is refused. Raise max_gzip_ratio on the source if the response is genuine`);
    }
    budget.spend(name, bytes);
  };
}
function formatOfPath(url) {
  let path = url.pathname.toLowerCase();
  if (path.endsWith(".gz")) path = path.slice(0, -3);
  if (path.endsWith(".csv")) return "csv";
  if (path.endsWith(".jsonl") || path.endsWith(".ndjson")) return "jsonl";
  if (path.endsWith(".parquet")) return "parquet";
  return void 0;
}
function formatOfType(contentType) {
  if (contentType === null) return void 0;
  return CONTENT_TYPES[contentType.split(";")[0].trim().toLowerCase()];
}
export {
  httpSource
};
