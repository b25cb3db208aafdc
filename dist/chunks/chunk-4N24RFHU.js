import { createRequire as __mwCreateRequire } from 'node:module';
const require = __mwCreateRequire(import.meta.url);
import {
  Table,
  columnFromParts,
  expandPaths,
  glob,
  isDynamicPattern,
  missingCount,
  readSource
} from "./chunk-2MAIL5HM.js";
import {
  Scratch,
  TESTS,
  compareNumeric,
  comparePrepared,
  keysWithRoom,
  prepareCategorical
} from "./chunk-GEHHO2EX.js";
import {
  DataError
} from "./chunk-W4ELHV4F.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-Y4NRPXVJ.js";

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path4) {
      const ctrl = callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visit_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = visit_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path4) {
      const ctrl = await callVisitor(key, node, visitor, path4);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path4, ctrl);
        return visitAsync_(key, ctrl, visitor, path4);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path4 = Object.freeze(path4.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path4);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path4 = Object.freeze(path4.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path4);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path4);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path4) {
      if (typeof visitor === "function")
        return visitor(key, node, path4);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path4);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path4);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path4);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path4);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path4);
      return void 0;
    }
    function replaceNode(key, path4, node) {
      const parent = path4[path4.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error2) {
            onError(String(error2));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error2 = new Error("Failed to resolve repeated object (this should not happen)");
              error2.source = source;
              throw error2;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path4, value) {
      let v = value;
      for (let i = path4.length - 1; i >= 0; --i) {
        const k = path4[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path4) => path4 == null || typeof path4 === "object" && !!path4[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema2) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path4, value) {
        if (isEmptyPath(path4))
          this.add(value);
        else {
          const [key, ...rest] = path4;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        const [key, ...rest] = path4;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path4) {
        const [key, ...rest] = path4;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        const [key, ...rest] = path4;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code = json.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map.items.sort(schema2.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema2, obj, ctx) => YAMLMap.YAMLMap.from(schema2, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema2);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema2, obj, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num2 = typeof value === "number" ? value : Number(value);
      if (!isFinite(num2))
        return isNaN(num2) ? ".nan" : num2 < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema2 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema2 = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema2);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema2, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num2 = Number(node.value);
        return isFinite(num2) ? num2.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num2 = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num2(60) + num2(p), num2(0));
      return sign === "-" ? num2(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num2 = (n) => n;
      if (typeof value === "bigint")
        num2 = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num2(-1);
      }
      const _60 = num2(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
    var timestamp = require_timestamp();
    var schema2 = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary2.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path4, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path4, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path4) {
        if (Collection.isEmptyPath(path4)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path4) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path4, keepScalar) {
        if (Collection.isEmptyPath(path4))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path4, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path4) {
        if (Collection.isEmptyPath(path4))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path4) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path4, value) {
        if (Collection.isEmptyPath(path4)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path4), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path4, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error2) => {
      if (error2.pos[0] === -1)
        return;
      error2.linePos = error2.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error2.linePos[0];
      error2.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error2.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
        error2.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error2 = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error2 === -1)
            error2 = offset + i;
        }
      }
      if (error2 !== -1)
        onError(error2, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error2) {
        const msg = error2 instanceof Error ? error2.message : String(error2);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before2[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before2[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before2[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error2) {
            const message = error2 instanceof Error ? error2.message : String(error2);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before2, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before2, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error2 = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error2);
            else
              this.doc.errors.push(error2);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path4) => {
      let item = cst;
      for (const [field, index] of path4) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path4) => {
      const parent = visit.itemAtPath(cst, path4.slice(0, -1));
      const field = path4[path4.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path4, item, visitor) {
      let ctrl = visitor(item, path4);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path4.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path4);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path4) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser2 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error2) {
        const token = error2 ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser2;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument3(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument3(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument3;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/fast-deep-equal/index.js
var require_fast_deep_equal = __commonJS({
  "node_modules/fast-deep-equal/index.js"(exports, module) {
    "use strict";
    module.exports = function equal(a, b) {
      if (a === b) return true;
      if (a && b && typeof a == "object" && typeof b == "object") {
        if (a.constructor !== b.constructor) return false;
        var length, i, keys;
        if (Array.isArray(a)) {
          length = a.length;
          if (length != b.length) return false;
          for (i = length; i-- !== 0; )
            if (!equal(a[i], b[i])) return false;
          return true;
        }
        if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
        if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
        if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();
        keys = Object.keys(a);
        length = keys.length;
        if (length !== Object.keys(b).length) return false;
        for (i = length; i-- !== 0; )
          if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;
        for (i = length; i-- !== 0; ) {
          var key = keys[i];
          if (!equal(a[key], b[key])) return false;
        }
        return true;
      }
      return a !== a && b !== b;
    };
  }
});

// node_modules/ajv/dist/runtime/equal.js
var require_equal = __commonJS({
  "node_modules/ajv/dist/runtime/equal.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    var equal = require_fast_deep_equal();
    equal.code = 'require("ajv/dist/runtime/equal").default';
    exports.default = equal;
  }
});

// src/policy/find.ts
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
var import_yaml = __toESM(require_dist(), 1);
var POLICY_PATTERNS = ["**/*.yaml", "**/*.yml"];
var IGNORE = ["**/node_modules/**"];
var NOT_A_POLICY = 'not a modelwatch policy (expected "apiVersion: modelwatch/v1" and "kind: ModelMonitor")';
async function findPolicyFiles(paths, cwd = process.cwd()) {
  const found = /* @__PURE__ */ new Map();
  const errors = [];
  const error2 = (file, message) => {
    errors.push({ file, line: 1, column: 1, message });
  };
  const add = (shown) => {
    const key = path.resolve(cwd, shown);
    if (!found.has(key)) found.set(key, shown);
  };
  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    const kind = await kindOf(absolute);
    if (kind === "file") {
      if (await policyLikeness(absolute) === "foreign") error2(given, NOT_A_POLICY);
      else add(given);
    } else if (kind === "folder") {
      const matches = await glob(POLICY_PATTERNS, { cwd: absolute, ignore: IGNORE, dot: false, onlyFiles: true });
      const policies = await keepPolicies(matches.map((m) => joinShown(given, m)), cwd);
      if (policies.length === 0) error2(given, "no modelwatch policy (*.yaml, *.yml) found in this folder");
      policies.forEach(add);
    } else if (isDynamicPattern(given)) {
      const matches = await glob(given, { cwd, ignore: IGNORE, dot: false, onlyFiles: true, expandDirectories: false });
      const policies = await keepPolicies(matches, cwd);
      if (policies.length === 0) error2(given, matches.length === 0 ? "no file matches this pattern" : "no modelwatch policy matches this pattern");
      policies.forEach(add);
    } else {
      error2(given, "no such file or folder");
    }
  }
  const files = [...found.values()].sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return { files, errors };
}
async function kindOf(absolute) {
  try {
    const info = await stat(absolute);
    return info.isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
}
function joinShown(given, relative) {
  return path.posix.join(given.split(path.sep).join("/"), relative);
}
async function keepPolicies(files, cwd) {
  const kept = [];
  for (const file of files) if (await policyLikeness(path.resolve(cwd, file)) !== "foreign") kept.push(file);
  return kept;
}
async function policyLikeness(absolute) {
  let text;
  try {
    text = await readFile(absolute, "utf8");
  } catch {
    return "broken";
  }
  const doc = (0, import_yaml.parseDocument)(text, { prettyErrors: false });
  if (doc.errors.length > 0) return /^\s*(apiVersion:\s*["']?modelwatch\/|kind:\s*["']?ModelMonitor)/m.test(text) ? "broken" : "foreign";
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    return "broken";
  }
  if (typeof data !== "object" || data === null) return "foreign";
  const { apiVersion, kind } = data;
  const ours = typeof apiVersion === "string" && apiVersion.startsWith("modelwatch/") || kind === "ModelMonitor";
  return ours ? "policy" : "foreign";
}

// src/policy/load.ts
import { readFile as readFile2 } from "node:fs/promises";
import path3 from "node:path";

// src/policy/document.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/policy/env.ts
var REFERENCE = /\$\$\{|\$\{([^}]*)\}/g;
var NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
function substituteEnv(text, env) {
  if (!text.includes("${")) return { value: text, problems: [], secrets: [] };
  const problems = [];
  const secrets = [];
  const value = text.replace(REFERENCE, (match, name) => {
    if (match === "$${") return "${";
    const trimmed = (name ?? "").trim();
    if (!NAME.test(trimmed)) {
      problems.push(`"\${${name ?? ""}}" is not a valid environment variable reference (use \${NAME}, or $\${ for a literal \${)`);
      return match;
    }
    const resolved = env[trimmed];
    if (resolved === void 0) {
      problems.push(`environment variable ${trimmed} is not set`);
      return match;
    }
    if (resolved !== "") secrets.push(resolved);
    return resolved;
  });
  if (/\$\{(?![^}]*\})/.test(text.replace(/\$\$\{/g, ""))) {
    problems.push('unclosed "${" (write $${ for a literal ${)');
  }
  return { value, problems, secrets };
}

// src/policy/document.ts
function childPointer(pointer, token) {
  return `${pointer}/${String(token).replace(/~/g, "~0").replace(/\//g, "~1")}`;
}
function pointerTokens(pointer) {
  if (pointer === "") return [];
  return pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
}
var START = { line: 1, column: 1 };
function parsePolicyDocument(file, source, env) {
  const lineCounter = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(source, { lineCounter, keepSourceTokens: true, prettyErrors: false, uniqueKeys: true });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return { file, data: void 0, places: /* @__PURE__ */ new Map(), errors: syntaxErrors(doc.errors).map((e) => yamlError(file, source, e, at)), secrets: [] };
  }
  const places = /* @__PURE__ */ new Map();
  const errors = [];
  const secrets = /* @__PURE__ */ new Set();
  const walker = { doc, env, file, places, errors, secrets, at, depth: 0, aliases: 0 };
  const root = doc.contents;
  places.set("", { value: root?.range ? at(root.range[0]) : START });
  const data = root ? toPlain(walker, root, "") : null;
  return { file, data, places, errors, secrets: [...secrets] };
}
var MAX_ALIASES = 1e3;
function toPlain(w, node, pointer) {
  if ((0, import_yaml2.isAlias)(node)) {
    const target = node.resolve(w.doc);
    if (!target || w.depth > 64) return null;
    if (++w.aliases > MAX_ALIASES) {
      if (w.aliases === MAX_ALIASES + 1) {
        const position = w.places.get(pointer)?.value ?? START;
        w.errors.push({ file: w.file, ...position, message: `more than ${MAX_ALIASES} YAML aliases (*name) are expanded; a policy does not need that many` });
      }
      return null;
    }
    w.depth++;
    const value = toPlain(w, target, pointer);
    w.depth--;
    return value;
  }
  if ((0, import_yaml2.isMap)(node)) {
    const out = {};
    for (const pair of node.items) {
      const keyNode = pair.key;
      const key = (0, import_yaml2.isScalar)(keyNode) ? String(keyNode.value) : String(keyNode);
      const child = childPointer(pointer, key);
      const keyPos = keyNode?.range ? w.at(keyNode.range[0]) : w.places.get(pointer)?.value ?? START;
      const valueNode = pair.value;
      const empty = !valueNode || (0, import_yaml2.isScalar)(valueNode) && valueNode.value === null && (valueNode.source ?? "") === "";
      w.places.set(child, { key: keyPos, value: empty || !valueNode?.range ? keyPos : w.at(valueNode.range[0]) });
      out[key] = valueNode ? toPlain(w, valueNode, child) : null;
    }
    return out;
  }
  if ((0, import_yaml2.isSeq)(node)) {
    return node.items.map((item, index) => {
      const child = childPointer(pointer, index);
      const itemNode = item;
      w.places.set(child, { value: itemNode?.range ? w.at(itemNode.range[0]) : w.places.get(pointer)?.value ?? START });
      return itemNode ? toPlain(w, itemNode, child) : null;
    });
  }
  if ((0, import_yaml2.isScalar)(node)) {
    const value = node.value;
    if (typeof value === "string") {
      const { value: resolved, problems, secrets } = substituteEnv(value, w.env);
      for (const secret of secrets) w.secrets.add(secret);
      const place = w.places.get(pointer);
      const position = place?.value ?? START;
      if (place !== void 0 && node.range && node.type) w.places.set(pointer, { ...place, text: { start: node.range[0], style: node.type } });
      for (const message of problems) w.errors.push({ file: w.file, ...position, message });
      return resolved;
    }
    if (value instanceof Date) return value.toISOString();
    if (typeof value === "bigint") return Number(value);
    return value ?? null;
  }
  return null;
}
function syntaxErrors(errors) {
  const independent = /* @__PURE__ */ new Set(["DUPLICATE_KEY", "TAB_AS_INDENT"]);
  const first = errors.find((e) => !independent.has(e.code));
  return errors.filter((e) => independent.has(e.code) || e === first);
}
function yamlError(file, source, e, at) {
  const [start, end] = e.pos;
  let offset = start;
  let message = e.message.replace(/\s+at line \d+, column \d+:[\s\S]*$/, "");
  switch (e.code) {
    case "DUPLICATE_KEY": {
      const key = /^[^:\n]*/.exec(source.slice(start))?.[0].trim().replace(/^(["'])(.*)\1$/, "$2") ?? source.slice(start, end);
      message = `duplicate key "${key}"`;
      break;
    }
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY": {
      const nextLine = source.indexOf("\n", start);
      const culprit = nextLine < 0 ? -1 : source.slice(nextLine + 1).search(/\S/);
      if (culprit >= 0) offset = nextLine + 1 + culprit;
      message = "bad indentation: this line is indented more than the key above it";
      break;
    }
    case "TAB_AS_INDENT":
      message = "tabs are not allowed for indentation in YAML; indent with spaces";
      break;
    case "MULTIPLE_DOCS":
      message = "a policy file holds one YAML document, but a second one starts here (---)";
      break;
    case "MISSING_CHAR": {
      const quote = /closing (["'])quote/.exec(e.message)?.[1];
      if (quote) {
        const opening = source.lastIndexOf(quote, Math.max(0, start - 1));
        if (opening >= 0) offset = opening;
        message = `unclosed ${quote === '"' ? "double" : "single"} quote: the string that starts here never ends`;
      }
      break;
    }
    default:
      message = message.charAt(0).toLowerCase() + message.slice(1);
  }
  return { file, ...at(offset), message: `YAML syntax: ${message}` };
}

// src/policy/suggest.ts
function damerauLevenshtein(a, b) {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d = new Array(rows * cols).fill(0);
  const at = (i, j) => d[i * cols + j] ?? 0;
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i * cols + j] = best;
    }
  }
  return at(a.length, b.length);
}
function suggest(word, candidates) {
  const lower = word.toLowerCase();
  const limit = lower.length <= 4 ? 1 : lower.length <= 8 ? 2 : 3;
  let best;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = damerauLevenshtein(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit && best !== void 0 && best !== word ? best : void 0;
}
function didYouMean(word, candidates) {
  const guess = suggest(word, candidates);
  return guess === void 0 ? "" : ` (did you mean "${guess}"?)`;
}

// src/policy/alerting.ts
var ISSUE_LABELS = ["modelwatch"];
var PULL_REQUEST_LABELS = ["modelwatch", "retraining"];
function checkIdsExist(ids, pointer, known, what, ctx) {
  ids.forEach((id, index) => {
    if (!known.includes(id)) ctx.error(`${pointer}/${index}`, `${what} names unknown check "${id}"${didYouMean(id, known)}`);
  });
}
function isRealDate(text) {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match || Number.isNaN(Date.parse(text))) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
function normaliseAlerting(raw, checkIds, ctx) {
  const issue = raw?.issue;
  const silences = (raw?.silences ?? []).map((silence, index) => {
    const at = `/alerting/silences/${index}`;
    const checks = [...silence.checks ?? []];
    checkIdsExist(checks, `${at}/checks`, checkIds, "silence", ctx);
    if (!isRealDate(silence.until)) ctx.error(`${at}/until`, `"until" is not a real date: "${silence.until}"`);
    return { checks, until: silence.until, reason: silence.reason };
  });
  return {
    issue: { enabled: issue?.enabled ?? true, labels: [...issue?.labels ?? ISSUE_LABELS] },
    silences
  };
}
function normaliseRetraining(raw, checkIds, ctx) {
  if (raw === void 0) return void 0;
  const anyFailing = raw.when.any_failing;
  if (anyFailing !== "any") checkIdsExist(anyFailing, "/retraining/when/any_failing", checkIds, "retraining.when.any_failing", ctx);
  const pr = raw.pull_request;
  return {
    when: {
      any_failing: anyFailing === "any" ? "any" : [...anyFailing],
      for: ctx.duration(raw.when.for ?? "1 runs", "/retraining/when/for")
    },
    pull_request: {
      path: pr.path,
      ...pr.base === void 0 ? {} : { base: pr.base },
      labels: [...pr.labels ?? PULL_REQUEST_LABELS]
    },
    cooldown: ctx.duration(raw.cooldown ?? "7d", "/retraining/cooldown")
  };
}

// src/expr/error.ts
var ExpressionError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
    this.name = "ExpressionError";
  }
  offset;
};

// src/expr/values.ts
var NULL_BOOL = 2;
var isConstant = (value) => value.k === "cnum" || value.k === "cbool" || value.k === "cstr";
function describe(value) {
  switch (value.k) {
    case "num":
    case "cnum":
      return "a number";
    case "bool":
    case "cbool":
      return "a condition (true/false)";
    default:
      return "text";
  }
}
function asNumbers(value, node, what) {
  switch (value.k) {
    case "num":
      return value.v;
    case "cnum":
      return value.v ?? Number.NaN;
    case "cbool":
      return value.v === null ? Number.NaN : value.v ? 1 : 0;
    case "bool": {
      const out = new Float64Array(value.v.length);
      for (let i = 0; i < out.length; i++) {
        const b = value.v[i];
        out[i] = b === NULL_BOOL ? Number.NaN : b;
      }
      return out;
    }
    default:
      throw new ExpressionError(`${what} needs a number, but this is text`, node.start);
  }
}
var TRUE_WORDS = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSE_WORDS = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
function asCondition(value, node, what) {
  switch (value.k) {
    case "bool":
      return value.v;
    case "cbool":
      return value.v === null ? NULL_BOOL : value.v ? 1 : 0;
    case "cnum":
      return value.v === null || Number.isNaN(value.v) ? NULL_BOOL : value.v !== 0 ? 1 : 0;
    case "num": {
      const out = new Uint8Array(value.v.length);
      for (let i = 0; i < out.length; i++) {
        const x = value.v[i];
        out[i] = Number.isNaN(x) ? NULL_BOOL : x !== 0 ? 1 : 0;
      }
      return out;
    }
    case "str": {
      const map = value.dict.map((word) => TRUE_WORDS.has(word) ? 1 : FALSE_WORDS.has(word) ? 0 : -1);
      const out = new Uint8Array(value.codes.length);
      for (let i = 0; i < out.length; i++) {
        const code = value.codes[i];
        const b = code < 0 ? NULL_BOOL : map[code];
        if (b < 0) {
          throw new ExpressionError(`${what} needs a condition, but this is text ("${value.dict[code]}"); compare it, e.g. x == "yes"`, node.start);
        }
        out[i] = b;
      }
      return out;
    }
    case "cstr":
      throw new ExpressionError(`${what} needs a condition, but this is text; compare it, e.g. x == "yes"`, node.start);
  }
}
function spreadNumbers(x, n) {
  return typeof x === "number" ? new Float64Array(n).fill(x) : x;
}
function spreadCondition(x, n) {
  return typeof x === "number" ? new Uint8Array(n).fill(x) : x;
}

// src/stats/quantile.ts
function quantileSorted(sorted2, q) {
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile ${q} is outside [0, 1]`);
  const n = sorted2.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * q;
  if (h >= n - 1) return sorted2[n - 1];
  const i = Math.floor(h);
  const gamma = h - i;
  const a = sorted2[i];
  const b = sorted2[i + 1];
  const diff = b - a;
  return gamma >= 0.5 ? b - diff * (1 - gamma) : a + diff * gamma;
}

// src/expr/aggregate.ts
function evaluateAggregate(node, scope, evaluate3) {
  const result = aggregate(node, scope, evaluate3);
  return { k: "cnum", v: result === null || Number.isNaN(result) ? null : result };
}
function aggregate(node, scope, evaluate3) {
  const n = scope.n;
  if (node.name === "ratio") {
    const [a, b] = node.args.map((arg2) => single(evaluate3(arg2, scope), arg2));
    if (a === null || a === void 0 || b === null || b === void 0 || b === 0) return null;
    return a / b;
  }
  const keep = node.where === null ? null : spreadCondition(asCondition(evaluate3(node.where, scope), node.where, '"where:"'), n);
  const kept = (i) => keep === null || keep[i] === 1;
  const arg = node.args[0];
  if (node.name === "count" && arg === void 0) {
    if (keep === null) return n;
    let count2 = 0;
    for (let i = 0; i < n; i++) if (keep[i] === 1) count2++;
    return count2;
  }
  const value = evaluate3(arg, scope);
  if (node.name === "rate") {
    const c = spreadCondition(asCondition(value, arg, "rate()"), n);
    let hits = 0;
    let total = 0;
    for (let i = 0; i < n; i++) {
      if (!kept(i) || c[i] === NULL_BOOL) continue;
      total++;
      hits += c[i];
    }
    return total === 0 ? null : hits / total;
  }
  if (node.name === "count" && (value.k === "str" || value.k === "cstr")) {
    let count2 = 0;
    for (let i = 0; i < n; i++) if (kept(i) && (value.k === "cstr" || value.codes[i] >= 0)) count2++;
    return count2;
  }
  const x = spreadNumbers(asNumbers(value, arg, `${node.name}()`), n);
  switch (node.name) {
    case "count": {
      let count2 = 0;
      for (let i = 0; i < n; i++) if (kept(i) && !Number.isNaN(x[i])) count2++;
      return count2;
    }
    case "sum":
    case "mean": {
      let sum = 0;
      let count2 = 0;
      for (let i = 0; i < n; i++) {
        if (!kept(i) || Number.isNaN(x[i])) continue;
        sum += x[i];
        count2++;
      }
      return node.name === "sum" ? sum : count2 === 0 ? null : sum / count2;
    }
    case "min":
    case "max": {
      let best = null;
      for (let i = 0; i < n; i++) {
        const v = x[i];
        if (!kept(i) || Number.isNaN(v)) continue;
        if (best === null || (node.name === "min" ? v < best : v > best)) best = v;
      }
      return best;
    }
    case "quantile": {
      const values = [];
      for (let i = 0; i < n; i++) if (kept(i) && !Number.isNaN(x[i])) values.push(x[i]);
      if (values.length === 0) return null;
      const q = node.args[1];
      return quantileSorted(Float64Array.from(values).sort(), q.type === "number" ? q.value : Number.NaN);
    }
    default:
      throw new ExpressionError(`${node.name}() is not an aggregate`, node.start);
  }
}
function single(value, node) {
  if (!isConstant(value)) {
    throw new ExpressionError("ratio() divides two single values, such as ratio(sum(revenue), count()); this argument has one value per row", node.start);
  }
  const x = asNumbers(value, node, "ratio()");
  return Number.isNaN(x) ? null : x;
}

// src/expr/suggest.ts
function closestName(name, candidates) {
  if (name.length < 3 || name.length > 64) return null;
  const limit = Math.min(3, Math.max(1, Math.floor(name.length / 3)));
  let best = null;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) > limit || candidate.length > 64) continue;
    const d = levenshtein(name.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}
function levenshtein(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

// src/expr/evaluate.ts
function scopeOf(table, rows) {
  return { table, rows: rows ?? null, n: rows ? rows.length : table.rowCount };
}
function evaluate(node, scope) {
  switch (node.type) {
    case "number":
      return { k: "cnum", v: node.value };
    case "string":
      return { k: "cstr", v: node.value };
    case "boolean":
      return { k: "cbool", v: node.value };
    case "column":
      return column(node.name, node.start, scope);
    case "unary":
      return node.op === "-" ? negate(node.operand, scope) : not(node.operand, scope);
    case "binary":
      return binary(node, scope);
    case "in":
      return inList(node, scope);
    case "is_null":
      return isNull(node, scope);
    case "call":
      return call(node, scope);
  }
}
function column(name, offset, scope) {
  const col = scope.table.column(name);
  if (col === void 0) {
    const hint = closestName(name, scope.table.columnNames);
    throw new ExpressionError(`unknown column "${name}"${hint === null ? "" : ` (did you mean "${hint}"?)`}`, offset);
  }
  const rows = scope.rows;
  if (col.kind === "categorical") {
    if (rows === null) return { k: "str", codes: col.codes, dict: col.dictionary };
    const codes = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) codes[i] = col.codes[rows[i]];
    return { k: "str", codes, dict: col.dictionary };
  }
  if (rows === null) return { k: "num", v: col.values };
  const v = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) v[i] = col.values[rows[i]];
  return { k: "num", v };
}
function negate(operand, scope) {
  const x = asNumbers(evaluate(operand, scope), operand, '"-"');
  if (typeof x === "number") return { k: "cnum", v: Number.isNaN(x) ? null : -x };
  const out = new Float64Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = -x[i];
  return { k: "num", v: out };
}
function not(operand, scope) {
  const x = asCondition(evaluate(operand, scope), operand, '"not"');
  if (typeof x === "number") return { k: "cbool", v: x === NULL_BOOL ? null : x === 0 };
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = x[i] === NULL_BOOL ? NULL_BOOL : 1 - x[i];
  return { k: "bool", v: out };
}
var ARITHMETIC = /* @__PURE__ */ new Map([
  ["+", (a, b) => a + b],
  ["-", (a, b) => a - b],
  ["*", (a, b) => a * b],
  ["/", (a, b) => b === 0 ? Number.NaN : a / b],
  ["%", (a, b) => b === 0 ? Number.NaN : a % b]
]);
function binary(node, scope) {
  const left = evaluate(node.left, scope);
  const right = evaluate(node.right, scope);
  if (node.op === "and" || node.op === "or") return logical(node, left, right, scope.n);
  const f = ARITHMETIC.get(node.op);
  if (f !== void 0) {
    const a = asNumbers(left, node.left, `"${node.op}"`);
    const b = asNumbers(right, node.right, `"${node.op}"`);
    if (typeof a === "number" && typeof b === "number") {
      const r = f(a, b);
      return { k: "cnum", v: Number.isNaN(r) ? null : r };
    }
    const x = spreadNumbers(a, scope.n);
    const y = spreadNumbers(b, scope.n);
    const out = new Float64Array(scope.n);
    for (let i = 0; i < out.length; i++) out[i] = f(x[i], y[i]);
    return { k: "num", v: out };
  }
  return compare(node, node.op, left, right, scope.n);
}
function logical(node, left, right, n) {
  const a = asCondition(left, node.left, `"${node.op}"`);
  const b = asCondition(right, node.right, `"${node.op}"`);
  const f = node.op === "and" ? kleeneAnd : kleeneOr;
  if (typeof a === "number" && typeof b === "number") {
    const r = f(a, b);
    return { k: "cbool", v: r === NULL_BOOL ? null : r === 1 };
  }
  const x = spreadCondition(a, n);
  const y = spreadCondition(b, n);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = f(x[i], y[i]);
  return { k: "bool", v: out };
}
var kleeneAnd = (a, b) => a === 0 || b === 0 ? 0 : a === NULL_BOOL || b === NULL_BOOL ? NULL_BOOL : 1;
var kleeneOr = (a, b) => a === 1 || b === 1 ? 1 : a === NULL_BOOL || b === NULL_BOOL ? NULL_BOOL : 0;
var ORDER = {
  "==": (c) => c === 0,
  "!=": (c) => c !== 0,
  "<": (c) => c < 0,
  "<=": (c) => c <= 0,
  ">": (c) => c > 0,
  ">=": (c) => c >= 0
};
var cmpNumbers = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var cmpStrings = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compare(node, op, left, right, n) {
  const holds = ORDER[op];
  const leftText = left.k === "str" || left.k === "cstr";
  const rightText = right.k === "str" || right.k === "cstr";
  if (leftText || rightText) {
    const textual = (value, other) => {
      if (value.k === "str" || value.k === "cstr") return value;
      if ((op === "==" || op === "!=") && value.k === "cnum" && value.v !== null) return { k: "cstr", v: String(value.v) };
      throw new ExpressionError(`cannot compare text with ${describe(value)} using "${op}"`, other.start);
    };
    return compareText(holds, textual(left, node.left), textual(right, node.right), n);
  }
  const a = asNumbers(left, node.left, `"${op}"`);
  const b = asNumbers(right, node.right, `"${op}"`);
  if (typeof a === "number" && typeof b === "number") {
    return { k: "cbool", v: Number.isNaN(a) || Number.isNaN(b) ? null : holds(cmpNumbers(a, b)) };
  }
  const x = spreadNumbers(a, n);
  const y = spreadNumbers(b, n);
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const p = x[i];
    const q = y[i];
    out[i] = Number.isNaN(p) || Number.isNaN(q) ? NULL_BOOL : holds(cmpNumbers(p, q)) ? 1 : 0;
  }
  return { k: "bool", v: out };
}
function compareText(holds, left, right, n) {
  if (left.k === "cstr" && right.k === "cstr") return { k: "cbool", v: holds(cmpStrings(left.v, right.v)) };
  if (left.k === "str" && right.k === "str") {
    const out = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const a = left.codes[i];
      const b = right.codes[i];
      out[i] = a < 0 || b < 0 ? NULL_BOOL : holds(cmpStrings(left.dict[a], right.dict[b])) ? 1 : 0;
    }
    return { k: "bool", v: out };
  }
  const flip = left.k === "cstr";
  const col = flip ? right : left;
  const constant = flip ? left : right;
  const perCategory = col.dict.map((word) => holds(flip ? cmpStrings(constant.v, word) : cmpStrings(word, constant.v)) ? 1 : 0);
  return { k: "bool", v: mapCodes(col.codes, perCategory) };
}
function mapCodes(codes, perCategory) {
  const out = new Uint8Array(codes.length);
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i];
    out[i] = code < 0 ? NULL_BOOL : perCategory[code];
  }
  return out;
}
function inList(node, scope) {
  const value = evaluate(node.operand, scope);
  const yes = node.negated ? 0 : 1;
  const no = 1 - yes;
  const textList = typeof node.values[0] === "string";
  if (value.k === "str" || value.k === "cstr") {
    const members2 = new Set(node.values.map(String));
    if (value.k === "cstr") return { k: "cbool", v: members2.has(value.v) === !node.negated };
    return { k: "bool", v: mapCodes(value.codes, value.dict.map((word) => members2.has(word) ? yes : no)) };
  }
  if (textList) throw new ExpressionError(`this is ${describe(value)}, but the list after "in" holds text`, node.operand.start);
  const members = new Set(node.values);
  const x = asNumbers(value, node.operand, '"in"');
  if (typeof x === "number") return { k: "cbool", v: Number.isNaN(x) ? null : members.has(x) === !node.negated };
  const out = new Uint8Array(x.length);
  for (let i = 0; i < x.length; i++) out[i] = Number.isNaN(x[i]) ? NULL_BOOL : members.has(x[i]) ? yes : no;
  return { k: "bool", v: out };
}
function isNull(node, scope) {
  const value = evaluate(node.operand, scope);
  const yes = node.negated ? 0 : 1;
  const no = 1 - yes;
  switch (value.k) {
    case "cnum":
      return { k: "cbool", v: value.v === null !== node.negated };
    case "cbool":
      return { k: "cbool", v: value.v === null !== node.negated };
    case "cstr":
      return { k: "cbool", v: node.negated };
    case "num": {
      const out = new Uint8Array(value.v.length);
      for (let i = 0; i < out.length; i++) out[i] = Number.isNaN(value.v[i]) ? yes : no;
      return { k: "bool", v: out };
    }
    case "bool": {
      const out = new Uint8Array(value.v.length);
      for (let i = 0; i < out.length; i++) out[i] = value.v[i] === NULL_BOOL ? yes : no;
      return { k: "bool", v: out };
    }
    case "str": {
      const out = new Uint8Array(value.codes.length);
      for (let i = 0; i < out.length; i++) out[i] = value.codes[i] < 0 ? yes : no;
      return { k: "bool", v: out };
    }
  }
}
function call(node, scope) {
  switch (node.name) {
    case "abs": {
      const x = asNumbers(evaluate(node.args[0], scope), node.args[0], "abs()");
      if (typeof x === "number") return { k: "cnum", v: Number.isNaN(x) ? null : Math.abs(x) };
      return { k: "num", v: x.map(Math.abs) };
    }
    case "coalesce":
      return coalesce(node, scope);
    default:
      return evaluateAggregate(node, scope, evaluate);
  }
}
function coalesce(node, scope) {
  const values = node.args.map((arg) => evaluate(arg, scope));
  const text = values.some((v) => v.k === "str" || v.k === "cstr");
  if (!text) {
    const arrays = values.map((v, i) => asNumbers(v, node.args[i], "coalesce()"));
    if (values.every(isConstant)) {
      const first = arrays.find((x) => !Number.isNaN(x));
      return { k: "cnum", v: first ?? null };
    }
    const out = new Float64Array(scope.n).fill(Number.NaN);
    for (const x of arrays) {
      for (let i = 0; i < out.length; i++) if (Number.isNaN(out[i])) out[i] = typeof x === "number" ? x : x[i];
    }
    return { k: "num", v: out };
  }
  const dict = [];
  const index = /* @__PURE__ */ new Map();
  const codeOf = (word) => {
    let code = index.get(word);
    if (code === void 0) {
      code = dict.length;
      dict.push(word);
      index.set(word, code);
    }
    return code;
  };
  const codes = new Int32Array(scope.n).fill(-1);
  values.forEach((value, i) => {
    if (value.k === "cstr") {
      const code = codeOf(value.v);
      for (let r = 0; r < codes.length; r++) if (codes[r] < 0) codes[r] = code;
    } else if (value.k === "str") {
      const remap = value.dict.map(codeOf);
      for (let r = 0; r < codes.length; r++) if (codes[r] < 0 && value.codes[r] >= 0) codes[r] = remap[value.codes[r]];
    } else {
      throw new ExpressionError(`coalesce() mixes text with ${describe(value)}`, node.args[i].start);
    }
  });
  return { k: "str", codes, dict };
}

// src/expr/ast.ts
var AGGREGATES = ["mean", "sum", "count", "min", "max", "quantile", "rate", "ratio"];
var SIGNATURES = /* @__PURE__ */ new Map([
  ["mean", { min: 1, max: 1, where: true, usage: "mean(x, where: condition?)" }],
  ["sum", { min: 1, max: 1, where: true, usage: "sum(x, where: condition?)" }],
  ["count", { min: 0, max: 1, where: true, usage: "count(), count(x) or count(where: condition)" }],
  ["min", { min: 1, max: 1, where: true, usage: "min(x, where: condition?)" }],
  ["max", { min: 1, max: 1, where: true, usage: "max(x, where: condition?)" }],
  ["quantile", { min: 2, max: 2, where: true, usage: "quantile(x, q) with q a number in [0, 1]" }],
  ["rate", { min: 1, max: 1, where: true, usage: "rate(condition, where: condition?)" }],
  ["ratio", { min: 2, max: 2, where: false, usage: "ratio(aggregate, aggregate)" }],
  ["abs", { min: 1, max: 1, where: false, usage: "abs(x)" }],
  ["coalesce", { min: 2, max: 64, where: false, usage: "coalesce(x, y, ...)" }]
]);
function isAggregate(name) {
  return AGGREGATES.includes(name);
}

// src/expr/lexer.ts
var OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%", "!", "(", ")", "[", "]", ",", ":"];
var isDigit = (c) => c !== void 0 && c >= "0" && c <= "9";
var isNameStart = (c) => c !== void 0 && (c >= "a" && c <= "z" || c >= "A" && c <= "Z" || c === "_");
var isNamePart = (c) => isNameStart(c) || isDigit(c);
var ESCAPES = /* @__PURE__ */ new Map([
  ["\\", "\\"],
  ['"', '"'],
  ["'", "'"],
  ["n", "\n"],
  ["t", "	"]
]);
function tokenize(text) {
  const tokens = [];
  let i = 0;
  const fail = (message, start) => {
    tokens.push({ kind: "error", message, start, end: start + 1 });
    return tokens;
  };
  while (i < text.length) {
    const c = text[i];
    if (c === " " || c === "	" || c === "\n" || c === "\r") {
      i++;
      continue;
    }
    const start = i;
    if (isDigit(c) || c === "." && isDigit(text[i + 1])) {
      while (isDigit(text[i])) i++;
      if (text[i] === "." && isDigit(text[i + 1])) for (i++; isDigit(text[i]); ) i++;
      if ((text[i] === "e" || text[i] === "E") && (isDigit(text[i + 1]) || (text[i + 1] === "+" || text[i + 1] === "-") && isDigit(text[i + 2]))) {
        for (i += 2; isDigit(text[i]); ) i++;
      }
      const value = Number(text.slice(start, i));
      if (!Number.isFinite(value)) return fail(`the number ${text.slice(start, i)} is too large`, start);
      if (isNameStart(text[i]) || text[i] === ".") return fail(`unexpected "${text[i]}" after the number ${text.slice(start, i)}`, i);
      tokens.push({ kind: "number", value, start, end: i });
      continue;
    }
    if (isNameStart(c)) {
      while (isNamePart(text[i])) i++;
      tokens.push({ kind: "name", value: text.slice(start, i), quoted: false, start, end: i });
      continue;
    }
    if (c === "`") {
      const close = text.indexOf("`", i + 1);
      if (close < 0) return fail("unterminated column name: a backtick-quoted name needs a closing `", start);
      const name = text.slice(i + 1, close);
      if (name.includes("${")) return fail("template literals are not part of the language: backticks only quote a column name", start);
      if (name.length === 0) return fail("empty column name ``", start);
      if (name.includes("\n")) return fail("a quoted column name cannot span lines", start);
      i = close + 1;
      tokens.push({ kind: "name", value: name, quoted: true, start, end: i });
      continue;
    }
    if (c === '"' || c === "'") {
      let value = "";
      for (i++; ; ) {
        const d = text[i];
        if (d === void 0 || d === "\n") return fail(`unterminated string: add the closing ${c}`, start);
        if (d === c) break;
        if (d === "\\") {
          const escaped = ESCAPES.get(text[i + 1] ?? "");
          if (escaped === void 0) return fail(`unknown escape \\${text[i + 1] ?? ""} in a string (known: \\\\ \\" \\' \\n \\t)`, i);
          value += escaped;
          i += 2;
          continue;
        }
        value += d;
        i++;
      }
      i++;
      tokens.push({ kind: "string", value, start, end: i });
      continue;
    }
    if (c === "=" && text[i + 1] !== "=") return fail('assignment ("=") is not allowed; to compare, write "=="', start);
    if ((c === "=" || c === "!") && text[i + 1] === "=" && text[i + 2] === "=") {
      return fail(`"${c}==" is JavaScript; write "${c}="`, start);
    }
    if (c === ".") return fail('member access (".") is not allowed: name columns directly, and quote names with dots in backticks, e.g. `a.b`', start);
    if ((c === "&" || c === "|") && text[i + 1] !== c) return fail(`"${c}" alone is not an operator; write "${c}${c}" or "${c === "&" ? "and" : "or"}"`, start);
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op === void 0) return fail(`unexpected character "${c}"`, start);
    i += op.length;
    tokens.push({ kind: "op", value: op, start, end: i });
  }
  tokens.push({ kind: "end", start: text.length, end: text.length });
  return tokens;
}

// src/expr/parse.ts
var MAX_EXPRESSION_LENGTH = 1e4;
var MAX_DEPTH = 100;
var FORBIDDEN_NAMES = /* @__PURE__ */ new Set([
  "constructor",
  "__proto__",
  "prototype",
  "globalThis",
  "this",
  "process",
  "require",
  "import",
  "module",
  "exports",
  "eval",
  "Function",
  "window",
  "global",
  "self",
  "new",
  "function",
  "return",
  "let",
  "const",
  "var",
  "delete",
  "typeof",
  "void",
  "class",
  "super",
  "arguments",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__"
]);
var FORBIDDEN_QUOTED = /* @__PURE__ */ new Set(["constructor", "__proto__", "prototype"]);
var KEYWORDS = /* @__PURE__ */ new Set(["and", "or", "not", "in", "is", "null", "true", "false"]);
var COMPARISONS = /* @__PURE__ */ new Set(["==", "!=", "<", "<=", ">", ">="]);
var BP_OR = 1;
var BP_AND = 2;
var BP_NOT = 3;
var BP_COMPARE = 4;
var BP_ADD = 5;
var BP_MUL = 6;
var BP_UNARY = 7;
var ParseFailure = class {
  constructor(message, offset) {
    this.message = message;
    this.offset = offset;
  }
  message;
  offset;
};
function parseExpression(text) {
  if (typeof text !== "string") return { ok: false, message: "the expression must be a string", offset: 0 };
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return { ok: false, message: `the expression is ${text.length} characters long; the limit is ${MAX_EXPRESSION_LENGTH}`, offset: MAX_EXPRESSION_LENGTH };
  }
  try {
    const ast = new Parser(tokenize(text)).parseAll();
    return { ok: true, ast };
  } catch (error2) {
    if (error2 instanceof ParseFailure) return { ok: false, message: error2.message, offset: error2.offset };
    throw error2;
  }
}
var depths = /* @__PURE__ */ new WeakMap();
var depthOf = (node) => depths.get(node) ?? 1;
var Parser = class {
  constructor(tokens) {
    this.tokens = tokens;
  }
  tokens;
  #at = 0;
  #nesting = 0;
  parseAll() {
    if (this.peek().kind === "end") throw new ParseFailure("the expression is empty", 0);
    const ast = this.expression(0);
    const next = this.peek();
    if (next.kind !== "end") this.unexpected(next, "expected an operator or the end of the expression");
    return ast;
  }
  peek(ahead = 0) {
    const token = this.tokens[Math.min(this.#at + ahead, this.tokens.length - 1)];
    if (token.kind === "error" && ahead === 0) throw new ParseFailure(token.message, token.start);
    return token;
  }
  next() {
    const token = this.peek();
    if (token.kind !== "end") this.#at++;
    return token;
  }
  isOp(token, value) {
    return token.kind === "op" && token.value === value;
  }
  isKeyword(token, value) {
    return token.kind === "name" && !token.quoted && token.value === value;
  }
  expect(value, context) {
    const token = this.peek();
    if (!this.isOp(token, value)) this.unexpected(token, `expected "${value}" ${context}`);
    return this.next();
  }
  unexpected(token, expected) {
    const found = token.kind === "end" ? "the end of the expression" : token.kind === "string" ? `the string ${JSON.stringify(token.value)}` : `"${"value" in token ? String(token.value) : ""}"`;
    throw new ParseFailure(`${expected}, found ${found}`, token.start);
  }
  /** Builds a node and enforces the depth limit on the tree. */
  node(node, ...children) {
    const depth = 1 + Math.max(0, ...children.map(depthOf));
    if (depth > MAX_DEPTH) throw new ParseFailure(`the expression nests deeper than ${MAX_DEPTH} levels`, node.start);
    depths.set(node, depth);
    return node;
  }
  expression(minBp) {
    if (++this.#nesting > MAX_DEPTH) throw new ParseFailure(`the expression nests deeper than ${MAX_DEPTH} levels`, this.peek().start);
    let left = this.prefix();
    for (; ; ) {
      const token = this.peek();
      const bp = this.infixPower(token);
      if (bp === null || bp <= minBp) break;
      left = this.infix(left, token, bp);
      if (bp === BP_COMPARE && this.infixPower(this.peek()) === BP_COMPARE) {
        throw new ParseFailure('comparisons cannot be chained: write "a < b and b < c"', this.peek().start);
      }
    }
    this.#nesting--;
    return left;
  }
  infixPower(token) {
    if (token.kind === "op") {
      if (token.value === "||") return BP_OR;
      if (token.value === "&&") return BP_AND;
      if (COMPARISONS.has(token.value)) return BP_COMPARE;
      if (token.value === "+" || token.value === "-") return BP_ADD;
      if (token.value === "*" || token.value === "/" || token.value === "%") return BP_MUL;
      if (token.value === "(") throw new ParseFailure("only functions can be called, by name: e.g. abs(x)", token.start);
      if (token.value === "[") throw new ParseFailure('indexing ("[...]") is not allowed; a list may only follow "in"', token.start);
      return null;
    }
    if (token.kind === "name" && !token.quoted) {
      if (token.value === "or") return BP_OR;
      if (token.value === "and") return BP_AND;
      if (token.value === "in" || token.value === "is") return BP_COMPARE;
      if (token.value === "not" && this.isKeyword(this.peek(1), "in")) return BP_COMPARE;
    }
    return null;
  }
  infix(left, token, bp) {
    this.next();
    const op = token.kind === "op" || token.kind === "name" ? token.value : "";
    if (op === "in" || op === "not") {
      if (op === "not") this.next();
      return this.inList(left, op === "not");
    }
    if (op === "is") {
      const negated = this.isKeyword(this.peek(), "not");
      if (negated) this.next();
      const nullToken = this.peek();
      if (!this.isKeyword(nullToken, "null")) this.unexpected(nullToken, `expected "null" after "is${negated ? " not" : ""}"`);
      this.next();
      return this.node({ type: "is_null", negated, operand: left, start: left.start, end: nullToken.end }, left);
    }
    const logical2 = op === "||" || op === "or" ? "or" : op === "&&" || op === "and" ? "and" : null;
    const right = this.expression(bp);
    const binary2 = {
      type: "binary",
      op: logical2 ?? op,
      left,
      right,
      start: left.start,
      end: right.end
    };
    return this.node(binary2, left, right);
  }
  inList(operand, negated) {
    const open = this.expect("[", `after "${negated ? "not in" : "in"}"`);
    const values = [];
    let kind = null;
    while (!this.isOp(this.peek(), "]")) {
      if (values.length > 0) this.expect(",", "between list items");
      let token = this.next();
      let sign = 1;
      if (this.isOp(token, "-")) {
        sign = -1;
        token = this.next();
      }
      if (token.kind !== "number" && token.kind !== "string") this.unexpected(token, 'a list after "in" holds only numbers or strings');
      if (token.kind === "string" && sign < 0) this.unexpected(token, 'expected a number after "-"');
      if (kind !== null && kind !== token.kind) throw new ParseFailure("a list mixes numbers and strings", token.start);
      kind = token.kind;
      values.push(token.kind === "number" ? sign * token.value : token.value);
    }
    const close = this.next();
    if (values.length === 0) throw new ParseFailure('the list after "in" is empty', open.start);
    return this.node({ type: "in", negated, operand, values, start: operand.start, end: close.end }, operand);
  }
  prefix() {
    const token = this.next();
    switch (token.kind) {
      case "number":
        return { type: "number", value: token.value, start: token.start, end: token.end };
      case "string":
        return { type: "string", value: token.value, start: token.start, end: token.end };
      case "end":
        return this.unexpected(token, "expected a value");
      case "error":
        throw new ParseFailure(token.message, token.start);
      case "op":
        return this.prefixOperator(token);
      case "name":
        return this.name(token);
    }
  }
  prefixOperator(token) {
    if (token.value === "(") {
      const inner = this.expression(0);
      this.expect(")", 'to close the "(" at offset ' + token.start);
      return inner;
    }
    if (token.value === "-") {
      const operand = this.expression(BP_UNARY - 1);
      if (operand.type === "number") return { type: "number", value: -operand.value, start: token.start, end: operand.end };
      return this.node({ type: "unary", op: "-", operand, start: token.start, end: operand.end }, operand);
    }
    if (token.value === "!") return this.not(token.start);
    if (token.value === "[") throw new ParseFailure('a list ("[...]") may only follow "in"', token.start);
    return this.unexpected(token, "expected a value");
  }
  not(start) {
    const operand = this.expression(BP_NOT);
    return this.node({ type: "unary", op: "not", operand, start, end: operand.end }, operand);
  }
  name(token) {
    const name = token.value;
    if (token.quoted) {
      if (FORBIDDEN_QUOTED.has(name)) throw new ParseFailure(`"${name}" is not allowed as a name`, token.start);
      if (this.isOp(this.peek(), "(")) throw new ParseFailure("only functions can be called, by bare name: e.g. abs(x)", this.peek().start);
      return { type: "column", name, start: token.start, end: token.end };
    }
    if (name === "true" || name === "false") return { type: "boolean", value: name === "true", start: token.start, end: token.end };
    if (name === "not") return this.not(token.start);
    if (name === "null") throw new ParseFailure('null can only be tested with "x is null" or "x is not null"', token.start);
    if (KEYWORDS.has(name)) return this.unexpected(token, "expected a value");
    if (FORBIDDEN_NAMES.has(name)) {
      throw new ParseFailure(`"${name}" is not a column or function of the expression language (it reads columns and calls only ${[...SIGNATURES.keys()].join(", ")}); to mean a column with this name, quote it: \`${name}\``, token.start);
    }
    if (this.isOp(this.peek(), "(")) return this.call(token);
    return { type: "column", name, start: token.start, end: token.end };
  }
  call(token) {
    const signature = SIGNATURES.get(token.value);
    if (signature === void 0) {
      throw new ParseFailure(`unknown function "${token.value}"; the functions are ${[...SIGNATURES.keys()].join(", ")}`, token.start);
    }
    const name = token.value;
    if (++this.#nesting > MAX_DEPTH) throw new ParseFailure(`the expression nests deeper than ${MAX_DEPTH} levels`, token.start);
    this.next();
    const args = [];
    let where = null;
    while (!this.isOp(this.peek(), ")")) {
      if (args.length > 0 || where !== null) this.expect(",", `between the arguments of ${name}()`);
      const first = this.peek();
      if (first.kind === "name" && !first.quoted && this.isOp(this.peek(1), ":")) {
        if (first.value !== "where") throw new ParseFailure(`unknown named argument "${first.value}:"; the only one is "where:"`, first.start);
        if (!signature.where) throw new ParseFailure(`${name}() takes no "where:" filter; usage: ${signature.usage}`, first.start);
        if (where !== null) throw new ParseFailure('"where:" is given twice', first.start);
        this.next();
        this.next();
        where = this.expression(0);
        continue;
      }
      if (where !== null) throw new ParseFailure('"where:" must be the last argument', first.start);
      args.push(this.expression(0));
    }
    const close = this.next();
    this.#nesting--;
    if (args.length < signature.min || args.length > signature.max) {
      throw new ParseFailure(`${name}() takes ${describeArity(signature.min, signature.max)}; usage: ${signature.usage}`, token.start);
    }
    if (name === "quantile") {
      const q = args[1];
      if (q.type !== "number" || !(q.value >= 0 && q.value <= 1)) {
        throw new ParseFailure("the second argument of quantile() must be a number between 0 and 1, e.g. quantile(latency_ms, 0.95)", q.start);
      }
    }
    const children = where === null ? args : [...args, where];
    return this.node({ type: "call", name, args, where, start: token.start, end: close.end }, ...children);
  }
};
function describeArity(min, max) {
  if (min === max) return `${min} argument${min === 1 ? "" : "s"}`;
  if (max >= 64) return `at least ${min} arguments`;
  return `${min} to ${max} arguments`;
}

// src/expr/columns.ts
function childrenOf(node) {
  switch (node.type) {
    case "unary":
    case "in":
    case "is_null":
      return [node.operand];
    case "binary":
      return [node.left, node.right];
    case "call":
      return node.where === null ? node.args : [...node.args, node.where];
    default:
      return [];
  }
}
function columnsOf(ast) {
  const seen = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (node.type === "column") seen.add(node.name);
    for (const child of childrenOf(node)) visit(child);
  };
  visit(ast);
  return [...seen];
}
function scalarShapeError(ast) {
  const visit = (node) => {
    if (node.type === "call" && isAggregate(node.name) && node.name !== "ratio") return null;
    if (node.type === "column") {
      return {
        message: `column "${node.name}" is read row by row here; a KPI is one value, so wrap it in an aggregate such as mean(${node.name})`,
        offset: node.start
      };
    }
    for (const child of childrenOf(node)) {
      const found = visit(child);
      if (found !== null) return found;
    }
    return null;
  };
  return visit(ast);
}

// src/expr/index.ts
function evaluateRowPredicate(ast, table) {
  const value = evaluate(ast, scopeOf(table));
  if (value.k === "str" || value.k === "cstr") {
    throw new ExpressionError("a rule must be a condition (true or false), e.g. age >= 18; this is text", ast.start);
  }
  const condition = spreadCondition(asCondition(value, ast, "a rule"), table.rowCount);
  const mask = new Uint8Array(table.rowCount);
  let nulls = 0;
  for (let i = 0; i < mask.length; i++) {
    if (condition[i] === NULL_BOOL) nulls++;
    else mask[i] = condition[i];
  }
  return { mask, nulls };
}
function evaluateScalar(ast, table, rows) {
  const value = evaluate(ast, scopeOf(table, rows));
  switch (value.k) {
    case "cnum":
      return value.v === null || Number.isNaN(value.v) ? null : value.v;
    case "cbool":
      return value.v === null ? null : value.v ? 1 : 0;
    default:
      throw new ExpressionError(`the expression must give one value, but gives ${describe(value)}${value.k === "cstr" ? "" : " per row"}; wrap columns in an aggregate such as mean(x)`, ast.start);
  }
}

// src/policy/thresholds.ts
var KEYS = ["gt", "gte", "lt", "lte", "eq", "not_eq", "between", "not_between", "in", "not_in"];
function normaliseComparator(raw, pointer, ctx) {
  const out = {};
  for (const key of KEYS) {
    const value = raw[key];
    if (value === void 0) continue;
    if (key === "between" || key === "not_between") {
      const [low, high] = value;
      if (low !== void 0 && high !== void 0 && low > high) {
        ctx.error(childPointer(pointer, key), `"${key}" must be [low, high] with low \u2264 high, got [${low}, ${high}]`);
      }
      out[key] = [low, high];
    } else {
      out[key] = Array.isArray(value) ? [...value] : value;
    }
  }
  return out;
}
function normaliseThreshold(raw, pointer, ctx) {
  const out = { ...normaliseComparator(raw, pointer, ctx) };
  const against = raw.relative !== void 0 || raw.absolute !== void 0;
  if (raw.vs !== void 0) {
    out.vs = raw.vs;
    if (!against) ctx.error(childPointer(pointer, "vs"), '"vs: reference" needs "relative" or "absolute" conditions on the change', "key");
    if (!ctx.hasReference) ctx.error(childPointer(pointer, "vs"), '"vs: reference" compares with reference data: add data.reference', "key");
  }
  for (const key of ["relative", "absolute"]) {
    const comparator = raw[key];
    if (comparator === void 0) continue;
    if (raw.vs === void 0) ctx.error(childPointer(pointer, key), `"${key}" compares against the reference: add "vs: reference" beside it`, "key");
    out[key] = normaliseComparator(comparator, childPointer(pointer, key), ctx);
  }
  return out;
}
function normaliseThresholds(raw, pointer, ctx) {
  if (raw === void 0) return void 0;
  const out = {};
  if (raw.warn !== void 0) out.warn = normaliseThreshold(raw.warn, childPointer(pointer, "warn"), ctx);
  if (raw.fail !== void 0) out.fail = normaliseThreshold(raw.fail, childPointer(pointer, "fail"), ctx);
  return out;
}

// src/policy/checks/base.ts
function referColumns(selection, pointer, ctx) {
  if (selection === "all") return;
  selection.forEach((name, index) => ctx.referColumn(`${pointer}/${index}`, name));
}

// src/policy/checks/data-quality.ts
var NEEDS_THRESHOLD = ["row_count", "missing_share", "out_of_range_share", "unseen_share", "freshness"];
var METRIC_OF_KEY = { range: "out_of_range_share", rule: "rule", mostly: "rule", schema: "schema" };
function normaliseDataQuality(check2, base, ctx) {
  const raw = check2;
  const at = base.pointer;
  const metricAt = `${at}/metric`;
  const { metric } = raw;
  const hasThreshold = raw.warn !== void 0 || raw.fail !== void 0;
  for (const [key, owner] of Object.entries(METRIC_OF_KEY)) {
    if (raw[key] !== void 0 && owner !== metric) ctx.error(`${at}/${key}`, `"${key}" applies only to metric ${owner}, not ${metric}`, "key");
  }
  if (NEEDS_THRESHOLD.includes(metric) && !hasThreshold) ctx.error(metricAt, `metric ${metric} needs a "warn" or "fail" threshold`);
  if (metric === "rule" && raw.rule === void 0) ctx.error(metricAt, 'metric rule needs a "rule" (a row predicate such as "age >= 18")');
  if (metric === "rule" && raw.mostly === void 0 && !hasThreshold) ctx.error(metricAt, 'metric rule needs "mostly" or a "warn"/"fail" threshold');
  if (metric === "schema" && raw.schema === void 0) ctx.error(metricAt, 'metric schema needs a "schema" mapping (required, forbidden, types)');
  if (metric === "duplicate_ids" && ctx.columns.id === void 0) ctx.error(metricAt, "metric duplicate_ids needs columns.id");
  if (metric === "freshness" && ctx.columns.timestamp === void 0) ctx.error(metricAt, "metric freshness needs columns.timestamp");
  if (metric === "unseen_share" && !ctx.hasReference) ctx.error(metricAt, "metric unseen_share compares with reference data: add data.reference");
  if (metric === "out_of_range_share" && (raw.range ?? "reference") === "reference" && !ctx.hasReference) {
    ctx.error(metricAt, "metric out_of_range_share takes its range from reference data: add data.reference or a range { min, max }");
  }
  const columns = raw.columns ?? "all";
  referColumns(columns, `${at}/columns`, ctx);
  const spec = {
    ...base,
    type: "data_quality",
    metric,
    columns: columns === "all" ? "all" : [...columns]
  };
  if (raw.warn !== void 0) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== void 0) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  if (metric === "duplicate_ids" && !hasThreshold) spec.fail = { gt: 0 };
  if (raw.range !== void 0) spec.range = raw.range === "reference" ? "reference" : { ...raw.range };
  else if (metric === "out_of_range_share") spec.range = "reference";
  if (raw.range !== void 0 && raw.range !== "reference") {
    const { min, max } = raw.range;
    if (min !== void 0 && max !== void 0 && min > max) ctx.error(`${at}/range`, `"range" must have min \u2264 max, got min ${min} and max ${max}`);
  }
  if (raw.rule !== void 0) {
    spec.rule = raw.rule;
    const parsed = parseExpression(raw.rule);
    if (!parsed.ok) ctx.errorInText(`${at}/rule`, parsed.offset, `in the rule, at character ${parsed.offset + 1}: ${parsed.message}`);
  }
  if (raw.mostly !== void 0) spec.mostly = raw.mostly;
  if (raw.schema !== void 0) {
    spec.schema = {
      required: [...raw.schema.required ?? []],
      forbidden: [...raw.schema.forbidden ?? []],
      types: { ...raw.schema.types ?? {} }
    };
  }
  return spec;
}

// src/policy/checks/drift.ts
var DRIFT_DEFAULTS = {
  features: "all",
  method: "auto",
  per_feature: { fail: { gte: 0.1 } },
  p_value: { fail: { lt: 0.05 } },
  bins: 10
};
function normaliseDrift(check2, base, ctx) {
  const raw = check2;
  const at = base.pointer;
  if (!ctx.hasReference) ctx.error(`${at}/type`, "a drift check compares with reference data: add data.reference");
  const features = raw.features ?? DRIFT_DEFAULTS.features;
  referColumns(features, `${at}/features`, ctx);
  const spec = {
    ...base,
    type: "drift",
    features: features === "all" ? "all" : [...features],
    method: raw.method ?? DRIFT_DEFAULTS.method,
    per_feature: normaliseThresholds(raw.per_feature, `${at}/per_feature`, ctx) ?? DRIFT_DEFAULTS.per_feature,
    p_value: normaliseThresholds(raw.p_value, `${at}/p_value`, ctx) ?? DRIFT_DEFAULTS.p_value,
    bins: raw.bins ?? DRIFT_DEFAULTS.bins
  };
  if (raw.dataset !== void 0) {
    const share2 = normaliseThresholds(raw.dataset.share_drifted, `${at}/dataset/share_drifted`, ctx);
    spec.dataset = share2 === void 0 ? {} : { share_drifted: share2 };
  }
  return spec;
}

// src/policy/checks/grouping.ts
var DEFAULT_MIN_GROUP_SIZE = 30;
function normaliseBy(raw, pointer, ctx) {
  if (raw === void 0) return void 0;
  const names = typeof raw === "string" ? [raw] : Array.isArray(raw) ? raw.map(String) : [];
  if (names.length === 0 || names.length > 2) {
    ctx.error(pointer, '"by" takes one column or a list of two (their intersection)');
    return void 0;
  }
  if (names.length === 2 && names[0] === names[1]) ctx.error(pointer, `"by" names "${names[0]}" twice`);
  if (typeof raw === "string") ctx.referColumn(pointer, raw);
  else names.forEach((name, index) => ctx.referColumn(`${pointer}/${index}`, name));
  return names;
}

// src/policy/checks/fairness.ts
function normaliseFairness(check2, base, ctx) {
  const raw = check2;
  const at = base.pointer;
  const aggregate2 = raw.aggregate ?? "difference";
  const by = normaliseBy(raw.by, `${at}/by`, ctx) ?? [];
  if (aggregate2 === "equalized_odds" && raw.metric !== void 0) {
    ctx.error(`${at}/metric`, 'aggregate equalized_odds compares both true_positive_rate and false_positive_rate: remove "metric"', "key");
  }
  if (aggregate2 !== "equalized_odds" && raw.metric === void 0) ctx.error(`${at}/type`, `a fairness check needs a "metric" (selection_rate, true_positive_rate, ...)`);
  if (aggregate2 === "vs_group" && raw.reference_group === void 0) {
    ctx.error(`${at}/aggregate`, `aggregate vs_group needs "reference_group"${by.length === 2 ? ' (a label such as "Male \xD7 White")' : ""}`);
  }
  if (aggregate2 !== "vs_group" && raw.reference_group !== void 0) {
    ctx.error(`${at}/reference_group`, `"reference_group" applies only to aggregate vs_group, not ${aggregate2}`, "key");
  }
  const metric = raw.metric ?? "true_positive_rate";
  if ((metric !== "selection_rate" || aggregate2 === "equalized_odds") && ctx.columns.target === void 0) {
    ctx.error(`${at}/${raw.metric === void 0 ? "aggregate" : "metric"}`, `${aggregate2 === "equalized_odds" ? "equalized_odds" : metric} compares predictions with labels: declare columns.target`);
  }
  if (ctx.columns.prediction === void 0 && ctx.columns.score === void 0) {
    ctx.error(`${at}/type`, "a fairness check reads predictions: declare columns.prediction (or columns.score, thresholded at 0.5)");
  }
  if (raw.warn === void 0 && raw.fail === void 0) ctx.error(`${at}/type`, 'a fairness check needs a "warn" or "fail" threshold');
  const spec = {
    ...base,
    type: "fairness",
    metric,
    by,
    aggregate: aggregate2,
    min_group_size: raw.min_group_size ?? DEFAULT_MIN_GROUP_SIZE,
    require_non_overlap: raw.require_non_overlap ?? false,
    positive_label: raw.positive_label ?? 1
  };
  if (raw.reference_group !== void 0) spec.reference_group = raw.reference_group;
  if (raw.warn !== void 0) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== void 0) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  return spec;
}

// src/expr/pattern.ts
var MAX_PATTERN_LENGTH = 200;
var MAX_MATCHED_LENGTH = 1e3;
function patternProblem(pattern) {
  if (pattern.length > MAX_PATTERN_LENGTH) {
    return { message: `the pattern is ${pattern.length} characters long; the limit is ${MAX_PATTERN_LENGTH}`, offset: MAX_PATTERN_LENGTH };
  }
  try {
    new RegExp(pattern, "u");
  } catch (error2) {
    return { message: `not a valid regular expression: ${error2.message}`, offset: 0 };
  }
  const groups = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      const next = pattern[i + 1] ?? "";
      if (/[1-9]/.test(next) || next === "k") return { message: "backreferences are not allowed in patterns", offset: i };
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") groups.push({ start: i, risky: false });
    else if (c === "|" && groups.length > 0) groups[groups.length - 1].risky = true;
    else if (c === ")") {
      const group = groups.pop();
      const repeat = unboundedRepeatAt(pattern, i + 1);
      if (group !== void 0 && group.risky && repeat) {
        return {
          message: 'a repeated group contains a repeat or an alternation (like "(a+)+" or "(a|b)*"), which can take exponential time; simplify the pattern',
          offset: group.start
        };
      }
      if (group !== void 0 && (group.risky || repeat) && groups.length > 0) groups[groups.length - 1].risky = true;
    } else if (unboundedRepeatAt(pattern, i) && groups.length > 0) groups[groups.length - 1].risky = true;
  }
  return null;
}
function unboundedRepeatAt(pattern, i) {
  const c = pattern[i];
  if (c === "*" || c === "+") return true;
  return c === "{" && /^\{\d+,\}/.test(pattern.slice(i, i + 12));
}

// src/policy/checks/operational.ts
var NEEDS_COLUMN = ["p50", "p90", "p95", "p99", "max", "error_rate"];
function normaliseOperational(check2, base, ctx) {
  const raw = check2;
  const at = base.pointer;
  const { metric } = raw;
  const metricAt = `${at}/metric`;
  if (NEEDS_COLUMN.includes(metric) && raw.column === void 0) {
    ctx.error(metricAt, metric === "error_rate" ? 'metric error_rate needs "column" (the status column)' : `metric ${metric} needs "column" (e.g. latency_ms)`);
  }
  if (metric === "throughput" && raw.column !== void 0) ctx.error(`${at}/column`, 'metric throughput counts rows and takes no "column"', "key");
  if (metric === "throughput" && ctx.columns.timestamp === void 0) ctx.error(metricAt, "metric throughput needs columns.timestamp");
  const column2 = raw.column ?? (metric === "null_prediction_share" ? ctx.columns.prediction ?? ctx.columns.score : void 0);
  if (metric === "null_prediction_share" && column2 === void 0) ctx.error(metricAt, 'metric null_prediction_share needs "column" or columns.prediction');
  if (raw.column !== void 0) ctx.referColumn(`${at}/column`, raw.column);
  for (const key of ["values", "pattern"]) {
    if (raw[key] !== void 0 && metric !== "error_rate") ctx.error(`${at}/${key}`, `"${key}" applies only to metric error_rate, not ${metric}`, "key");
  }
  if (metric === "error_rate" && raw.values === void 0 === (raw.pattern === void 0)) {
    ctx.error(metricAt, 'metric error_rate needs exactly one of "values" (a list of status values) or "pattern" (a regular expression)');
  }
  if (raw.pattern !== void 0) {
    const problem = patternProblem(raw.pattern);
    if (problem !== null) ctx.errorInText(`${at}/pattern`, problem.offset, problem.message);
  }
  if (raw.warn === void 0 && raw.fail === void 0) ctx.error(metricAt, 'an operational check needs a "warn" or "fail" threshold');
  const spec = {
    ...base,
    type: "operational",
    metric,
    min_group_size: raw.min_group_size ?? DEFAULT_MIN_GROUP_SIZE
  };
  const by = normaliseBy(raw.by, `${at}/by`, ctx);
  if (by !== void 0) spec.by = by;
  if (column2 !== void 0) spec.column = column2;
  if (raw.values !== void 0) spec.values = [...raw.values];
  if (raw.pattern !== void 0) spec.pattern = raw.pattern;
  if (raw.warn !== void 0) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== void 0) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  return spec;
}

// src/policy/checks/business.ts
function normaliseBusiness(check2, base, ctx) {
  const raw = check2;
  const at = base.pointer;
  const exprAt = `${at}/expr`;
  const parsed = parseExpression(raw.expr);
  if (!parsed.ok) {
    ctx.errorInText(exprAt, parsed.offset, `in the expression, at character ${parsed.offset + 1}: ${parsed.message}`);
  } else {
    const shape = scalarShapeError(parsed.ast);
    if (shape !== null) ctx.errorInText(exprAt, shape.offset, `in the expression, at character ${shape.offset + 1}: ${shape.message}`);
    for (const name of columnsOf(parsed.ast)) ctx.referColumn(exprAt, name);
  }
  if (raw.warn === void 0 && raw.fail === void 0) ctx.error(exprAt, 'a business check needs a "warn" or "fail" threshold');
  const spec = {
    ...base,
    type: "business",
    expr: raw.expr,
    min_group_size: raw.min_group_size ?? DEFAULT_MIN_GROUP_SIZE
  };
  const by = normaliseBy(raw.by, `${at}/by`, ctx);
  if (by !== void 0) spec.by = by;
  if (raw.warn !== void 0) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== void 0) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  return spec;
}

// src/policy/checks/performance.ts
var REGRESSION = ["mae", "mse", "rmse", "mape", "r2"];
var BINARY_ONLY = ["average_precision", "brier"];
var ESTIMABLE = ["accuracy", "precision", "recall", "f1", "specificity", "roc_auc"];
function normalisePerformance(check2, base, ctx) {
  const raw = check2;
  const at = base.pointer;
  const { metric } = raw;
  const task = ctx.task;
  if (task !== void 0) {
    const regression = REGRESSION.includes(metric);
    if (task === "regression" && !regression) ctx.error(`${at}/metric`, `metric ${metric} is for classification, but model.task is regression`);
    if (task !== "regression" && regression) ctx.error(`${at}/metric`, `metric ${metric} is for regression, but model.task is ${task}`);
    if (task === "multiclass_classification" && BINARY_ONLY.includes(metric)) {
      ctx.error(`${at}/metric`, `metric ${metric} is defined for binary classification only`);
    }
    if (raw.decision_threshold !== void 0 && task !== "binary_classification") {
      ctx.error(`${at}/decision_threshold`, '"decision_threshold" applies to binary classification only', "key");
    }
  }
  if (raw.when_unlabelled === "estimate") {
    if (!ESTIMABLE.includes(metric)) ctx.error(`${at}/when_unlabelled`, `CBPE cannot estimate ${metric}; it estimates ${ESTIMABLE.join(", ")}`);
    if (task === "regression") ctx.error(`${at}/when_unlabelled`, "CBPE estimates classification metrics only");
    if (!ctx.hasReference) ctx.error(`${at}/when_unlabelled`, "estimation fits on labelled reference data: add data.reference");
  }
  const hasThreshold = raw.warn !== void 0 || raw.fail !== void 0;
  if (!hasThreshold && !ctx.hasReference) {
    ctx.error(`${at}/metric`, 'without "warn" or "fail" the thresholds are derived from reference chunks: add data.reference or a threshold');
  }
  if (raw.by !== void 0) ctx.referColumn(`${at}/by`, raw.by);
  const spec = {
    ...base,
    type: "performance",
    metric,
    average: raw.average ?? "macro",
    min_group_size: raw.min_group_size ?? base.min_samples
  };
  if (raw.decision_threshold !== void 0) spec.decision_threshold = raw.decision_threshold;
  if (raw.by !== void 0) spec.by = raw.by;
  if (raw.when_unlabelled !== void 0) spec.when_unlabelled = raw.when_unlabelled;
  if (raw.warn !== void 0) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== void 0) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  return spec;
}

// src/policy/checks/concept-drift.ts
var DETECTOR_DEFAULTS = {
  adwin: { kind: "adwin", delta: 2e-3, clock: 32, max_buckets: 5, min_window_length: 5, grace_period: 10 },
  page_hinkley: { kind: "page_hinkley", min_instances: 30, delta: 5e-3, threshold: 50, alpha: 1 - 1e-4, mode: "both" },
  ddm: { kind: "ddm", warm_start: 30, warning_threshold: 2, drift_threshold: 3 }
};
function normaliseConceptDrift(check2, base, ctx) {
  const raw = check2;
  const at = base.pointer;
  const kind = raw.detector ?? "adwin";
  const defaults = DETECTOR_DEFAULTS[kind];
  const detector = { ...defaults };
  for (const [key, value] of Object.entries(raw.parameters ?? {})) {
    if (!(key in defaults) || key === "kind") {
      const owner = Object.keys(DETECTOR_DEFAULTS).find((k) => key in DETECTOR_DEFAULTS[k] && key !== "kind");
      const known = Object.keys(defaults).filter((k) => k !== "kind").join(", ");
      ctx.error(`${at}/parameters/${key}`, `"${key}" is ${owner ? `a parameter of ${owner}` : "not a detector parameter"}, not of ${kind} (which takes ${known})`, "key");
      continue;
    }
    if (key === "mode" ? !["up", "down", "both"].includes(String(value)) : typeof value !== "number") {
      ctx.error(`${at}/parameters/${key}`, key === "mode" ? '"mode" is up, down or both' : `"${key}" must be a number`);
      continue;
    }
    detector[key] = value;
  }
  if (kind === "ddm" && ctx.task === "regression") ctx.error(`${at}/detector`, "DDM reads 0/1 errors; for a regression model use adwin or page_hinkley");
  if (raw.decision_threshold !== void 0 && ctx.task !== void 0 && ctx.task !== "binary_classification") {
    ctx.error(`${at}/decision_threshold`, '"decision_threshold" applies to binary classification only', "key");
  }
  const spec = {
    ...base,
    type: "concept_drift",
    detector
  };
  if (raw.decision_threshold !== void 0) spec.decision_threshold = raw.decision_threshold;
  if (raw.warn !== void 0) spec.warn = normaliseThreshold(raw.warn, `${at}/warn`, ctx);
  if (raw.fail !== void 0) spec.fail = normaliseThreshold(raw.fail, `${at}/fail`, ctx);
  if (raw.warn === void 0 && raw.fail === void 0) spec.warn = { gte: 1 };
  return spec;
}

// src/policy/checks/index.ts
var checkNormalisers = {
  drift: normaliseDrift,
  data_quality: normaliseDataQuality,
  fairness: normaliseFairness,
  operational: normaliseOperational,
  business: normaliseBusiness,
  performance: normalisePerformance,
  concept_drift: normaliseConceptDrift
};
function isCheckType(type) {
  return Object.hasOwn(checkNormalisers, type);
}

// src/policy/columns.ts
function normaliseColumns(raw) {
  const c = raw ?? {};
  const out = {
    sensitive: [...c.sensitive ?? []],
    pii: [...c.pii ?? []],
    types: { ...c.types ?? {} }
  };
  for (const role of ["id", "timestamp", "prediction", "score", "target"]) {
    const name = c[role];
    if (name !== void 0) out[role] = name;
  }
  if (c.class_scores !== void 0) out.class_scores = { ...c.class_scores };
  if (c.features !== void 0) {
    out.features = { numerical: [...c.features.numerical ?? []], categorical: [...c.features.categorical ?? []] };
  }
  return out;
}
function declaredColumns(columns) {
  const names = /* @__PURE__ */ new Set();
  const add = (name) => {
    if (name !== void 0) names.add(name);
  };
  add(columns.id);
  add(columns.timestamp);
  add(columns.prediction);
  add(columns.score);
  add(columns.target);
  for (const name of Object.values(columns.class_scores ?? {})) add(name);
  for (const name of columns.features?.numerical ?? []) add(name);
  for (const name of columns.features?.categorical ?? []) add(name);
  for (const name of columns.sensitive) add(name);
  for (const name of Object.keys(columns.types)) add(name);
  return names;
}

// src/policy/data.ts
import path2 from "node:path";
function normaliseSource(raw, dir) {
  const files = typeof raw.file === "string" ? [raw.file] : raw.file;
  const paths = files.map((file) => path2.resolve(dir, file));
  return raw.format === void 0 ? { kind: "file", paths } : { kind: "file", paths, format: raw.format };
}
function normaliseLabels(raw, ctx) {
  const join = raw.join ?? ctx.columns.id;
  const column2 = raw.column ?? ctx.columns.target;
  if (join === void 0) ctx.error("/data/labels", '"labels" needs "join" (the id column shared with predictions) because columns.id is not set');
  if (column2 === void 0) ctx.error("/data/labels", '"labels" needs "column" (the label column) because columns.target is not set');
  const labels = {
    source: normaliseSource(raw, ctx.dir),
    join: join ?? "",
    column: column2 ?? ""
  };
  if (raw.delay !== void 0) labels.delay = ctx.duration(raw.delay, "/data/labels/delay");
  return labels;
}
function normaliseData(raw, ctx) {
  const out = { current: normaliseSource(raw.current, ctx.dir) };
  if (raw.reference !== void 0) out.reference = normaliseSource(raw.reference, ctx.dir);
  if (raw.labels !== void 0) out.labels = normaliseLabels(raw.labels, ctx);
  if (raw.window !== void 0) {
    out.window = ctx.duration(raw.window, "/data/window");
    if (ctx.columns.timestamp === void 0) ctx.error("/data/window", '"window" selects rows by time and needs columns.timestamp', "key");
  }
  if (raw.sample !== void 0) out.sample = { max_rows: raw.sample.max_rows, seed: raw.sample.seed ?? 0 };
  return out;
}

// src/policy/duration.ts
var UNIT_MS = { m: 6e4, h: 36e5, d: 864e5, w: 6048e5 };
var TIME = /^(\d+)(m|h|d|w)$/;
var RUNS = /^(\d+) runs?$/;
function parseDuration(text) {
  const time = TIME.exec(text);
  if (time) {
    const amount = Number(time[1]);
    const unit = time[2];
    if (!Number.isSafeInteger(amount)) return null;
    return { kind: "time", ms: amount * UNIT_MS[unit], text };
  }
  const runs = RUNS.exec(text);
  if (runs) {
    const count2 = Number(runs[1]);
    if (!Number.isSafeInteger(count2)) return null;
    return { kind: "runs", runs: count2, text };
  }
  return null;
}
var DURATION_FORMS = "30m, 6h, 7d, 2w or N runs";

// src/policy/normalise.ts
var DEFAULT_MIN_SAMPLES = 100;
function normalisePolicy(input) {
  const { raw, file, dir, positionOf } = input;
  const secrets = input.secrets ?? [];
  const problems = [];
  const references = [];
  const columns = normaliseColumns(raw.columns);
  const defaults = { min_samples: raw.defaults?.min_samples ?? DEFAULT_MIN_SAMPLES };
  const ctx = {
    dir,
    columns,
    defaults,
    hasReference: raw.data.reference !== void 0,
    task: raw.model.task,
    error: (pointer, message, at = "value") => problems.push({ pointer, at, message }),
    errorInText: (pointer, textOffset, message) => problems.push({ pointer, at: "value", message, textOffset }),
    referColumn: (pointer, name) => references.push({ pointer, name }),
    duration: (text, pointer) => parseDurationAt(text, pointer, ctx)
  };
  const data = normaliseData(raw.data, ctx);
  const checks = normaliseChecks(raw.checks, ctx, positionOf);
  checkColumnReferences(columns, references, ctx);
  const checkIds = checks.map((c) => c.id);
  const alerting = normaliseAlerting(raw.alerting, checkIds, ctx);
  const retraining = normaliseRetraining(raw.retraining, checkIds, ctx);
  if (problems.length > 0) return { policy: null, problems };
  const model = {
    name: raw.model.name,
    ...raw.model.version === void 0 ? {} : { version: raw.model.version },
    task: raw.model.task,
    owners: [...raw.model.owners ?? []],
    ...raw.model.runbook === void 0 ? {} : { runbook: raw.model.runbook }
  };
  const policy = {
    file,
    dir,
    apiVersion: raw.apiVersion,
    model,
    columns,
    data,
    defaults,
    checks,
    alerting,
    ...retraining === void 0 ? {} : { retraining },
    positionOf,
    secrets
  };
  Object.defineProperty(policy, "positionOf", { value: positionOf, enumerable: false });
  Object.defineProperty(policy, "secrets", { value: secrets, enumerable: false });
  return { policy, problems };
}
function normaliseChecks(rawChecks, ctx, positionOf) {
  const firstPointer = /* @__PURE__ */ new Map();
  const checks = [];
  rawChecks.forEach((raw, index) => {
    const pointer = `/checks/${index}`;
    const earlier = firstPointer.get(raw.id);
    if (earlier !== void 0) {
      const line = positionOf(`${earlier}/id`)?.line;
      ctx.error(`${pointer}/id`, `duplicate check id "${raw.id}"${line === void 0 ? "" : ` (first used on line ${line})`}`);
    } else {
      firstPointer.set(raw.id, pointer);
    }
    if (!isCheckType(raw.type)) {
      ctx.error(`${pointer}/type`, `check type "${raw.type}" has no normaliser`);
      return;
    }
    const base = {
      id: raw.id,
      ...raw.description === void 0 ? {} : { description: raw.description },
      min_samples: raw.min_samples ?? ctx.defaults.min_samples,
      pointer
    };
    checks.push(normaliseCheck(raw.type, raw, base, ctx));
  });
  return checks;
}
function normaliseCheck(type, raw, base, ctx) {
  const normaliser = checkNormalisers[type];
  return normaliser(raw, base, ctx);
}
function checkColumnReferences(columns, references, ctx) {
  const pii = new Set(columns.pii);
  for (const kind of ["numerical", "categorical"]) {
    (columns.features?.[kind] ?? []).forEach((name, index) => {
      if (pii.has(name)) ctx.error(`/columns/features/${kind}/${index}`, `column "${name}" is listed in columns.pii and cannot be a feature`);
    });
  }
  const declared = columns.features === void 0 ? null : [...declaredColumns(columns)];
  for (const { pointer, name } of references) {
    if (pii.has(name)) {
      ctx.error(pointer, `column "${name}" is listed in columns.pii: checks may not read PII columns`);
    } else if (declared !== null && !declared.includes(name)) {
      ctx.error(pointer, `column "${name}" is not declared in columns${didYouMean(name, declared)}`);
    }
  }
}
function parseDurationAt(text, pointer, ctx) {
  const parsed = parseDuration(text);
  if (parsed) return parsed;
  ctx.error(pointer, `"${text}" is not a duration: use ${DURATION_FORMS}`);
  return { kind: "time", ms: 0, text };
}

// src/policy/text-position.ts
var ESCAPE_LENGTH = /* @__PURE__ */ new Map([
  ["x", 4],
  ["u", 6],
  ["U", 10]
]);
function positionInString(source, start, style, offset) {
  return positionOfOffset(source, sourceOffset(source, start, style, Math.max(0, offset)));
}
function sourceOffset(source, start, style, offset) {
  switch (style) {
    case "QUOTE_SINGLE": {
      let i = start + 1;
      for (let k = 0; k < offset && i < source.length; k++) i += source[i] === "'" && source[i + 1] === "'" ? 2 : 1;
      return i;
    }
    case "QUOTE_DOUBLE": {
      let i = start + 1;
      for (let k = 0; k < offset && i < source.length; k++) i += source[i] === "\\" ? ESCAPE_LENGTH.get(source[i + 1] ?? "") ?? 2 : 1;
      return i;
    }
    case "BLOCK_LITERAL":
    case "BLOCK_FOLDED":
      return blockOffset(source, start, offset);
    default:
      return start + offset;
  }
}
function blockOffset(source, start, offset) {
  let lineStart = source.indexOf("\n", start);
  if (lineStart < 0) return start;
  lineStart++;
  let indent = -1;
  let remaining = offset;
  while (lineStart < source.length) {
    const end = source.indexOf("\n", lineStart);
    const line = source.slice(lineStart, end < 0 ? source.length : end);
    if (indent < 0 && line.trim() !== "") indent = line.length - line.trimStart().length;
    const content = indent < 0 ? 0 : Math.max(0, line.length - indent);
    if (remaining <= content || end < 0) return lineStart + Math.max(indent, 0) + Math.min(remaining, content);
    remaining -= content + 1;
    lineStart = end + 1;
  }
  return source.length;
}
function positionOfOffset(source, offset) {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = source.indexOf("\n"); i >= 0 && i < end; i = source.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: end - lineStart + 1 };
}

// schema/policy.v1.schema.json
var policy_v1_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://modelwatch.dev/schema/policy.v1.schema.json",
  title: "modelwatch policy (apiVersion modelwatch/v1)",
  description: "One monitoring policy for one deployed model: its columns, where its data comes from, the checks to run and what to do when they fail. Reference: docs/policy.md.",
  type: "object",
  "x-expected": "a mapping of policy keys (apiVersion, kind, model, data, checks, ...)",
  required: [
    "apiVersion",
    "kind",
    "model",
    "data",
    "checks"
  ],
  additionalProperties: false,
  properties: {
    apiVersion: {
      const: "modelwatch/v1",
      title: "API version",
      description: "Version of the policy language. Always modelwatch/v1 for this schema."
    },
    kind: {
      const: "ModelMonitor",
      title: "Kind",
      description: "Kind of document. Always ModelMonitor."
    },
    model: {
      $ref: "#/$defs/model",
      title: "Model",
      description: "The model this policy monitors."
    },
    columns: {
      $ref: "#/$defs/columns",
      title: "Columns",
      description: "Roles of the columns in the data: id, timestamp, prediction, score, target, features, sensitive and PII columns."
    },
    data: {
      $ref: "#/$defs/data",
      title: "Data",
      description: "Where the reference, current and label data come from, the evaluated window and sampling."
    },
    defaults: {
      $ref: "#/$defs/defaults",
      title: "Defaults",
      description: "Values every check inherits unless it sets its own."
    },
    checks: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/check"
      },
      title: "Checks",
      description: "The checks to run, each with a unique id and a type (drift, data_quality).",
      "x-expected": "a list of checks (at least one)"
    },
    alerting: {
      $ref: "#/$defs/alerting",
      title: "Alerting",
      description: "How failures are reported: the GitHub issue and silences."
    },
    retraining: {
      $ref: "#/$defs/retraining",
      title: "Retraining",
      description: "When to open a pull request that requests retraining. Absent: never."
    }
  },
  $defs: {
    name: {
      type: "string",
      pattern: "^[a-z0-9][a-z0-9._-]{0,62}$",
      "x-expected": 'a model name of lowercase letters, digits, ".", "_" and "-" (at most 63 characters, starting with a letter or digit)',
      title: "Model name",
      description: "Unique across the repository; used in issue titles, branch names and state."
    },
    owner: {
      type: "string",
      pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$",
      "x-expected": 'a GitHub owner such as "@org/team" or "@user"',
      title: "Owner",
      description: "A GitHub user (@user) or team (@org/team)."
    },
    checkId: {
      type: "string",
      pattern: "^[a-z0-9][a-z0-9_-]*$",
      "x-expected": 'an id of lowercase letters, digits, "-" and "_" starting with a letter or digit (such as "feature-drift")',
      title: "Check id",
      description: 'A check id: lowercase letters, digits, "-" and "_".'
    },
    columnName: {
      type: "string",
      minLength: 1,
      "x-expected": "a column name",
      title: "Column",
      description: "A column name in the data."
    },
    columnList: {
      type: "array",
      items: {
        $ref: "#/$defs/columnName"
      },
      uniqueItems: true,
      "x-expected": "a list of column names",
      title: "Columns",
      description: "A list of column names."
    },
    columnSelection: {
      anyOf: [
        {
          const: "all",
          title: "All",
          description: "Every column this check applies to."
        },
        {
          $ref: "#/$defs/columnList"
        }
      ],
      "x-expected": '"all" or a list of column names',
      title: "Column selection",
      description: '"all", or a list of column names.'
    },
    columnKind: {
      type: "string",
      enum: [
        "numeric",
        "categorical",
        "timestamp"
      ],
      title: "Column kind",
      description: "numeric, categorical or timestamp."
    },
    columnKinds: {
      type: "object",
      additionalProperties: {
        $ref: "#/$defs/columnKind"
      },
      "x-expected": "a mapping of column name to numeric, categorical or timestamp",
      title: "Column kinds",
      description: "Column name \u2192 numeric | categorical | timestamp."
    },
    labelList: {
      type: "array",
      items: {
        type: "string",
        minLength: 1,
        "x-expected": "a label name",
        title: "Label",
        description: "A GitHub label."
      },
      "x-expected": "a list of label names",
      title: "Labels",
      description: "GitHub labels."
    },
    duration: {
      type: "string",
      pattern: "^(?:\\d+(?:m|h|d|w)|\\d+ runs?)$",
      "x-expected": "a duration such as 30m, 6h, 7d, 2w or 3 runs",
      title: "Duration",
      description: "Minutes (30m), hours (6h), days (7d), weeks (2w), or a number of runs (3 runs)."
    },
    timeSpan: {
      type: "string",
      pattern: "^\\d+(?:m|h|d|w)$",
      "x-expected": "a time span such as 30m, 6h, 7d or 2w",
      title: "Time span",
      description: "Minutes (30m), hours (6h), days (7d) or weeks (2w)."
    },
    runCount: {
      type: "string",
      pattern: "^[1-9]\\d* runs?$",
      "x-expected": 'a number of runs such as "1 run" or "3 runs"',
      title: "Runs",
      description: 'A number of consecutive runs, such as "2 runs".'
    },
    minSamples: {
      type: "integer",
      minimum: 1,
      title: "Minimum samples",
      description: "Rows needed before a check may pass or fail."
    },
    scalar: {
      type: [
        "number",
        "string"
      ],
      title: "Value",
      description: "A number or a string."
    },
    scalarList: {
      type: "array",
      minItems: 1,
      items: {
        $ref: "#/$defs/scalar"
      },
      "x-expected": "a non-empty list of numbers or strings",
      title: "Values",
      description: "A non-empty list of numbers or strings."
    },
    pair: {
      type: "array",
      items: {
        type: "number"
      },
      minItems: 2,
      maxItems: 2,
      "x-expected": "a pair [low, high] of numbers",
      title: "Range",
      description: "A list [low, high] of two numbers with low \u2264 high; both ends inclusive."
    },
    comparator: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        gt: {
          type: "number",
          title: "Greater than",
          description: "Breached when the value is greater than this number."
        },
        gte: {
          type: "number",
          title: "Greater than or equal",
          description: "Breached when the value is greater than or equal to this number."
        },
        lt: {
          type: "number",
          title: "Less than",
          description: "Breached when the value is less than this number."
        },
        lte: {
          type: "number",
          title: "Less than or equal",
          description: "Breached when the value is less than or equal to this number."
        },
        eq: {
          $ref: "#/$defs/scalar",
          title: "Equal to",
          description: "Breached when the value equals this number or string."
        },
        not_eq: {
          $ref: "#/$defs/scalar",
          title: "Not equal to",
          description: "Breached when the value differs from this number or string."
        },
        between: {
          $ref: "#/$defs/pair",
          title: "Between (inclusive)",
          description: "Breached when low \u2264 value \u2264 high. A list [low, high] with low \u2264 high."
        },
        not_between: {
          $ref: "#/$defs/pair",
          title: "Outside (inclusive bounds)",
          description: "Breached when the value is below low or above high. A list [low, high] with low \u2264 high."
        },
        in: {
          $ref: "#/$defs/scalarList",
          title: "One of",
          description: "Breached when the value is one of these numbers or strings."
        },
        not_in: {
          $ref: "#/$defs/scalarList",
          title: "None of",
          description: "Breached when the value is none of these numbers or strings."
        }
      },
      "x-expected": "a comparator with at least one condition (gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in)",
      title: "Comparator",
      description: "Conditions on a number; breached when any condition holds. Conditions: gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in."
    },
    threshold: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        gt: {
          type: "number",
          title: "Greater than",
          description: "Breached when the value is greater than this number."
        },
        gte: {
          type: "number",
          title: "Greater than or equal",
          description: "Breached when the value is greater than or equal to this number."
        },
        lt: {
          type: "number",
          title: "Less than",
          description: "Breached when the value is less than this number."
        },
        lte: {
          type: "number",
          title: "Less than or equal",
          description: "Breached when the value is less than or equal to this number."
        },
        eq: {
          $ref: "#/$defs/scalar",
          title: "Equal to",
          description: "Breached when the value equals this number or string."
        },
        not_eq: {
          $ref: "#/$defs/scalar",
          title: "Not equal to",
          description: "Breached when the value differs from this number or string."
        },
        between: {
          $ref: "#/$defs/pair",
          title: "Between (inclusive)",
          description: "Breached when low \u2264 value \u2264 high. A list [low, high] with low \u2264 high."
        },
        not_between: {
          $ref: "#/$defs/pair",
          title: "Outside (inclusive bounds)",
          description: "Breached when the value is below low or above high. A list [low, high] with low \u2264 high."
        },
        in: {
          $ref: "#/$defs/scalarList",
          title: "One of",
          description: "Breached when the value is one of these numbers or strings."
        },
        not_in: {
          $ref: "#/$defs/scalarList",
          title: "None of",
          description: "Breached when the value is none of these numbers or strings."
        },
        vs: {
          const: "reference",
          title: "Compare against",
          description: "reference: compare the change against the value on reference data, with relative and/or absolute."
        },
        relative: {
          $ref: "#/$defs/comparator",
          title: "Relative change",
          description: "With vs: reference, conditions on (value \u2212 reference) / |reference|; e.g. { lt: -0.03 } is a 3% drop."
        },
        absolute: {
          $ref: "#/$defs/comparator",
          title: "Absolute change",
          description: "With vs: reference, conditions on value \u2212 reference."
        }
      },
      "x-expected": "a threshold with at least one condition (gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in, or vs: reference with relative/absolute)",
      title: "Threshold",
      description: "Conditions on the value (or on its change against reference with vs: reference). The threshold is breached when any condition holds."
    },
    thresholds: {
      type: "object",
      additionalProperties: false,
      minProperties: 1,
      properties: {
        warn: {
          $ref: "#/$defs/threshold",
          title: "Warn when",
          description: "Threshold that turns the result to warn."
        },
        fail: {
          $ref: "#/$defs/threshold",
          title: "Fail when",
          description: "Threshold that turns the result to fail. The worse state wins."
        }
      },
      "x-expected": "a mapping with warn and/or fail thresholds",
      title: "Thresholds",
      description: "warn and/or fail thresholds."
    },
    source: {
      type: "object",
      additionalProperties: false,
      required: [
        "file"
      ],
      properties: {
        file: {
          anyOf: [
            {
              type: "string",
              minLength: 1
            },
            {
              type: "array",
              minItems: 1,
              items: {
                type: "string",
                minLength: 1,
                "x-expected": "a path or glob"
              }
            }
          ],
          "x-expected": "a path or glob, or a list of them",
          title: "File(s)",
          description: "A path or glob (data/*.parquet), or a list of them, relative to this policy file."
        },
        format: {
          type: "string",
          enum: [
            "csv",
            "jsonl",
            "parquet"
          ],
          title: "Format",
          description: "csv, jsonl or parquet. Default: from each file's extension (.csv, .jsonl/.ndjson, .parquet, optionally .gz)."
        }
      },
      "x-expected": "a data source such as { file: data/current.csv }",
      title: "Data source",
      description: "A table read from files."
    },
    labels: {
      type: "object",
      additionalProperties: false,
      required: [
        "file"
      ],
      properties: {
        file: {
          $ref: "#/$defs/source/properties/file",
          title: "Labels file(s)",
          description: "A path or glob, or a list of them, relative to this policy file."
        },
        format: {
          $ref: "#/$defs/source/properties/format",
          title: "Format",
          description: "csv, jsonl or parquet. Default: from each file's extension."
        },
        join: {
          type: "string",
          title: "Join column",
          description: "Id column that joins labels to predictions. Default: columns.id.",
          minLength: 1
        },
        column: {
          type: "string",
          title: "Label column",
          description: "Column holding the label in the labels table. Default: columns.target.",
          minLength: 1
        },
        delay: {
          $ref: "#/$defs/timeSpan",
          title: "Label delay",
          description: "How long labels take to arrive; shifts the window evaluated with labels back by this much."
        }
      },
      "x-expected": "a labels source such as { file: labels.csv, join: request_id }",
      title: "Labels",
      description: "Ground truth that arrives separately, joined to predictions by id."
    },
    model: {
      type: "object",
      additionalProperties: false,
      required: [
        "name",
        "task"
      ],
      properties: {
        name: {
          $ref: "#/$defs/name",
          title: "Model name",
          description: 'Unique across the repository; used in issue titles, branch names (modelwatch/retrain/<name>) and state. Lowercase letters, digits, ".", "_", "-".'
        },
        version: {
          type: "string",
          title: "Model version",
          description: 'The deployed version, as a string (quote it: "1.10").',
          "x-expected": 'a string (quote numbers: "1.10")'
        },
        task: {
          type: "string",
          enum: [
            "binary_classification",
            "multiclass_classification",
            "regression"
          ],
          title: "Task",
          description: "binary_classification, multiclass_classification or regression."
        },
        owners: {
          type: "array",
          items: {
            $ref: "#/$defs/owner"
          },
          "x-expected": 'a list of GitHub owners such as ["@org/team"]',
          title: "Owners",
          description: "GitHub users or teams, assigned to issues and asked to review retraining pull requests. Default: []."
        },
        runbook: {
          type: "string",
          title: "Runbook",
          description: "Path or URL of the runbook linked from issues."
        }
      },
      "x-expected": "a mapping with name, task, ...",
      title: "Model",
      description: "The model this policy monitors."
    },
    columns: {
      type: "object",
      additionalProperties: false,
      properties: {
        id: {
          $ref: "#/$defs/columnName",
          title: "Id column",
          description: "Unique id of each prediction; joins labels and finds duplicates."
        },
        timestamp: {
          $ref: "#/$defs/columnName",
          title: "Timestamp column",
          description: "When each prediction was made; used by the window and freshness."
        },
        prediction: {
          $ref: "#/$defs/columnName",
          title: "Prediction column",
          description: "The predicted label or value."
        },
        score: {
          $ref: "#/$defs/columnName",
          title: "Score column",
          description: "Binary or regression: the score or probability of the positive class."
        },
        class_scores: {
          type: "object",
          additionalProperties: {
            $ref: "#/$defs/columnName"
          },
          "x-expected": "a mapping of class \u2192 probability column",
          title: "Class scores",
          description: "Multiclass: class \u2192 column holding that class's probability."
        },
        target: {
          $ref: "#/$defs/columnName",
          title: "Target column",
          description: "Ground truth; may arrive late (see data.labels)."
        },
        features: {
          type: "object",
          additionalProperties: false,
          properties: {
            numerical: {
              $ref: "#/$defs/columnList",
              title: "Numerical features",
              description: "Numeric feature columns. Default: []."
            },
            categorical: {
              $ref: "#/$defs/columnList",
              title: "Categorical features",
              description: "Categorical feature columns. Default: []."
            }
          },
          "x-expected": "a mapping with numerical and/or categorical lists",
          title: "Features",
          description: "Feature columns by kind. Absent: every column without another role, typed by inference. When present, checks may only name declared columns."
        },
        sensitive: {
          $ref: "#/$defs/columnList",
          title: "Sensitive columns",
          description: "Protected attributes used by fairness checks; never shown row by row. Default: []."
        },
        pii: {
          $ref: "#/$defs/columnList",
          title: "PII columns",
          description: "Personal data: never read into reports and never named by a check. Default: []."
        },
        types: {
          $ref: "#/$defs/columnKinds",
          title: "Column types",
          description: "Explicit kinds for columns that are not features (e.g. latency_ms: numeric). Default: {}."
        }
      },
      "x-expected": "a mapping of column roles",
      title: "Columns",
      description: "Roles of the columns in the data."
    },
    data: {
      type: "object",
      additionalProperties: false,
      required: [
        "current"
      ],
      properties: {
        reference: {
          $ref: "#/$defs/source",
          title: "Reference data",
          description: "The baseline the current data is compared with (for example the training or validation set)."
        },
        current: {
          $ref: "#/$defs/source",
          title: "Current data",
          description: "Production data to evaluate."
        },
        labels: {
          $ref: "#/$defs/labels",
          title: "Labels",
          description: "Ground truth arriving separately, joined to current data by id."
        },
        window: {
          $ref: "#/$defs/timeSpan",
          title: "Window",
          description: "Only current rows whose timestamp lies in (end \u2212 window, end] are evaluated. Needs columns.timestamp."
        },
        sample: {
          type: "object",
          additionalProperties: false,
          required: [
            "max_rows"
          ],
          properties: {
            max_rows: {
              type: "integer",
              minimum: 1,
              title: "Maximum rows",
              description: "Uniformly sample each table down to at most this many rows."
            },
            seed: {
              type: "integer",
              minimum: 0,
              title: "Seed",
              description: "Seed of the sampler, so runs are reproducible. Default: 0."
            }
          },
          "x-expected": "a mapping with max_rows and seed",
          title: "Sampling",
          description: "Down-sampling of large tables."
        }
      },
      "x-expected": "a mapping with current (and reference, labels, window, sample)",
      title: "Data",
      description: "Where the data come from."
    },
    defaults: {
      type: "object",
      additionalProperties: false,
      properties: {
        min_samples: {
          $ref: "#/$defs/minSamples",
          title: "Minimum samples",
          description: "Rows needed before a check may pass or fail (default 100). Fewer gives no_data, never a false fail."
        }
      },
      "x-expected": "a mapping with min_samples",
      title: "Defaults",
      description: "Values every check inherits."
    },
    check: {
      type: "object",
      required: [
        "type"
      ],
      discriminator: {
        propertyName: "type"
      },
      oneOf: [
        {
          $ref: "#/$defs/check_drift"
        },
        {
          $ref: "#/$defs/check_data_quality"
        },
        {
          $ref: "#/$defs/check_performance"
        },
        {
          $ref: "#/$defs/check_concept_drift"
        },
        {
          $ref: "#/$defs/check_fairness"
        },
        {
          $ref: "#/$defs/check_operational"
        },
        {
          $ref: "#/$defs/check_business"
        }
      ],
      "x-expected": "a check (a mapping with id and type)",
      title: "Check",
      description: "One check. The type decides the other keys."
    },
    check_drift: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "type"
      ],
      properties: {
        id: {
          $ref: "#/$defs/checkId",
          title: "Check id",
          description: "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds."
        },
        type: {
          const: "drift",
          title: "Check type",
          description: "drift: compares each feature's current distribution with the reference."
        },
        description: {
          type: "string",
          title: "Description",
          description: "What this check guards, in one sentence, shown in reports."
        },
        min_samples: {
          $ref: "#/$defs/minSamples",
          title: "Minimum samples",
          description: "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples."
        },
        features: {
          $ref: "#/$defs/columnSelection",
          title: "Features",
          description: '"all" (every feature) or a list of columns; may name the prediction or score column. Default: all.'
        },
        method: {
          type: "string",
          enum: [
            "auto",
            "ks",
            "chi_square",
            "z",
            "wasserstein",
            "jensen_shannon",
            "psi",
            "kl",
            "hellinger"
          ],
          title: "Method",
          description: "auto picks a test by column type and reference size (p-value tests below 1,000 rows, distances above). Default: auto."
        },
        per_feature: {
          $ref: "#/$defs/thresholds",
          title: "Per-feature thresholds (distances)",
          description: "When a feature counts as drifted for distance methods (wasserstein, jensen_shannon, psi, kl, hellinger). Default: { fail: { gte: 0.1 } }."
        },
        p_value: {
          $ref: "#/$defs/thresholds",
          title: "Per-feature thresholds (p-values)",
          description: "When a feature counts as drifted for tests (ks, chi_square, z). Default: { fail: { lt: 0.05 } }."
        },
        dataset: {
          type: "object",
          additionalProperties: false,
          properties: {
            share_drifted: {
              $ref: "#/$defs/thresholds",
              title: "Share of drifted features",
              description: "Thresholds on the share (0..1) of features that drifted."
            }
          },
          "x-expected": "a mapping with share_drifted",
          title: "Dataset drift",
          description: "Thresholds on the whole dataset."
        },
        bins: {
          type: "integer",
          minimum: 2,
          maximum: 100,
          title: "Bins",
          description: "Quantile bins for numeric columns in binned methods (psi, kl, hellinger, jensen_shannon). Default: 10."
        }
      },
      "x-expected": "a drift check",
      title: "Drift check",
      description: "Distribution drift of features between reference and current data."
    },
    check_data_quality: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "type",
        "metric"
      ],
      properties: {
        id: {
          $ref: "#/$defs/checkId",
          title: "Check id",
          description: "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds."
        },
        type: {
          const: "data_quality",
          title: "Check type",
          description: "data_quality: missing values, ranges, unseen categories, row counts, duplicates, freshness, schema and row rules."
        },
        description: {
          type: "string",
          title: "Description",
          description: "What this check guards, in one sentence, shown in reports."
        },
        min_samples: {
          $ref: "#/$defs/minSamples",
          title: "Minimum samples",
          description: "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples."
        },
        metric: {
          type: "string",
          enum: [
            "missing_share",
            "out_of_range_share",
            "unseen_share",
            "row_count",
            "duplicate_ids",
            "freshness",
            "schema",
            "rule"
          ],
          title: "Metric",
          description: "missing_share, out_of_range_share, unseen_share, row_count, duplicate_ids (needs columns.id), freshness (needs columns.timestamp), schema (needs schema), rule (needs rule)."
        },
        columns: {
          $ref: "#/$defs/columnSelection",
          title: "Columns",
          description: '"all" or a list of columns. Default: all.'
        },
        warn: {
          $ref: "#/$defs/threshold",
          title: "Warn when",
          description: "Threshold that turns the result to warn."
        },
        fail: {
          $ref: "#/$defs/threshold",
          title: "Fail when",
          description: "Threshold that turns the result to fail. duplicate_ids defaults to { gt: 0 }."
        },
        range: {
          anyOf: [
            {
              const: "reference",
              title: "Reference range",
              description: "The range observed in the reference data."
            },
            {
              type: "object",
              additionalProperties: false,
              minProperties: 1,
              properties: {
                min: {
                  type: "number",
                  title: "Minimum",
                  description: "Smallest allowed value (inclusive)."
                },
                max: {
                  type: "number",
                  title: "Maximum",
                  description: "Largest allowed value (inclusive)."
                }
              },
              "x-expected": "a mapping with min and/or max"
            }
          ],
          "x-expected": '"reference" or a mapping with min and/or max',
          title: "Range",
          description: 'out_of_range_share: allowed range, "reference" (default) or { min, max }.'
        },
        rule: {
          type: "string",
          title: "Rule",
          description: 'rule: a row predicate in the expression language, e.g. "age >= 18".',
          minLength: 1
        },
        mostly: {
          type: "number",
          minimum: 0,
          maximum: 1,
          title: "Mostly",
          description: "rule: the share of rows (0..1) that must satisfy the rule."
        },
        schema: {
          type: "object",
          additionalProperties: false,
          minProperties: 1,
          properties: {
            required: {
              $ref: "#/$defs/columnList",
              title: "Required columns",
              description: "Columns that must exist. Default: []."
            },
            forbidden: {
              $ref: "#/$defs/columnList",
              title: "Forbidden columns",
              description: "Columns that must not exist. Default: []."
            },
            types: {
              $ref: "#/$defs/columnKinds",
              title: "Column kinds",
              description: "Kinds the columns must have. Default: {}."
            }
          },
          "x-expected": "a mapping with required, forbidden and/or types",
          title: "Schema",
          description: "schema: expected columns and their kinds."
        }
      },
      "x-expected": "a data_quality check",
      title: "Data quality check",
      description: "A data quality metric on current data."
    },
    check_performance: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "type",
        "metric"
      ],
      properties: {
        id: {
          $ref: "#/$defs/checkId",
          title: "Check id",
          description: "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds."
        },
        type: {
          const: "performance",
          title: "Check type",
          description: "performance: a model metric on the predictions whose labels have arrived (or a CBPE estimate without them)."
        },
        description: {
          type: "string",
          title: "Description",
          description: "What this check guards, in one sentence, shown in reports."
        },
        min_samples: {
          $ref: "#/$defs/minSamples",
          title: "Minimum samples",
          description: "Labelled rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples."
        },
        metric: {
          type: "string",
          enum: [
            "accuracy",
            "balanced_accuracy",
            "precision",
            "recall",
            "f1",
            "specificity",
            "roc_auc",
            "average_precision",
            "log_loss",
            "brier",
            "ece",
            "mae",
            "mse",
            "rmse",
            "mape",
            "r2"
          ],
          title: "Metric",
          description: "scikit-learn's definition (docs/statistics.md#performance). Classification: accuracy, balanced_accuracy, precision, recall, f1, specificity, roc_auc, average_precision and brier (binary only), log_loss, ece. Regression: mae, mse, rmse, mape, r2."
        },
        average: {
          type: "string",
          enum: [
            "macro",
            "weighted"
          ],
          title: "Multiclass average",
          description: "How precision, recall, f1, specificity and roc_auc are averaged over classes. Default: macro."
        },
        decision_threshold: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          title: "Decision threshold",
          description: "Binary: a score at or above this is the positive class (used instead of columns.prediction)."
        },
        by: {
          $ref: "#/$defs/columnName",
          title: "Segment by",
          description: "Report the metric per value of this column."
        },
        min_group_size: {
          type: "integer",
          minimum: 1,
          title: "Minimum group size",
          description: "Rows a group needs before it may pass or fail; smaller groups are no_data. Default: min_samples."
        },
        when_unlabelled: {
          type: "string",
          enum: [
            "estimate"
          ],
          title: "When labels are missing",
          description: "estimate: with too few labelled rows, estimate the metric with CBPE (accuracy, precision, recall, f1, specificity, roc_auc); the value is marked estimated."
        },
        warn: {
          $ref: "#/$defs/threshold",
          title: "Warn when",
          description: "Threshold that turns the result to warn."
        },
        fail: {
          $ref: "#/$defs/threshold",
          title: "Fail when",
          description: "Threshold that turns the result to fail. Without warn and fail, a band is derived from reference chunks (mean \xB1 3 std)."
        }
      },
      "x-expected": "a performance check such as { id: auc, type: performance, metric: roc_auc }",
      title: "Performance check",
      description: "Model performance on labelled predictions, or estimated without labels."
    },
    check_concept_drift: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "type"
      ],
      properties: {
        id: {
          $ref: "#/$defs/checkId",
          title: "Check id",
          description: "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds."
        },
        type: {
          const: "concept_drift",
          title: "Check type",
          description: "concept_drift: a change detector over the time-ordered errors of the labelled predictions."
        },
        description: {
          type: "string",
          title: "Description",
          description: "What this check guards, in one sentence, shown in reports."
        },
        min_samples: {
          $ref: "#/$defs/minSamples",
          title: "Minimum samples",
          description: "Labelled rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples."
        },
        detector: {
          type: "string",
          enum: [
            "adwin",
            "page_hinkley",
            "ddm"
          ],
          title: "Detector",
          description: "adwin (the default), page_hinkley or ddm, with River's default parameters unless parameters says otherwise.",
          default: "adwin"
        },
        parameters: {
          type: "object",
          additionalProperties: false,
          properties: {
            delta: {
              type: "number",
              title: "delta",
              description: "adwin: confidence (default 0.002); page_hinkley: tolerated change (default 0.005).",
              exclusiveMinimum: 0
            },
            clock: {
              type: "integer",
              minimum: 1,
              title: "clock",
              description: "adwin: check for changes every this many rows (default 32)."
            },
            max_buckets: {
              type: "integer",
              minimum: 2,
              title: "max_buckets",
              description: "adwin: buckets of each size before merging (default 5)."
            },
            min_window_length: {
              type: "integer",
              minimum: 1,
              title: "min_window_length",
              description: "adwin: smallest sub-window compared (default 5)."
            },
            grace_period: {
              type: "integer",
              minimum: 0,
              title: "grace_period",
              description: "adwin: rows before any detection (default 10)."
            },
            min_instances: {
              type: "integer",
              minimum: 1,
              title: "min_instances",
              description: "page_hinkley: rows before any detection (default 30)."
            },
            threshold: {
              type: "number",
              title: "threshold",
              description: "page_hinkley: the change threshold lambda (default 50).",
              exclusiveMinimum: 0
            },
            alpha: {
              type: "number",
              title: "alpha",
              description: "page_hinkley: forgetting factor (default 0.9999).",
              exclusiveMinimum: 0,
              maximum: 1
            },
            mode: {
              type: "string",
              enum: [
                "up",
                "down",
                "both"
              ],
              title: "mode",
              description: "page_hinkley: watch increases, decreases or both (default both)."
            },
            warm_start: {
              type: "integer",
              minimum: 1,
              title: "warm_start",
              description: "ddm: rows before any detection (default 30)."
            },
            warning_threshold: {
              type: "number",
              title: "warning_threshold",
              description: "ddm: standard deviations for a warning (default 2).",
              exclusiveMinimum: 0
            },
            drift_threshold: {
              type: "number",
              title: "drift_threshold",
              description: "ddm: standard deviations for a change (default 3).",
              exclusiveMinimum: 0
            }
          },
          "x-expected": "a mapping of detector parameters such as { delta: 0.002 }",
          title: "Detector parameters",
          description: "Overrides of the detector's defaults (docs/statistics.md#change-detectors)."
        },
        decision_threshold: {
          type: "number",
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          title: "Decision threshold",
          description: "Binary: a score at or above this is the positive class (used instead of columns.prediction)."
        },
        warn: {
          $ref: "#/$defs/threshold",
          title: "Warn when",
          description: "Threshold on the number of changes found. Default (without warn and fail): warn at 1 or more."
        },
        fail: {
          $ref: "#/$defs/threshold",
          title: "Fail when",
          description: "Threshold on the number of changes found."
        }
      },
      "x-expected": "a concept_drift check such as { id: errors, type: concept_drift, detector: adwin }",
      title: "Concept drift check",
      description: "Changes in the error rate inside the evaluated window, found by ADWIN, Page-Hinkley or DDM."
    },
    issue: {
      type: "object",
      additionalProperties: false,
      properties: {
        enabled: {
          type: "boolean",
          title: "Enabled",
          description: "Open, update and close one issue per incident. Default: true."
        },
        labels: {
          $ref: "#/$defs/labelList",
          title: "Labels",
          description: "Labels of the issue. Default: [modelwatch]."
        }
      },
      "x-expected": "a mapping with enabled and labels",
      title: "Issue",
      description: "The GitHub issue opened per incident."
    },
    silence: {
      type: "object",
      additionalProperties: false,
      required: [
        "until",
        "reason"
      ],
      properties: {
        checks: {
          type: "array",
          items: {
            $ref: "#/$defs/checkId"
          },
          "x-expected": "a list of check ids",
          title: "Checks",
          description: "Check ids to silence; empty or absent silences every check of the model."
        },
        until: {
          type: "string",
          pattern: "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?$",
          "x-expected": "a date (2026-12-31) or a date-time with a zone (2026-12-31T18:00:00Z)",
          title: "Until",
          description: "Inclusive end: a date (the end of that day, UTC) or a date-time with a time zone."
        },
        reason: {
          type: "string",
          title: "Reason",
          description: "Why the checks are silenced; shown in reports.",
          minLength: 1
        }
      },
      "x-expected": "a silence with until and reason",
      title: "Silence",
      description: "Turns failures of some checks into silenced until a date."
    },
    alerting: {
      type: "object",
      additionalProperties: false,
      properties: {
        issue: {
          $ref: "#/$defs/issue",
          title: "Issue",
          description: "The GitHub issue opened per incident."
        },
        silences: {
          type: "array",
          items: {
            $ref: "#/$defs/silence"
          },
          "x-expected": "a list of silences",
          title: "Silences",
          description: "Planned silences. Default: []."
        }
      },
      "x-expected": "a mapping with issue and silences",
      title: "Alerting",
      description: "How failures are reported."
    },
    retraining: {
      type: "object",
      additionalProperties: false,
      required: [
        "when",
        "pull_request"
      ],
      properties: {
        when: {
          type: "object",
          additionalProperties: false,
          required: [
            "any_failing"
          ],
          properties: {
            any_failing: {
              anyOf: [
                {
                  const: "any",
                  title: "Any check",
                  description: "Any check of the model failing counts."
                },
                {
                  type: "array",
                  minItems: 1,
                  items: {
                    $ref: "#/$defs/checkId"
                  }
                }
              ],
              "x-expected": '"any" or a list of check ids',
              title: "Any failing",
              description: '"any", or check ids any of which failing counts.'
            },
            for: {
              $ref: "#/$defs/runCount",
              title: "For",
              description: "How many consecutive runs the condition must hold. Default: 1 run."
            }
          },
          "x-expected": "a mapping with any_failing and for",
          title: "When",
          description: "When to request retraining."
        },
        pull_request: {
          type: "object",
          additionalProperties: false,
          required: [
            "path"
          ],
          properties: {
            path: {
              type: "string",
              title: "Path",
              description: "Repository path of the retrain request file the pull request writes.",
              minLength: 1
            },
            base: {
              type: "string",
              title: "Base branch",
              description: "Base branch. Default: the repository's default branch.",
              minLength: 1
            },
            labels: {
              $ref: "#/$defs/labelList",
              title: "Labels",
              description: "Labels of the pull request. Default: [modelwatch, retraining]."
            }
          },
          "x-expected": "a mapping with path (and base, labels)",
          title: "Pull request",
          description: "The retraining pull request (one branch per model: modelwatch/retrain/<name>)."
        },
        cooldown: {
          $ref: "#/$defs/duration",
          title: "Cooldown",
          description: "After a retraining pull request is merged or closed, no new one opens for this long. Default: 7d."
        }
      },
      "x-expected": "a mapping with when and pull_request",
      title: "Retraining",
      description: "When to request retraining with a pull request."
    },
    check_fairness: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "type",
        "by"
      ],
      properties: {
        id: {
          $ref: "#/$defs/checkId",
          title: "Check id",
          description: "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds."
        },
        type: {
          const: "fairness",
          title: "Check type",
          description: "fairness: a group rate (Fairlearn definitions) compared across groups of a sensitive attribute."
        },
        description: {
          type: "string",
          title: "Description",
          description: "What this check guards, in one sentence, shown in reports."
        },
        min_samples: {
          $ref: "#/$defs/minSamples",
          title: "Minimum samples",
          description: "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples."
        },
        metric: {
          type: "string",
          enum: [
            "selection_rate",
            "true_positive_rate",
            "false_positive_rate",
            "false_negative_rate",
            "precision",
            "accuracy"
          ],
          title: "Metric",
          description: "The group rate. Required unless aggregate is equalized_odds. All but selection_rate need labels (columns.target)."
        },
        by: {
          anyOf: [
            {
              $ref: "#/$defs/columnName"
            },
            {
              type: "array",
              items: {
                $ref: "#/$defs/columnName"
              },
              minItems: 1,
              maxItems: 2
            }
          ],
          "x-expected": "a column name or a list of two",
          title: "Group by",
          description: 'A sensitive column, or a list of two for their intersection (groups such as "Female \xD7 Black").'
        },
        min_group_size: {
          type: "integer",
          minimum: 1,
          title: "Minimum group size",
          description: "Groups with fewer rows are listed as too small (their size and values are never shown) and left out. Default: 30."
        },
        aggregate: {
          type: "string",
          enum: [
            "difference",
            "ratio",
            "vs_group",
            "equalized_odds"
          ],
          title: "Aggregate",
          description: "difference (max \u2212 min), ratio (min / max), vs_group (each group / reference_group), equalized_odds (max of TPR and FPR differences). Default: difference."
        },
        reference_group: {
          type: "string",
          minLength: 1,
          title: "Reference group",
          description: 'vs_group: the group every other group is divided by; for two columns a label such as "Male \xD7 White".'
        },
        require_non_overlap: {
          type: "boolean",
          title: "Require non-overlapping intervals",
          description: "A breached gap only counts when the deciding groups' 95% Wilson intervals do not overlap. Default: false."
        },
        positive_label: {
          $ref: "#/$defs/scalar",
          title: "Positive label",
          description: "The positive class in the prediction and target columns. Default: 1."
        },
        warn: {
          $ref: "#/$defs/threshold",
          title: "Warn when",
          description: "Threshold that turns the result to warn."
        },
        fail: {
          $ref: "#/$defs/threshold",
          title: "Fail when",
          description: "Threshold that turns the result to fail."
        }
      },
      "x-expected": "a fairness check",
      title: "Fairness check",
      description: "A fairness metric across groups of a sensitive attribute."
    },
    check_operational: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "type",
        "metric"
      ],
      properties: {
        id: {
          $ref: "#/$defs/checkId",
          title: "Check id",
          description: "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds."
        },
        type: {
          const: "operational",
          title: "Check type",
          description: "operational: latency percentiles, error rate, throughput and null predictions from the prediction log."
        },
        description: {
          type: "string",
          title: "Description",
          description: "What this check guards, in one sentence, shown in reports."
        },
        min_samples: {
          $ref: "#/$defs/minSamples",
          title: "Minimum samples",
          description: "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples."
        },
        metric: {
          type: "string",
          enum: [
            "p50",
            "p90",
            "p95",
            "p99",
            "max",
            "error_rate",
            "throughput",
            "null_prediction_share"
          ],
          title: "Metric",
          description: "p50 p90 p95 p99 max (of column, numpy's linear interpolation), error_rate (share of statuses in values or matching pattern), throughput (rows per hour over the window), null_prediction_share."
        },
        column: {
          $ref: "#/$defs/columnName",
          title: "Column",
          description: "Latency column for percentiles and max, status column for error_rate, prediction column for null_prediction_share (default columns.prediction)."
        },
        values: {
          $ref: "#/$defs/scalarList",
          title: "Error values",
          description: 'error_rate: the status values that count as errors, e.g. [500, 503, "timeout"].'
        },
        pattern: {
          type: "string",
          minLength: 1,
          maxLength: 200,
          title: "Error pattern",
          description: 'error_rate: a regular expression on the status text, e.g. "^5\\\\d\\\\d$". At most 200 characters; no backreferences or nested repeats.'
        },
        by: {
          anyOf: [
            {
              $ref: "#/$defs/columnName"
            },
            {
              type: "array",
              items: {
                $ref: "#/$defs/columnName"
              },
              minItems: 1,
              maxItems: 2
            }
          ],
          "x-expected": "a column name or a list of two",
          title: "Group by",
          description: "Judge each group of this column (or the intersection of two) separately; the worst group decides."
        },
        min_group_size: {
          type: "integer",
          minimum: 1,
          title: "Minimum group size",
          description: "Groups with fewer rows are listed as too small (their size and values are never shown) and left out. Default: 30."
        },
        warn: {
          $ref: "#/$defs/threshold",
          title: "Warn when",
          description: "Threshold that turns the result to warn."
        },
        fail: {
          $ref: "#/$defs/threshold",
          title: "Fail when",
          description: "Threshold that turns the result to fail."
        }
      },
      "x-expected": "an operational check",
      title: "Operational check",
      description: "Serving health of the model from its prediction log."
    },
    check_business: {
      type: "object",
      additionalProperties: false,
      required: [
        "id",
        "type",
        "expr"
      ],
      properties: {
        id: {
          $ref: "#/$defs/checkId",
          title: "Check id",
          description: "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds."
        },
        type: {
          const: "business",
          title: "Check type",
          description: "business: a KPI written as an expression over the window's rows."
        },
        description: {
          type: "string",
          title: "Description",
          description: "What this check guards, in one sentence, shown in reports."
        },
        min_samples: {
          $ref: "#/$defs/minSamples",
          title: "Minimum samples",
          description: "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples."
        },
        expr: {
          type: "string",
          minLength: 1,
          title: "Expression",
          description: 'A KPI in the expression language, e.g. "mean(accepted_offer, where: segment == \\"vip\\")". Aggregates: mean sum count min max quantile rate ratio. Quote it (single quotes) when it holds ": ", as where: does; at most 10,000 characters.'
        },
        by: {
          anyOf: [
            {
              $ref: "#/$defs/columnName"
            },
            {
              type: "array",
              items: {
                $ref: "#/$defs/columnName"
              },
              minItems: 1,
              maxItems: 2
            }
          ],
          "x-expected": "a column name or a list of two",
          title: "Group by",
          description: "Judge the KPI per group of this column (or the intersection of two); the worst group decides."
        },
        min_group_size: {
          type: "integer",
          minimum: 1,
          title: "Minimum group size",
          description: "Groups with fewer rows are listed as too small (their size and values are never shown) and left out. Default: 30."
        },
        warn: {
          $ref: "#/$defs/threshold",
          title: "Warn when",
          description: "Threshold that turns the result to warn."
        },
        fail: {
          $ref: "#/$defs/threshold",
          title: "Fail when",
          description: "Threshold that turns the result to fail."
        }
      },
      "x-expected": "a business check",
      title: "Business check",
      description: "A business KPI computed from the model's predictions and outcomes."
    }
  }
};

// src/policy/generated/policy-validator.js
var import_ucs2length = __toESM(require_ucs2length(), 1);
var import_equal = __toESM(require_equal(), 1);
var ajvRuntime_ucs2length = import_ucs2length.default.default ?? import_ucs2length.default;
var ajvRuntime_equal = import_equal.default.default ?? import_equal.default;
var policy_validator_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://modelwatch.dev/schema/policy.v1.schema.json", "title": "modelwatch policy (apiVersion modelwatch/v1)", "description": "One monitoring policy for one deployed model: its columns, where its data comes from, the checks to run and what to do when they fail. Reference: docs/policy.md.", "type": "object", "x-expected": "a mapping of policy keys (apiVersion, kind, model, data, checks, ...)", "required": ["apiVersion", "kind", "model", "data", "checks"], "additionalProperties": false, "properties": { "apiVersion": { "const": "modelwatch/v1", "title": "API version", "description": "Version of the policy language. Always modelwatch/v1 for this schema." }, "kind": { "const": "ModelMonitor", "title": "Kind", "description": "Kind of document. Always ModelMonitor." }, "model": { "$ref": "#/$defs/model", "title": "Model", "description": "The model this policy monitors." }, "columns": { "$ref": "#/$defs/columns", "title": "Columns", "description": "Roles of the columns in the data: id, timestamp, prediction, score, target, features, sensitive and PII columns." }, "data": { "$ref": "#/$defs/data", "title": "Data", "description": "Where the reference, current and label data come from, the evaluated window and sampling." }, "defaults": { "$ref": "#/$defs/defaults", "title": "Defaults", "description": "Values every check inherits unless it sets its own." }, "checks": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/check" }, "title": "Checks", "description": "The checks to run, each with a unique id and a type (drift, data_quality).", "x-expected": "a list of checks (at least one)" }, "alerting": { "$ref": "#/$defs/alerting", "title": "Alerting", "description": "How failures are reported: the GitHub issue and silences." }, "retraining": { "$ref": "#/$defs/retraining", "title": "Retraining", "description": "When to open a pull request that requests retraining. Absent: never." } }, "$defs": { "name": { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,62}$", "x-expected": 'a model name of lowercase letters, digits, ".", "_" and "-" (at most 63 characters, starting with a letter or digit)', "title": "Model name", "description": "Unique across the repository; used in issue titles, branch names and state." }, "owner": { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "x-expected": 'a GitHub owner such as "@org/team" or "@user"', "title": "Owner", "description": "A GitHub user (@user) or team (@org/team)." }, "checkId": { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$", "x-expected": 'an id of lowercase letters, digits, "-" and "_" starting with a letter or digit (such as "feature-drift")', "title": "Check id", "description": 'A check id: lowercase letters, digits, "-" and "_".' }, "columnName": { "type": "string", "minLength": 1, "x-expected": "a column name", "title": "Column", "description": "A column name in the data." }, "columnList": { "type": "array", "items": { "$ref": "#/$defs/columnName" }, "uniqueItems": true, "x-expected": "a list of column names", "title": "Columns", "description": "A list of column names." }, "columnSelection": { "anyOf": [{ "const": "all", "title": "All", "description": "Every column this check applies to." }, { "$ref": "#/$defs/columnList" }], "x-expected": '"all" or a list of column names', "title": "Column selection", "description": '"all", or a list of column names.' }, "columnKind": { "type": "string", "enum": ["numeric", "categorical", "timestamp"], "title": "Column kind", "description": "numeric, categorical or timestamp." }, "columnKinds": { "type": "object", "additionalProperties": { "$ref": "#/$defs/columnKind" }, "x-expected": "a mapping of column name to numeric, categorical or timestamp", "title": "Column kinds", "description": "Column name \u2192 numeric | categorical | timestamp." }, "labelList": { "type": "array", "items": { "type": "string", "minLength": 1, "x-expected": "a label name", "title": "Label", "description": "A GitHub label." }, "x-expected": "a list of label names", "title": "Labels", "description": "GitHub labels." }, "duration": { "type": "string", "pattern": "^(?:\\d+(?:m|h|d|w)|\\d+ runs?)$", "x-expected": "a duration such as 30m, 6h, 7d, 2w or 3 runs", "title": "Duration", "description": "Minutes (30m), hours (6h), days (7d), weeks (2w), or a number of runs (3 runs)." }, "timeSpan": { "type": "string", "pattern": "^\\d+(?:m|h|d|w)$", "x-expected": "a time span such as 30m, 6h, 7d or 2w", "title": "Time span", "description": "Minutes (30m), hours (6h), days (7d) or weeks (2w)." }, "runCount": { "type": "string", "pattern": "^[1-9]\\d* runs?$", "x-expected": 'a number of runs such as "1 run" or "3 runs"', "title": "Runs", "description": 'A number of consecutive runs, such as "2 runs".' }, "minSamples": { "type": "integer", "minimum": 1, "title": "Minimum samples", "description": "Rows needed before a check may pass or fail." }, "scalar": { "type": ["number", "string"], "title": "Value", "description": "A number or a string." }, "scalarList": { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/scalar" }, "x-expected": "a non-empty list of numbers or strings", "title": "Values", "description": "A non-empty list of numbers or strings." }, "pair": { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2, "x-expected": "a pair [low, high] of numbers", "title": "Range", "description": "A list [low, high] of two numbers with low \u2264 high; both ends inclusive." }, "comparator": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "gt": { "type": "number", "title": "Greater than", "description": "Breached when the value is greater than this number." }, "gte": { "type": "number", "title": "Greater than or equal", "description": "Breached when the value is greater than or equal to this number." }, "lt": { "type": "number", "title": "Less than", "description": "Breached when the value is less than this number." }, "lte": { "type": "number", "title": "Less than or equal", "description": "Breached when the value is less than or equal to this number." }, "eq": { "$ref": "#/$defs/scalar", "title": "Equal to", "description": "Breached when the value equals this number or string." }, "not_eq": { "$ref": "#/$defs/scalar", "title": "Not equal to", "description": "Breached when the value differs from this number or string." }, "between": { "$ref": "#/$defs/pair", "title": "Between (inclusive)", "description": "Breached when low \u2264 value \u2264 high. A list [low, high] with low \u2264 high." }, "not_between": { "$ref": "#/$defs/pair", "title": "Outside (inclusive bounds)", "description": "Breached when the value is below low or above high. A list [low, high] with low \u2264 high." }, "in": { "$ref": "#/$defs/scalarList", "title": "One of", "description": "Breached when the value is one of these numbers or strings." }, "not_in": { "$ref": "#/$defs/scalarList", "title": "None of", "description": "Breached when the value is none of these numbers or strings." } }, "x-expected": "a comparator with at least one condition (gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in)", "title": "Comparator", "description": "Conditions on a number; breached when any condition holds. Conditions: gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in." }, "threshold": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "gt": { "type": "number", "title": "Greater than", "description": "Breached when the value is greater than this number." }, "gte": { "type": "number", "title": "Greater than or equal", "description": "Breached when the value is greater than or equal to this number." }, "lt": { "type": "number", "title": "Less than", "description": "Breached when the value is less than this number." }, "lte": { "type": "number", "title": "Less than or equal", "description": "Breached when the value is less than or equal to this number." }, "eq": { "$ref": "#/$defs/scalar", "title": "Equal to", "description": "Breached when the value equals this number or string." }, "not_eq": { "$ref": "#/$defs/scalar", "title": "Not equal to", "description": "Breached when the value differs from this number or string." }, "between": { "$ref": "#/$defs/pair", "title": "Between (inclusive)", "description": "Breached when low \u2264 value \u2264 high. A list [low, high] with low \u2264 high." }, "not_between": { "$ref": "#/$defs/pair", "title": "Outside (inclusive bounds)", "description": "Breached when the value is below low or above high. A list [low, high] with low \u2264 high." }, "in": { "$ref": "#/$defs/scalarList", "title": "One of", "description": "Breached when the value is one of these numbers or strings." }, "not_in": { "$ref": "#/$defs/scalarList", "title": "None of", "description": "Breached when the value is none of these numbers or strings." }, "vs": { "const": "reference", "title": "Compare against", "description": "reference: compare the change against the value on reference data, with relative and/or absolute." }, "relative": { "$ref": "#/$defs/comparator", "title": "Relative change", "description": "With vs: reference, conditions on (value \u2212 reference) / |reference|; e.g. { lt: -0.03 } is a 3% drop." }, "absolute": { "$ref": "#/$defs/comparator", "title": "Absolute change", "description": "With vs: reference, conditions on value \u2212 reference." } }, "x-expected": "a threshold with at least one condition (gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in, or vs: reference with relative/absolute)", "title": "Threshold", "description": "Conditions on the value (or on its change against reference with vs: reference). The threshold is breached when any condition holds." }, "thresholds": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail. The worse state wins." } }, "x-expected": "a mapping with warn and/or fail thresholds", "title": "Thresholds", "description": "warn and/or fail thresholds." }, "source": { "type": "object", "additionalProperties": false, "required": ["file"], "properties": { "file": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": "a path or glob" } }], "x-expected": "a path or glob, or a list of them", "title": "File(s)", "description": "A path or glob (data/*.parquet), or a list of them, relative to this policy file." }, "format": { "type": "string", "enum": ["csv", "jsonl", "parquet"], "title": "Format", "description": "csv, jsonl or parquet. Default: from each file's extension (.csv, .jsonl/.ndjson, .parquet, optionally .gz)." } }, "x-expected": "a data source such as { file: data/current.csv }", "title": "Data source", "description": "A table read from files." }, "labels": { "type": "object", "additionalProperties": false, "required": ["file"], "properties": { "file": { "$ref": "#/$defs/source/properties/file", "title": "Labels file(s)", "description": "A path or glob, or a list of them, relative to this policy file." }, "format": { "$ref": "#/$defs/source/properties/format", "title": "Format", "description": "csv, jsonl or parquet. Default: from each file's extension." }, "join": { "type": "string", "title": "Join column", "description": "Id column that joins labels to predictions. Default: columns.id.", "minLength": 1 }, "column": { "type": "string", "title": "Label column", "description": "Column holding the label in the labels table. Default: columns.target.", "minLength": 1 }, "delay": { "$ref": "#/$defs/timeSpan", "title": "Label delay", "description": "How long labels take to arrive; shifts the window evaluated with labels back by this much." } }, "x-expected": "a labels source such as { file: labels.csv, join: request_id }", "title": "Labels", "description": "Ground truth that arrives separately, joined to predictions by id." }, "model": { "type": "object", "additionalProperties": false, "required": ["name", "task"], "properties": { "name": { "$ref": "#/$defs/name", "title": "Model name", "description": 'Unique across the repository; used in issue titles, branch names (modelwatch/retrain/<name>) and state. Lowercase letters, digits, ".", "_", "-".' }, "version": { "type": "string", "title": "Model version", "description": 'The deployed version, as a string (quote it: "1.10").', "x-expected": 'a string (quote numbers: "1.10")' }, "task": { "type": "string", "enum": ["binary_classification", "multiclass_classification", "regression"], "title": "Task", "description": "binary_classification, multiclass_classification or regression." }, "owners": { "type": "array", "items": { "$ref": "#/$defs/owner" }, "x-expected": 'a list of GitHub owners such as ["@org/team"]', "title": "Owners", "description": "GitHub users or teams, assigned to issues and asked to review retraining pull requests. Default: []." }, "runbook": { "type": "string", "title": "Runbook", "description": "Path or URL of the runbook linked from issues." } }, "x-expected": "a mapping with name, task, ...", "title": "Model", "description": "The model this policy monitors." }, "columns": { "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/columnName", "title": "Id column", "description": "Unique id of each prediction; joins labels and finds duplicates." }, "timestamp": { "$ref": "#/$defs/columnName", "title": "Timestamp column", "description": "When each prediction was made; used by the window and freshness." }, "prediction": { "$ref": "#/$defs/columnName", "title": "Prediction column", "description": "The predicted label or value." }, "score": { "$ref": "#/$defs/columnName", "title": "Score column", "description": "Binary or regression: the score or probability of the positive class." }, "class_scores": { "type": "object", "additionalProperties": { "$ref": "#/$defs/columnName" }, "x-expected": "a mapping of class \u2192 probability column", "title": "Class scores", "description": "Multiclass: class \u2192 column holding that class's probability." }, "target": { "$ref": "#/$defs/columnName", "title": "Target column", "description": "Ground truth; may arrive late (see data.labels)." }, "features": { "type": "object", "additionalProperties": false, "properties": { "numerical": { "$ref": "#/$defs/columnList", "title": "Numerical features", "description": "Numeric feature columns. Default: []." }, "categorical": { "$ref": "#/$defs/columnList", "title": "Categorical features", "description": "Categorical feature columns. Default: []." } }, "x-expected": "a mapping with numerical and/or categorical lists", "title": "Features", "description": "Feature columns by kind. Absent: every column without another role, typed by inference. When present, checks may only name declared columns." }, "sensitive": { "$ref": "#/$defs/columnList", "title": "Sensitive columns", "description": "Protected attributes used by fairness checks; never shown row by row. Default: []." }, "pii": { "$ref": "#/$defs/columnList", "title": "PII columns", "description": "Personal data: never read into reports and never named by a check. Default: []." }, "types": { "$ref": "#/$defs/columnKinds", "title": "Column types", "description": "Explicit kinds for columns that are not features (e.g. latency_ms: numeric). Default: {}." } }, "x-expected": "a mapping of column roles", "title": "Columns", "description": "Roles of the columns in the data." }, "data": { "type": "object", "additionalProperties": false, "required": ["current"], "properties": { "reference": { "$ref": "#/$defs/source", "title": "Reference data", "description": "The baseline the current data is compared with (for example the training or validation set)." }, "current": { "$ref": "#/$defs/source", "title": "Current data", "description": "Production data to evaluate." }, "labels": { "$ref": "#/$defs/labels", "title": "Labels", "description": "Ground truth arriving separately, joined to current data by id." }, "window": { "$ref": "#/$defs/timeSpan", "title": "Window", "description": "Only current rows whose timestamp lies in (end \u2212 window, end] are evaluated. Needs columns.timestamp." }, "sample": { "type": "object", "additionalProperties": false, "required": ["max_rows"], "properties": { "max_rows": { "type": "integer", "minimum": 1, "title": "Maximum rows", "description": "Uniformly sample each table down to at most this many rows." }, "seed": { "type": "integer", "minimum": 0, "title": "Seed", "description": "Seed of the sampler, so runs are reproducible. Default: 0." } }, "x-expected": "a mapping with max_rows and seed", "title": "Sampling", "description": "Down-sampling of large tables." } }, "x-expected": "a mapping with current (and reference, labels, window, sample)", "title": "Data", "description": "Where the data come from." }, "defaults": { "type": "object", "additionalProperties": false, "properties": { "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before a check may pass or fail (default 100). Fewer gives no_data, never a false fail." } }, "x-expected": "a mapping with min_samples", "title": "Defaults", "description": "Values every check inherits." }, "check": { "type": "object", "required": ["type"], "discriminator": { "propertyName": "type" }, "oneOf": [{ "$ref": "#/$defs/check_drift" }, { "$ref": "#/$defs/check_data_quality" }, { "$ref": "#/$defs/check_performance" }, { "$ref": "#/$defs/check_concept_drift" }, { "$ref": "#/$defs/check_fairness" }, { "$ref": "#/$defs/check_operational" }, { "$ref": "#/$defs/check_business" }], "x-expected": "a check (a mapping with id and type)", "title": "Check", "description": "One check. The type decides the other keys." }, "check_drift": { "type": "object", "additionalProperties": false, "required": ["id", "type"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "drift", "title": "Check type", "description": "drift: compares each feature's current distribution with the reference." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "features": { "$ref": "#/$defs/columnSelection", "title": "Features", "description": '"all" (every feature) or a list of columns; may name the prediction or score column. Default: all.' }, "method": { "type": "string", "enum": ["auto", "ks", "chi_square", "z", "wasserstein", "jensen_shannon", "psi", "kl", "hellinger"], "title": "Method", "description": "auto picks a test by column type and reference size (p-value tests below 1,000 rows, distances above). Default: auto." }, "per_feature": { "$ref": "#/$defs/thresholds", "title": "Per-feature thresholds (distances)", "description": "When a feature counts as drifted for distance methods (wasserstein, jensen_shannon, psi, kl, hellinger). Default: { fail: { gte: 0.1 } }." }, "p_value": { "$ref": "#/$defs/thresholds", "title": "Per-feature thresholds (p-values)", "description": "When a feature counts as drifted for tests (ks, chi_square, z). Default: { fail: { lt: 0.05 } }." }, "dataset": { "type": "object", "additionalProperties": false, "properties": { "share_drifted": { "$ref": "#/$defs/thresholds", "title": "Share of drifted features", "description": "Thresholds on the share (0..1) of features that drifted." } }, "x-expected": "a mapping with share_drifted", "title": "Dataset drift", "description": "Thresholds on the whole dataset." }, "bins": { "type": "integer", "minimum": 2, "maximum": 100, "title": "Bins", "description": "Quantile bins for numeric columns in binned methods (psi, kl, hellinger, jensen_shannon). Default: 10." } }, "x-expected": "a drift check", "title": "Drift check", "description": "Distribution drift of features between reference and current data." }, "check_data_quality": { "type": "object", "additionalProperties": false, "required": ["id", "type", "metric"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "data_quality", "title": "Check type", "description": "data_quality: missing values, ranges, unseen categories, row counts, duplicates, freshness, schema and row rules." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "metric": { "type": "string", "enum": ["missing_share", "out_of_range_share", "unseen_share", "row_count", "duplicate_ids", "freshness", "schema", "rule"], "title": "Metric", "description": "missing_share, out_of_range_share, unseen_share, row_count, duplicate_ids (needs columns.id), freshness (needs columns.timestamp), schema (needs schema), rule (needs rule)." }, "columns": { "$ref": "#/$defs/columnSelection", "title": "Columns", "description": '"all" or a list of columns. Default: all.' }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail. duplicate_ids defaults to { gt: 0 }." }, "range": { "anyOf": [{ "const": "reference", "title": "Reference range", "description": "The range observed in the reference data." }, { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "number", "title": "Minimum", "description": "Smallest allowed value (inclusive)." }, "max": { "type": "number", "title": "Maximum", "description": "Largest allowed value (inclusive)." } }, "x-expected": "a mapping with min and/or max" }], "x-expected": '"reference" or a mapping with min and/or max', "title": "Range", "description": 'out_of_range_share: allowed range, "reference" (default) or { min, max }.' }, "rule": { "type": "string", "title": "Rule", "description": 'rule: a row predicate in the expression language, e.g. "age >= 18".', "minLength": 1 }, "mostly": { "type": "number", "minimum": 0, "maximum": 1, "title": "Mostly", "description": "rule: the share of rows (0..1) that must satisfy the rule." }, "schema": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "required": { "$ref": "#/$defs/columnList", "title": "Required columns", "description": "Columns that must exist. Default: []." }, "forbidden": { "$ref": "#/$defs/columnList", "title": "Forbidden columns", "description": "Columns that must not exist. Default: []." }, "types": { "$ref": "#/$defs/columnKinds", "title": "Column kinds", "description": "Kinds the columns must have. Default: {}." } }, "x-expected": "a mapping with required, forbidden and/or types", "title": "Schema", "description": "schema: expected columns and their kinds." } }, "x-expected": "a data_quality check", "title": "Data quality check", "description": "A data quality metric on current data." }, "check_performance": { "type": "object", "additionalProperties": false, "required": ["id", "type", "metric"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "performance", "title": "Check type", "description": "performance: a model metric on the predictions whose labels have arrived (or a CBPE estimate without them)." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Labelled rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "metric": { "type": "string", "enum": ["accuracy", "balanced_accuracy", "precision", "recall", "f1", "specificity", "roc_auc", "average_precision", "log_loss", "brier", "ece", "mae", "mse", "rmse", "mape", "r2"], "title": "Metric", "description": "scikit-learn's definition (docs/statistics.md#performance). Classification: accuracy, balanced_accuracy, precision, recall, f1, specificity, roc_auc, average_precision and brier (binary only), log_loss, ece. Regression: mae, mse, rmse, mape, r2." }, "average": { "type": "string", "enum": ["macro", "weighted"], "title": "Multiclass average", "description": "How precision, recall, f1, specificity and roc_auc are averaged over classes. Default: macro." }, "decision_threshold": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "title": "Decision threshold", "description": "Binary: a score at or above this is the positive class (used instead of columns.prediction)." }, "by": { "$ref": "#/$defs/columnName", "title": "Segment by", "description": "Report the metric per value of this column." }, "min_group_size": { "type": "integer", "minimum": 1, "title": "Minimum group size", "description": "Rows a group needs before it may pass or fail; smaller groups are no_data. Default: min_samples." }, "when_unlabelled": { "type": "string", "enum": ["estimate"], "title": "When labels are missing", "description": "estimate: with too few labelled rows, estimate the metric with CBPE (accuracy, precision, recall, f1, specificity, roc_auc); the value is marked estimated." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail. Without warn and fail, a band is derived from reference chunks (mean \xB1 3 std)." } }, "x-expected": "a performance check such as { id: auc, type: performance, metric: roc_auc }", "title": "Performance check", "description": "Model performance on labelled predictions, or estimated without labels." }, "check_concept_drift": { "type": "object", "additionalProperties": false, "required": ["id", "type"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "concept_drift", "title": "Check type", "description": "concept_drift: a change detector over the time-ordered errors of the labelled predictions." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Labelled rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "detector": { "type": "string", "enum": ["adwin", "page_hinkley", "ddm"], "title": "Detector", "description": "adwin (the default), page_hinkley or ddm, with River's default parameters unless parameters says otherwise.", "default": "adwin" }, "parameters": { "type": "object", "additionalProperties": false, "properties": { "delta": { "type": "number", "title": "delta", "description": "adwin: confidence (default 0.002); page_hinkley: tolerated change (default 0.005).", "exclusiveMinimum": 0 }, "clock": { "type": "integer", "minimum": 1, "title": "clock", "description": "adwin: check for changes every this many rows (default 32)." }, "max_buckets": { "type": "integer", "minimum": 2, "title": "max_buckets", "description": "adwin: buckets of each size before merging (default 5)." }, "min_window_length": { "type": "integer", "minimum": 1, "title": "min_window_length", "description": "adwin: smallest sub-window compared (default 5)." }, "grace_period": { "type": "integer", "minimum": 0, "title": "grace_period", "description": "adwin: rows before any detection (default 10)." }, "min_instances": { "type": "integer", "minimum": 1, "title": "min_instances", "description": "page_hinkley: rows before any detection (default 30)." }, "threshold": { "type": "number", "title": "threshold", "description": "page_hinkley: the change threshold lambda (default 50).", "exclusiveMinimum": 0 }, "alpha": { "type": "number", "title": "alpha", "description": "page_hinkley: forgetting factor (default 0.9999).", "exclusiveMinimum": 0, "maximum": 1 }, "mode": { "type": "string", "enum": ["up", "down", "both"], "title": "mode", "description": "page_hinkley: watch increases, decreases or both (default both)." }, "warm_start": { "type": "integer", "minimum": 1, "title": "warm_start", "description": "ddm: rows before any detection (default 30)." }, "warning_threshold": { "type": "number", "title": "warning_threshold", "description": "ddm: standard deviations for a warning (default 2).", "exclusiveMinimum": 0 }, "drift_threshold": { "type": "number", "title": "drift_threshold", "description": "ddm: standard deviations for a change (default 3).", "exclusiveMinimum": 0 } }, "x-expected": "a mapping of detector parameters such as { delta: 0.002 }", "title": "Detector parameters", "description": "Overrides of the detector's defaults (docs/statistics.md#change-detectors)." }, "decision_threshold": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "title": "Decision threshold", "description": "Binary: a score at or above this is the positive class (used instead of columns.prediction)." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold on the number of changes found. Default (without warn and fail): warn at 1 or more." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold on the number of changes found." } }, "x-expected": "a concept_drift check such as { id: errors, type: concept_drift, detector: adwin }", "title": "Concept drift check", "description": "Changes in the error rate inside the evaluated window, found by ADWIN, Page-Hinkley or DDM." }, "issue": { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "title": "Enabled", "description": "Open, update and close one issue per incident. Default: true." }, "labels": { "$ref": "#/$defs/labelList", "title": "Labels", "description": "Labels of the issue. Default: [modelwatch]." } }, "x-expected": "a mapping with enabled and labels", "title": "Issue", "description": "The GitHub issue opened per incident." }, "silence": { "type": "object", "additionalProperties": false, "required": ["until", "reason"], "properties": { "checks": { "type": "array", "items": { "$ref": "#/$defs/checkId" }, "x-expected": "a list of check ids", "title": "Checks", "description": "Check ids to silence; empty or absent silences every check of the model." }, "until": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?$", "x-expected": "a date (2026-12-31) or a date-time with a zone (2026-12-31T18:00:00Z)", "title": "Until", "description": "Inclusive end: a date (the end of that day, UTC) or a date-time with a time zone." }, "reason": { "type": "string", "title": "Reason", "description": "Why the checks are silenced; shown in reports.", "minLength": 1 } }, "x-expected": "a silence with until and reason", "title": "Silence", "description": "Turns failures of some checks into silenced until a date." }, "alerting": { "type": "object", "additionalProperties": false, "properties": { "issue": { "$ref": "#/$defs/issue", "title": "Issue", "description": "The GitHub issue opened per incident." }, "silences": { "type": "array", "items": { "$ref": "#/$defs/silence" }, "x-expected": "a list of silences", "title": "Silences", "description": "Planned silences. Default: []." } }, "x-expected": "a mapping with issue and silences", "title": "Alerting", "description": "How failures are reported." }, "retraining": { "type": "object", "additionalProperties": false, "required": ["when", "pull_request"], "properties": { "when": { "type": "object", "additionalProperties": false, "required": ["any_failing"], "properties": { "any_failing": { "anyOf": [{ "const": "any", "title": "Any check", "description": "Any check of the model failing counts." }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/checkId" } }], "x-expected": '"any" or a list of check ids', "title": "Any failing", "description": '"any", or check ids any of which failing counts.' }, "for": { "$ref": "#/$defs/runCount", "title": "For", "description": "How many consecutive runs the condition must hold. Default: 1 run." } }, "x-expected": "a mapping with any_failing and for", "title": "When", "description": "When to request retraining." }, "pull_request": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "title": "Path", "description": "Repository path of the retrain request file the pull request writes.", "minLength": 1 }, "base": { "type": "string", "title": "Base branch", "description": "Base branch. Default: the repository's default branch.", "minLength": 1 }, "labels": { "$ref": "#/$defs/labelList", "title": "Labels", "description": "Labels of the pull request. Default: [modelwatch, retraining]." } }, "x-expected": "a mapping with path (and base, labels)", "title": "Pull request", "description": "The retraining pull request (one branch per model: modelwatch/retrain/<name>)." }, "cooldown": { "$ref": "#/$defs/duration", "title": "Cooldown", "description": "After a retraining pull request is merged or closed, no new one opens for this long. Default: 7d." } }, "x-expected": "a mapping with when and pull_request", "title": "Retraining", "description": "When to request retraining with a pull request." }, "check_fairness": { "type": "object", "additionalProperties": false, "required": ["id", "type", "by"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "fairness", "title": "Check type", "description": "fairness: a group rate (Fairlearn definitions) compared across groups of a sensitive attribute." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "metric": { "type": "string", "enum": ["selection_rate", "true_positive_rate", "false_positive_rate", "false_negative_rate", "precision", "accuracy"], "title": "Metric", "description": "The group rate. Required unless aggregate is equalized_odds. All but selection_rate need labels (columns.target)." }, "by": { "anyOf": [{ "$ref": "#/$defs/columnName" }, { "type": "array", "items": { "$ref": "#/$defs/columnName" }, "minItems": 1, "maxItems": 2 }], "x-expected": "a column name or a list of two", "title": "Group by", "description": 'A sensitive column, or a list of two for their intersection (groups such as "Female \xD7 Black").' }, "min_group_size": { "type": "integer", "minimum": 1, "title": "Minimum group size", "description": "Groups with fewer rows are listed as too small (their size and values are never shown) and left out. Default: 30." }, "aggregate": { "type": "string", "enum": ["difference", "ratio", "vs_group", "equalized_odds"], "title": "Aggregate", "description": "difference (max \u2212 min), ratio (min / max), vs_group (each group / reference_group), equalized_odds (max of TPR and FPR differences). Default: difference." }, "reference_group": { "type": "string", "minLength": 1, "title": "Reference group", "description": 'vs_group: the group every other group is divided by; for two columns a label such as "Male \xD7 White".' }, "require_non_overlap": { "type": "boolean", "title": "Require non-overlapping intervals", "description": "A breached gap only counts when the deciding groups' 95% Wilson intervals do not overlap. Default: false." }, "positive_label": { "$ref": "#/$defs/scalar", "title": "Positive label", "description": "The positive class in the prediction and target columns. Default: 1." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail." } }, "x-expected": "a fairness check", "title": "Fairness check", "description": "A fairness metric across groups of a sensitive attribute." }, "check_operational": { "type": "object", "additionalProperties": false, "required": ["id", "type", "metric"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "operational", "title": "Check type", "description": "operational: latency percentiles, error rate, throughput and null predictions from the prediction log." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "metric": { "type": "string", "enum": ["p50", "p90", "p95", "p99", "max", "error_rate", "throughput", "null_prediction_share"], "title": "Metric", "description": "p50 p90 p95 p99 max (of column, numpy's linear interpolation), error_rate (share of statuses in values or matching pattern), throughput (rows per hour over the window), null_prediction_share." }, "column": { "$ref": "#/$defs/columnName", "title": "Column", "description": "Latency column for percentiles and max, status column for error_rate, prediction column for null_prediction_share (default columns.prediction)." }, "values": { "$ref": "#/$defs/scalarList", "title": "Error values", "description": 'error_rate: the status values that count as errors, e.g. [500, 503, "timeout"].' }, "pattern": { "type": "string", "minLength": 1, "maxLength": 200, "title": "Error pattern", "description": 'error_rate: a regular expression on the status text, e.g. "^5\\\\d\\\\d$". At most 200 characters; no backreferences or nested repeats.' }, "by": { "anyOf": [{ "$ref": "#/$defs/columnName" }, { "type": "array", "items": { "$ref": "#/$defs/columnName" }, "minItems": 1, "maxItems": 2 }], "x-expected": "a column name or a list of two", "title": "Group by", "description": "Judge each group of this column (or the intersection of two) separately; the worst group decides." }, "min_group_size": { "type": "integer", "minimum": 1, "title": "Minimum group size", "description": "Groups with fewer rows are listed as too small (their size and values are never shown) and left out. Default: 30." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail." } }, "x-expected": "an operational check", "title": "Operational check", "description": "Serving health of the model from its prediction log." }, "check_business": { "type": "object", "additionalProperties": false, "required": ["id", "type", "expr"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "business", "title": "Check type", "description": "business: a KPI written as an expression over the window's rows." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "expr": { "type": "string", "minLength": 1, "title": "Expression", "description": 'A KPI in the expression language, e.g. "mean(accepted_offer, where: segment == \\"vip\\")". Aggregates: mean sum count min max quantile rate ratio. Quote it (single quotes) when it holds ": ", as where: does; at most 10,000 characters.' }, "by": { "anyOf": [{ "$ref": "#/$defs/columnName" }, { "type": "array", "items": { "$ref": "#/$defs/columnName" }, "minItems": 1, "maxItems": 2 }], "x-expected": "a column name or a list of two", "title": "Group by", "description": "Judge the KPI per group of this column (or the intersection of two); the worst group decides." }, "min_group_size": { "type": "integer", "minimum": 1, "title": "Minimum group size", "description": "Groups with fewer rows are listed as too small (their size and values are never shown) and left out. Default: 30." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail." } }, "x-expected": "a business check", "title": "Business check", "description": "A business KPI computed from the model's predictions and outcomes." } } };
var func2 = Object.prototype.hasOwnProperty;
var schema12 = { "type": "object", "additionalProperties": false, "required": ["name", "task"], "properties": { "name": { "$ref": "#/$defs/name", "title": "Model name", "description": 'Unique across the repository; used in issue titles, branch names (modelwatch/retrain/<name>) and state. Lowercase letters, digits, ".", "_", "-".' }, "version": { "type": "string", "title": "Model version", "description": 'The deployed version, as a string (quote it: "1.10").', "x-expected": 'a string (quote numbers: "1.10")' }, "task": { "type": "string", "enum": ["binary_classification", "multiclass_classification", "regression"], "title": "Task", "description": "binary_classification, multiclass_classification or regression." }, "owners": { "type": "array", "items": { "$ref": "#/$defs/owner" }, "x-expected": 'a list of GitHub owners such as ["@org/team"]', "title": "Owners", "description": "GitHub users or teams, assigned to issues and asked to review retraining pull requests. Default: []." }, "runbook": { "type": "string", "title": "Runbook", "description": "Path or URL of the runbook linked from issues." } }, "x-expected": "a mapping with name, task, ...", "title": "Model", "description": "The model this policy monitors." };
var schema13 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9._-]{0,62}$", "x-expected": 'a model name of lowercase letters, digits, ".", "_" and "-" (at most 63 characters, starting with a letter or digit)', "title": "Model name", "description": "Unique across the repository; used in issue titles, branch names and state." };
var schema14 = { "type": "string", "pattern": "^@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "x-expected": 'a GitHub owner such as "@org/team" or "@user"', "title": "Owner", "description": "A GitHub user (@user) or team (@org/team)." };
var pattern0 = new RegExp("^[a-z0-9][a-z0-9._-]{0,62}$", "u");
var pattern1 = new RegExp("^@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.task === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "task" }, message: "must have required property 'task'", schema: schema12.required, parentSchema: schema12, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "version" || key0 === "task" || key0 === "owners" || key0 === "runbook")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema12, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (!pattern0.test(data0)) {
          const err3 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9._-]{0,62}$" }, message: 'must match pattern "^[a-z0-9][a-z0-9._-]{0,62}$"', schema: "^[a-z0-9][a-z0-9._-]{0,62}$", parentSchema: schema13, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/name", schemaPath: "#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema13.type, parentSchema: schema13, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      let data1 = data.version;
      if (typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.version.type, parentSchema: schema12.properties.version, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.task !== void 0) {
      let data2 = data.task;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.task.type, parentSchema: schema12.properties.task, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (!(data2 === "binary_classification" || data2 === "multiclass_classification" || data2 === "regression")) {
        const err7 = { instancePath: instancePath + "/task", schemaPath: "#/properties/task/enum", keyword: "enum", params: { allowedValues: schema12.properties.task.enum }, message: "must be equal to one of the allowed values", schema: schema12.properties.task.enum, parentSchema: schema12.properties.task, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.owners !== void 0) {
      let data3 = data.owners;
      if (Array.isArray(data3)) {
        const len0 = data3.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data4 = data3[i0];
          if (typeof data4 === "string") {
            if (!pattern1.test(data4)) {
              const err8 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/owner/pattern", keyword: "pattern", params: { pattern: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$" }, message: 'must match pattern "^@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$"', schema: "^@[A-Za-z0-9](?:[A-Za-z0-9-]*)(?:/[A-Za-z0-9._-]+)?$", parentSchema: schema14, data: data4 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/owners/" + i0, schemaPath: "#/$defs/owner/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema14.type, parentSchema: schema14, data: data4 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/owners", schemaPath: "#/properties/owners/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema12.properties.owners.type, parentSchema: schema12.properties.owners, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.runbook !== void 0) {
      let data5 = data.runbook;
      if (typeof data5 !== "string") {
        const err11 = { instancePath: instancePath + "/runbook", schemaPath: "#/properties/runbook/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.properties.runbook.type, parentSchema: schema12.properties.runbook, data: data5 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema15 = { "type": "object", "additionalProperties": false, "properties": { "id": { "$ref": "#/$defs/columnName", "title": "Id column", "description": "Unique id of each prediction; joins labels and finds duplicates." }, "timestamp": { "$ref": "#/$defs/columnName", "title": "Timestamp column", "description": "When each prediction was made; used by the window and freshness." }, "prediction": { "$ref": "#/$defs/columnName", "title": "Prediction column", "description": "The predicted label or value." }, "score": { "$ref": "#/$defs/columnName", "title": "Score column", "description": "Binary or regression: the score or probability of the positive class." }, "class_scores": { "type": "object", "additionalProperties": { "$ref": "#/$defs/columnName" }, "x-expected": "a mapping of class \u2192 probability column", "title": "Class scores", "description": "Multiclass: class \u2192 column holding that class's probability." }, "target": { "$ref": "#/$defs/columnName", "title": "Target column", "description": "Ground truth; may arrive late (see data.labels)." }, "features": { "type": "object", "additionalProperties": false, "properties": { "numerical": { "$ref": "#/$defs/columnList", "title": "Numerical features", "description": "Numeric feature columns. Default: []." }, "categorical": { "$ref": "#/$defs/columnList", "title": "Categorical features", "description": "Categorical feature columns. Default: []." } }, "x-expected": "a mapping with numerical and/or categorical lists", "title": "Features", "description": "Feature columns by kind. Absent: every column without another role, typed by inference. When present, checks may only name declared columns." }, "sensitive": { "$ref": "#/$defs/columnList", "title": "Sensitive columns", "description": "Protected attributes used by fairness checks; never shown row by row. Default: []." }, "pii": { "$ref": "#/$defs/columnList", "title": "PII columns", "description": "Personal data: never read into reports and never named by a check. Default: []." }, "types": { "$ref": "#/$defs/columnKinds", "title": "Column types", "description": "Explicit kinds for columns that are not features (e.g. latency_ms: numeric). Default: {}." } }, "x-expected": "a mapping of column roles", "title": "Columns", "description": "Roles of the columns in the data." };
var schema16 = { "type": "string", "minLength": 1, "x-expected": "a column name", "title": "Column", "description": "A column name in the data." };
var func4 = ajvRuntime_ucs2length;
var schema22 = { "type": "array", "items": { "$ref": "#/$defs/columnName" }, "uniqueItems": true, "x-expected": "a list of column names", "title": "Columns", "description": "A list of column names." };
var func0 = ajvRuntime_equal;
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (func4(data0) < 1) {
          const err0 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    let i1 = data.length;
    let j0;
    if (i1 > 1) {
      outer0: for (; i1--; ) {
        for (j0 = i1; j0--; ) {
          if (func0(data[i1], data[j0])) {
            const err2 = { instancePath, schemaPath: "#/uniqueItems", keyword: "uniqueItems", params: { i: i1, j: j0 }, message: "must NOT have duplicate items (items ## " + j0 + " and " + i1 + " are identical)", schema: true, parentSchema: schema22, data };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
            break outer0;
          }
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema22.type, parentSchema: schema22, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
var schema24 = { "type": "object", "additionalProperties": { "$ref": "#/$defs/columnKind" }, "x-expected": "a mapping of column name to numeric, categorical or timestamp", "title": "Column kinds", "description": "Column name \u2192 numeric | categorical | timestamp." };
var schema25 = { "type": "string", "enum": ["numeric", "categorical", "timestamp"], "title": "Column kind", "description": "numeric, categorical or timestamp." };
function validate19(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      let data0 = data[key0];
      if (typeof data0 !== "string") {
        const err0 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/columnKind/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema25.type, parentSchema: schema25, data: data0 };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
      if (!(data0 === "numeric" || data0 === "categorical" || data0 === "timestamp")) {
        const err1 = { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/columnKind/enum", keyword: "enum", params: { allowedValues: schema25.enum }, message: "must be equal to one of the allowed values", schema: schema25.enum, parentSchema: schema25, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema24.type, parentSchema: schema24, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate19.errors = vErrors;
  return errors === 0;
}
function validate13(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func2.call(schema15.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (func4(data0) < 1) {
          const err1 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.timestamp !== void 0) {
      let data1 = data.timestamp;
      if (typeof data1 === "string") {
        if (func4(data1) < 1) {
          const err3 = { instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/timestamp", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.prediction !== void 0) {
      let data2 = data.prediction;
      if (typeof data2 === "string") {
        if (func4(data2) < 1) {
          const err5 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data2 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/prediction", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.score !== void 0) {
      let data3 = data.score;
      if (typeof data3 === "string") {
        if (func4(data3) < 1) {
          const err7 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/score", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.class_scores !== void 0) {
      let data4 = data.class_scores;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          let data5 = data4[key1];
          if (typeof data5 === "string") {
            if (func4(data5) < 1) {
              const err9 = { instancePath: instancePath + "/class_scores/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data5 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/class_scores/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data5 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/class_scores", schemaPath: "#/properties/class_scores/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.class_scores.type, parentSchema: schema15.properties.class_scores, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.target !== void 0) {
      let data6 = data.target;
      if (typeof data6 === "string") {
        if (func4(data6) < 1) {
          const err12 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data6 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/target", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.features !== void 0) {
      let data7 = data.features;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "numerical" || key2 === "categorical")) {
            const err14 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema15.properties.features, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data7.numerical !== void 0) {
          if (!validate14(data7.numerical, { instancePath: instancePath + "/features/numerical", parentData: data7, parentDataProperty: "numerical", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data7.categorical !== void 0) {
          if (!validate14(data7.categorical, { instancePath: instancePath + "/features/categorical", parentData: data7, parentDataProperty: "categorical", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/features", schemaPath: "#/properties/features/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.properties.features.type, parentSchema: schema15.properties.features, data: data7 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.sensitive !== void 0) {
      if (!validate14(data.sensitive, { instancePath: instancePath + "/sensitive", parentData: data, parentDataProperty: "sensitive", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.pii !== void 0) {
      if (!validate14(data.pii, { instancePath: instancePath + "/pii", parentData: data, parentDataProperty: "pii", rootData })) {
        vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
        errors = vErrors.length;
      }
    }
    if (data.types !== void 0) {
      if (!validate19(data.types, { instancePath: instancePath + "/types", parentData: data, parentDataProperty: "types", rootData })) {
        vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema15.type, parentSchema: schema15, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate13.errors = vErrors;
  return errors === 0;
}
var schema26 = { "type": "object", "additionalProperties": false, "required": ["current"], "properties": { "reference": { "$ref": "#/$defs/source", "title": "Reference data", "description": "The baseline the current data is compared with (for example the training or validation set)." }, "current": { "$ref": "#/$defs/source", "title": "Current data", "description": "Production data to evaluate." }, "labels": { "$ref": "#/$defs/labels", "title": "Labels", "description": "Ground truth arriving separately, joined to current data by id." }, "window": { "$ref": "#/$defs/timeSpan", "title": "Window", "description": "Only current rows whose timestamp lies in (end \u2212 window, end] are evaluated. Needs columns.timestamp." }, "sample": { "type": "object", "additionalProperties": false, "required": ["max_rows"], "properties": { "max_rows": { "type": "integer", "minimum": 1, "title": "Maximum rows", "description": "Uniformly sample each table down to at most this many rows." }, "seed": { "type": "integer", "minimum": 0, "title": "Seed", "description": "Seed of the sampler, so runs are reproducible. Default: 0." } }, "x-expected": "a mapping with max_rows and seed", "title": "Sampling", "description": "Down-sampling of large tables." } }, "x-expected": "a mapping with current (and reference, labels, window, sample)", "title": "Data", "description": "Where the data come from." };
var schema27 = { "type": "object", "additionalProperties": false, "required": ["file"], "properties": { "file": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": "a path or glob" } }], "x-expected": "a path or glob, or a list of them", "title": "File(s)", "description": "A path or glob (data/*.parquet), or a list of them, relative to this policy file." }, "format": { "type": "string", "enum": ["csv", "jsonl", "parquet"], "title": "Format", "description": "csv, jsonl or parquet. Default: from each file's extension (.csv, .jsonl/.ndjson, .parquet, optionally .gz)." } }, "x-expected": "a data source such as { file: data/current.csv }", "title": "Data source", "description": "A table read from files." };
var schema32 = { "type": "string", "pattern": "^\\d+(?:m|h|d|w)$", "x-expected": "a time span such as 30m, 6h, 7d or 2w", "title": "Time span", "description": "Minutes (30m), hours (6h), days (7d) or weeks (2w)." };
var schema29 = { "type": "object", "additionalProperties": false, "required": ["file"], "properties": { "file": { "$ref": "#/$defs/source/properties/file", "title": "Labels file(s)", "description": "A path or glob, or a list of them, relative to this policy file." }, "format": { "$ref": "#/$defs/source/properties/format", "title": "Format", "description": "csv, jsonl or parquet. Default: from each file's extension." }, "join": { "type": "string", "title": "Join column", "description": "Id column that joins labels to predictions. Default: columns.id.", "minLength": 1 }, "column": { "type": "string", "title": "Label column", "description": "Column holding the label in the labels table. Default: columns.target.", "minLength": 1 }, "delay": { "$ref": "#/$defs/timeSpan", "title": "Label delay", "description": "How long labels take to arrive; shifts the window evaluated with labels back by this much." } }, "x-expected": "a labels source such as { file: labels.csv, join: request_id }", "title": "Labels", "description": "Ground truth that arrives separately, joined to predictions by id." };
var schema30 = { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1, "x-expected": "a path or glob" } }], "x-expected": "a path or glob, or a list of them", "title": "File(s)", "description": "A path or glob (data/*.parquet), or a list of them, relative to this policy file." };
var schema31 = { "type": "string", "enum": ["csv", "jsonl", "parquet"], "title": "Format", "description": "csv, jsonl or parquet. Default: from each file's extension (.csv, .jsonl/.ndjson, .parquet, optionally .gz)." };
var pattern2 = new RegExp("^\\d+(?:m|h|d|w)$", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.file === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema29.required, parentSchema: schema29, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "file" || key0 === "format" || key0 === "join" || key0 === "column" || key0 === "delay")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema29, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.file !== void 0) {
      let data0 = data.file;
      const _errs5 = errors;
      let valid2 = false;
      const _errs6 = errors;
      if (typeof data0 === "string") {
        if (func4(data0) < 1) {
          const err2 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/source/properties/file/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/source/properties/file/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.anyOf[0].type, parentSchema: schema30.anyOf[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid2 = valid2 || _valid0;
      if (!valid2) {
        const _errs8 = errors;
        if (Array.isArray(data0)) {
          if (data0.length < 1) {
            const err4 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/source/properties/file/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema30.anyOf[1], data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
          const len0 = data0.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data1 = data0[i0];
            if (typeof data1 === "string") {
              if (func4(data1) < 1) {
                const err5 = { instancePath: instancePath + "/file/" + i0, schemaPath: "#/$defs/source/properties/file/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema30.anyOf[1].items, data: data1 };
                if (vErrors === null) {
                  vErrors = [err5];
                } else {
                  vErrors.push(err5);
                }
                errors++;
              }
            } else {
              const err6 = { instancePath: instancePath + "/file/" + i0, schemaPath: "#/$defs/source/properties/file/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema30.anyOf[1].items.type, parentSchema: schema30.anyOf[1].items, data: data1 };
              if (vErrors === null) {
                vErrors = [err6];
              } else {
                vErrors.push(err6);
              }
              errors++;
            }
          }
        } else {
          const err7 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/source/properties/file/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema30.anyOf[1].type, parentSchema: schema30.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        var _valid0 = _errs8 === errors;
        valid2 = valid2 || _valid0;
      }
      if (!valid2) {
        const err8 = { instancePath: instancePath + "/file", schemaPath: "#/$defs/source/properties/file/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema30.anyOf, parentSchema: schema30, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.format !== void 0) {
      let data2 = data.format;
      if (typeof data2 !== "string") {
        const err9 = { instancePath: instancePath + "/format", schemaPath: "#/$defs/source/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.type, parentSchema: schema31, data: data2 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data2 === "csv" || data2 === "jsonl" || data2 === "parquet")) {
        const err10 = { instancePath: instancePath + "/format", schemaPath: "#/$defs/source/properties/format/enum", keyword: "enum", params: { allowedValues: schema31.enum }, message: "must be equal to one of the allowed values", schema: schema31.enum, parentSchema: schema31, data: data2 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.join !== void 0) {
      let data3 = data.join;
      if (typeof data3 === "string") {
        if (func4(data3) < 1) {
          const err11 = { instancePath: instancePath + "/join", schemaPath: "#/properties/join/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.join, data: data3 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/join", schemaPath: "#/properties/join/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.join.type, parentSchema: schema29.properties.join, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.column !== void 0) {
      let data4 = data.column;
      if (typeof data4 === "string") {
        if (func4(data4) < 1) {
          const err13 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema29.properties.column, data: data4 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/column", schemaPath: "#/properties/column/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema29.properties.column.type, parentSchema: schema29.properties.column, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.delay !== void 0) {
      let data5 = data.delay;
      if (typeof data5 === "string") {
        if (!pattern2.test(data5)) {
          const err15 = { instancePath: instancePath + "/delay", schemaPath: "#/$defs/timeSpan/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:m|h|d|w)$" }, message: 'must match pattern "^\\d+(?:m|h|d|w)$"', schema: "^\\d+(?:m|h|d|w)$", parentSchema: schema32, data: data5 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/delay", schemaPath: "#/$defs/timeSpan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data5 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema29.type, parentSchema: schema29, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.current === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "current" }, message: "must have required property 'current'", schema: schema26.required, parentSchema: schema26, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "reference" || key0 === "current" || key0 === "labels" || key0 === "window" || key0 === "sample")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.reference !== void 0) {
      let data0 = data.reference;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.file === void 0) {
          const err2 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/source/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema27.required, parentSchema: schema27, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "file" || key1 === "format")) {
            const err3 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data: data0 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
        if (data0.file !== void 0) {
          let data1 = data0.file;
          const _errs9 = errors;
          let valid3 = false;
          const _errs10 = errors;
          if (typeof data1 === "string") {
            if (func4(data1) < 1) {
              const err4 = { instancePath: instancePath + "/reference/file", schemaPath: "#/$defs/source/properties/file/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.file.anyOf[0], data: data1 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/reference/file", schemaPath: "#/$defs/source/properties/file/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.file.anyOf[0].type, parentSchema: schema27.properties.file.anyOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid0 = _errs10 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs12 = errors;
            if (Array.isArray(data1)) {
              if (data1.length < 1) {
                const err6 = { instancePath: instancePath + "/reference/file", schemaPath: "#/$defs/source/properties/file/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema27.properties.file.anyOf[1], data: data1 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 === "string") {
                  if (func4(data2) < 1) {
                    const err7 = { instancePath: instancePath + "/reference/file/" + i0, schemaPath: "#/$defs/source/properties/file/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.file.anyOf[1].items, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                } else {
                  const err8 = { instancePath: instancePath + "/reference/file/" + i0, schemaPath: "#/$defs/source/properties/file/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.file.anyOf[1].items.type, parentSchema: schema27.properties.file.anyOf[1].items, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
            } else {
              const err9 = { instancePath: instancePath + "/reference/file", schemaPath: "#/$defs/source/properties/file/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.file.anyOf[1].type, parentSchema: schema27.properties.file.anyOf[1], data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            var _valid0 = _errs12 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err10 = { instancePath: instancePath + "/reference/file", schemaPath: "#/$defs/source/properties/file/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties.file.anyOf, parentSchema: schema27.properties.file, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          } else {
            errors = _errs9;
            if (vErrors !== null) {
              if (_errs9) {
                vErrors.length = _errs9;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data0.format !== void 0) {
          let data3 = data0.format;
          if (typeof data3 !== "string") {
            const err11 = { instancePath: instancePath + "/reference/format", schemaPath: "#/$defs/source/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.format.type, parentSchema: schema27.properties.format, data: data3 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
          if (!(data3 === "csv" || data3 === "jsonl" || data3 === "parquet")) {
            const err12 = { instancePath: instancePath + "/reference/format", schemaPath: "#/$defs/source/properties/format/enum", keyword: "enum", params: { allowedValues: schema27.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.format.enum, parentSchema: schema27.properties.format, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/reference", schemaPath: "#/$defs/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.current !== void 0) {
      let data4 = data.current;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.file === void 0) {
          const err14 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/source/required", keyword: "required", params: { missingProperty: "file" }, message: "must have required property 'file'", schema: schema27.required, parentSchema: schema27, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "file" || key2 === "format")) {
            const err15 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/source/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema27, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data4.file !== void 0) {
          let data5 = data4.file;
          const _errs26 = errors;
          let valid8 = false;
          const _errs27 = errors;
          if (typeof data5 === "string") {
            if (func4(data5) < 1) {
              const err16 = { instancePath: instancePath + "/current/file", schemaPath: "#/$defs/source/properties/file/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.file.anyOf[0], data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/current/file", schemaPath: "#/$defs/source/properties/file/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.file.anyOf[0].type, parentSchema: schema27.properties.file.anyOf[0], data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
          var _valid1 = _errs27 === errors;
          valid8 = valid8 || _valid1;
          if (!valid8) {
            const _errs29 = errors;
            if (Array.isArray(data5)) {
              if (data5.length < 1) {
                const err18 = { instancePath: instancePath + "/current/file", schemaPath: "#/$defs/source/properties/file/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema27.properties.file.anyOf[1], data: data5 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
              const len1 = data5.length;
              for (let i1 = 0; i1 < len1; i1++) {
                let data6 = data5[i1];
                if (typeof data6 === "string") {
                  if (func4(data6) < 1) {
                    const err19 = { instancePath: instancePath + "/current/file/" + i1, schemaPath: "#/$defs/source/properties/file/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema27.properties.file.anyOf[1].items, data: data6 };
                    if (vErrors === null) {
                      vErrors = [err19];
                    } else {
                      vErrors.push(err19);
                    }
                    errors++;
                  }
                } else {
                  const err20 = { instancePath: instancePath + "/current/file/" + i1, schemaPath: "#/$defs/source/properties/file/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.file.anyOf[1].items.type, parentSchema: schema27.properties.file.anyOf[1].items, data: data6 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              }
            } else {
              const err21 = { instancePath: instancePath + "/current/file", schemaPath: "#/$defs/source/properties/file/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema27.properties.file.anyOf[1].type, parentSchema: schema27.properties.file.anyOf[1], data: data5 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
            var _valid1 = _errs29 === errors;
            valid8 = valid8 || _valid1;
          }
          if (!valid8) {
            const err22 = { instancePath: instancePath + "/current/file", schemaPath: "#/$defs/source/properties/file/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema27.properties.file.anyOf, parentSchema: schema27.properties.file, data: data5 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          } else {
            errors = _errs26;
            if (vErrors !== null) {
              if (_errs26) {
                vErrors.length = _errs26;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data4.format !== void 0) {
          let data7 = data4.format;
          if (typeof data7 !== "string") {
            const err23 = { instancePath: instancePath + "/current/format", schemaPath: "#/$defs/source/properties/format/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema27.properties.format.type, parentSchema: schema27.properties.format, data: data7 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
          if (!(data7 === "csv" || data7 === "jsonl" || data7 === "parquet")) {
            const err24 = { instancePath: instancePath + "/current/format", schemaPath: "#/$defs/source/properties/format/enum", keyword: "enum", params: { allowedValues: schema27.properties.format.enum }, message: "must be equal to one of the allowed values", schema: schema27.properties.format.enum, parentSchema: schema27.properties.format, data: data7 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/current", schemaPath: "#/$defs/source/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema27.type, parentSchema: schema27, data: data4 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      if (!validate23(data.labels, { instancePath: instancePath + "/labels", parentData: data, parentDataProperty: "labels", rootData })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.window !== void 0) {
      let data9 = data.window;
      if (typeof data9 === "string") {
        if (!pattern2.test(data9)) {
          const err26 = { instancePath: instancePath + "/window", schemaPath: "#/$defs/timeSpan/pattern", keyword: "pattern", params: { pattern: "^\\d+(?:m|h|d|w)$" }, message: 'must match pattern "^\\d+(?:m|h|d|w)$"', schema: "^\\d+(?:m|h|d|w)$", parentSchema: schema32, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      } else {
        const err27 = { instancePath: instancePath + "/window", schemaPath: "#/$defs/timeSpan/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema32.type, parentSchema: schema32, data: data9 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.sample !== void 0) {
      let data10 = data.sample;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        if (data10.max_rows === void 0) {
          const err28 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/required", keyword: "required", params: { missingProperty: "max_rows" }, message: "must have required property 'max_rows'", schema: schema26.properties.sample.required, parentSchema: schema26.properties.sample, data: data10 };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
        for (const key3 in data10) {
          if (!(key3 === "max_rows" || key3 === "seed")) {
            const err29 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key3 }, message: "must NOT have additional properties", schema: false, parentSchema: schema26.properties.sample, data: data10 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
        }
        if (data10.max_rows !== void 0) {
          let data11 = data10.max_rows;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err30 = { instancePath: instancePath + "/sample/max_rows", schemaPath: "#/properties/sample/properties/max_rows/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.sample.properties.max_rows.type, parentSchema: schema26.properties.sample.properties.max_rows, data: data11 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 1 || isNaN(data11)) {
              const err31 = { instancePath: instancePath + "/sample/max_rows", schemaPath: "#/properties/sample/properties/max_rows/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema26.properties.sample.properties.max_rows, data: data11 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
        if (data10.seed !== void 0) {
          let data12 = data10.seed;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err32 = { instancePath: instancePath + "/sample/seed", schemaPath: "#/properties/sample/properties/seed/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema26.properties.sample.properties.seed.type, parentSchema: schema26.properties.sample.properties.seed, data: data12 };
            if (vErrors === null) {
              vErrors = [err32];
            } else {
              vErrors.push(err32);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err33 = { instancePath: instancePath + "/sample/seed", schemaPath: "#/properties/sample/properties/seed/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema26.properties.sample.properties.seed, data: data12 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          }
        }
      } else {
        const err34 = { instancePath: instancePath + "/sample", schemaPath: "#/properties/sample/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.properties.sample.type, parentSchema: schema26.properties.sample, data: data10 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
  } else {
    const err35 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema26.type, parentSchema: schema26, data };
    if (vErrors === null) {
      vErrors = [err35];
    } else {
      vErrors.push(err35);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
var schema34 = { "type": "object", "additionalProperties": false, "properties": { "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before a check may pass or fail (default 100). Fewer gives no_data, never a false fail." } }, "x-expected": "a mapping with min_samples", "title": "Defaults", "description": "Values every check inherits." };
var schema35 = { "type": "integer", "minimum": 1, "title": "Minimum samples", "description": "Rows needed before a check may pass or fail." };
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "min_samples")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema34, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.min_samples !== void 0) {
      let data0 = data.min_samples;
      if (!(typeof data0 == "number" && (!(data0 % 1) && !isNaN(data0)) && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (typeof data0 == "number" && isFinite(data0)) {
        if (data0 < 1 || isNaN(data0)) {
          const err2 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
var schema36 = { "type": "object", "required": ["type"], "discriminator": { "propertyName": "type" }, "oneOf": [{ "$ref": "#/$defs/check_drift" }, { "$ref": "#/$defs/check_data_quality" }, { "$ref": "#/$defs/check_performance" }, { "$ref": "#/$defs/check_concept_drift" }, { "$ref": "#/$defs/check_fairness" }, { "$ref": "#/$defs/check_operational" }, { "$ref": "#/$defs/check_business" }], "x-expected": "a check (a mapping with id and type)", "title": "Check", "description": "One check. The type decides the other keys." };
var schema37 = { "type": "object", "additionalProperties": false, "required": ["id", "type"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "drift", "title": "Check type", "description": "drift: compares each feature's current distribution with the reference." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "features": { "$ref": "#/$defs/columnSelection", "title": "Features", "description": '"all" (every feature) or a list of columns; may name the prediction or score column. Default: all.' }, "method": { "type": "string", "enum": ["auto", "ks", "chi_square", "z", "wasserstein", "jensen_shannon", "psi", "kl", "hellinger"], "title": "Method", "description": "auto picks a test by column type and reference size (p-value tests below 1,000 rows, distances above). Default: auto." }, "per_feature": { "$ref": "#/$defs/thresholds", "title": "Per-feature thresholds (distances)", "description": "When a feature counts as drifted for distance methods (wasserstein, jensen_shannon, psi, kl, hellinger). Default: { fail: { gte: 0.1 } }." }, "p_value": { "$ref": "#/$defs/thresholds", "title": "Per-feature thresholds (p-values)", "description": "When a feature counts as drifted for tests (ks, chi_square, z). Default: { fail: { lt: 0.05 } }." }, "dataset": { "type": "object", "additionalProperties": false, "properties": { "share_drifted": { "$ref": "#/$defs/thresholds", "title": "Share of drifted features", "description": "Thresholds on the share (0..1) of features that drifted." } }, "x-expected": "a mapping with share_drifted", "title": "Dataset drift", "description": "Thresholds on the whole dataset." }, "bins": { "type": "integer", "minimum": 2, "maximum": 100, "title": "Bins", "description": "Quantile bins for numeric columns in binned methods (psi, kl, hellinger, jensen_shannon). Default: 10." } }, "x-expected": "a drift check", "title": "Drift check", "description": "Distribution drift of features between reference and current data." };
var schema38 = { "type": "string", "pattern": "^[a-z0-9][a-z0-9_-]*$", "x-expected": 'an id of lowercase letters, digits, "-" and "_" starting with a letter or digit (such as "feature-drift")', "title": "Check id", "description": 'A check id: lowercase letters, digits, "-" and "_".' };
var pattern4 = new RegExp("^[a-z0-9][a-z0-9_-]*$", "u");
var schema40 = { "anyOf": [{ "const": "all", "title": "All", "description": "Every column this check applies to." }, { "$ref": "#/$defs/columnList" }], "x-expected": '"all" or a list of column names', "title": "Column selection", "description": '"all", or a list of column names.' };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if ("all" !== data) {
    const err0 = { instancePath, schemaPath: "#/anyOf/0/const", keyword: "const", params: { allowedValue: "all" }, message: "must be equal to constant", schema: "all", parentSchema: schema40.anyOf[0], data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs2 = errors;
    if (!validate14(data, { instancePath, parentData, parentDataProperty, rootData })) {
      vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
      errors = vErrors.length;
    }
    var _valid0 = _errs2 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err1 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema40.anyOf, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate30.errors = vErrors;
  return errors === 0;
}
var schema41 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail. The worse state wins." } }, "x-expected": "a mapping with warn and/or fail thresholds", "title": "Thresholds", "description": "warn and/or fail thresholds." };
var schema42 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "gt": { "type": "number", "title": "Greater than", "description": "Breached when the value is greater than this number." }, "gte": { "type": "number", "title": "Greater than or equal", "description": "Breached when the value is greater than or equal to this number." }, "lt": { "type": "number", "title": "Less than", "description": "Breached when the value is less than this number." }, "lte": { "type": "number", "title": "Less than or equal", "description": "Breached when the value is less than or equal to this number." }, "eq": { "$ref": "#/$defs/scalar", "title": "Equal to", "description": "Breached when the value equals this number or string." }, "not_eq": { "$ref": "#/$defs/scalar", "title": "Not equal to", "description": "Breached when the value differs from this number or string." }, "between": { "$ref": "#/$defs/pair", "title": "Between (inclusive)", "description": "Breached when low \u2264 value \u2264 high. A list [low, high] with low \u2264 high." }, "not_between": { "$ref": "#/$defs/pair", "title": "Outside (inclusive bounds)", "description": "Breached when the value is below low or above high. A list [low, high] with low \u2264 high." }, "in": { "$ref": "#/$defs/scalarList", "title": "One of", "description": "Breached when the value is one of these numbers or strings." }, "not_in": { "$ref": "#/$defs/scalarList", "title": "None of", "description": "Breached when the value is none of these numbers or strings." }, "vs": { "const": "reference", "title": "Compare against", "description": "reference: compare the change against the value on reference data, with relative and/or absolute." }, "relative": { "$ref": "#/$defs/comparator", "title": "Relative change", "description": "With vs: reference, conditions on (value \u2212 reference) / |reference|; e.g. { lt: -0.03 } is a 3% drop." }, "absolute": { "$ref": "#/$defs/comparator", "title": "Absolute change", "description": "With vs: reference, conditions on value \u2212 reference." } }, "x-expected": "a threshold with at least one condition (gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in, or vs: reference with relative/absolute)", "title": "Threshold", "description": "Conditions on the value (or on its change against reference with vs: reference). The threshold is breached when any condition holds." };
var schema43 = { "type": ["number", "string"], "title": "Value", "description": "A number or a string." };
var schema45 = { "type": "array", "items": { "type": "number" }, "minItems": 2, "maxItems": 2, "x-expected": "a pair [low, high] of numbers", "title": "Range", "description": "A list [low, high] of two numbers with low \u2264 high; both ends inclusive." };
var schema47 = { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/scalar" }, "x-expected": "a non-empty list of numbers or strings", "title": "Values", "description": "A non-empty list of numbers or strings." };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema47, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (!(typeof data0 == "number" && isFinite(data0)) && typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/scalar/type", keyword: "type", params: { type: schema43.type }, message: "must be number,string", schema: schema43.type, parentSchema: schema43, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema47.type, parentSchema: schema47, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
var schema49 = { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "gt": { "type": "number", "title": "Greater than", "description": "Breached when the value is greater than this number." }, "gte": { "type": "number", "title": "Greater than or equal", "description": "Breached when the value is greater than or equal to this number." }, "lt": { "type": "number", "title": "Less than", "description": "Breached when the value is less than this number." }, "lte": { "type": "number", "title": "Less than or equal", "description": "Breached when the value is less than or equal to this number." }, "eq": { "$ref": "#/$defs/scalar", "title": "Equal to", "description": "Breached when the value equals this number or string." }, "not_eq": { "$ref": "#/$defs/scalar", "title": "Not equal to", "description": "Breached when the value differs from this number or string." }, "between": { "$ref": "#/$defs/pair", "title": "Between (inclusive)", "description": "Breached when low \u2264 value \u2264 high. A list [low, high] with low \u2264 high." }, "not_between": { "$ref": "#/$defs/pair", "title": "Outside (inclusive bounds)", "description": "Breached when the value is below low or above high. A list [low, high] with low \u2264 high." }, "in": { "$ref": "#/$defs/scalarList", "title": "One of", "description": "Breached when the value is one of these numbers or strings." }, "not_in": { "$ref": "#/$defs/scalarList", "title": "None of", "description": "Breached when the value is none of these numbers or strings." } }, "x-expected": "a comparator with at least one condition (gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in)", "title": "Comparator", "description": "Conditions on a number; breached when any condition holds. Conditions: gt, gte, lt, lte, eq, not_eq, between, not_between, in, not_in." };
function validate38(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema49, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema49.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema49, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.gt !== void 0) {
      let data0 = data.gt;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/gt", schemaPath: "#/properties/gt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema49.properties.gt.type, parentSchema: schema49.properties.gt, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.gte !== void 0) {
      let data1 = data.gte;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/gte", schemaPath: "#/properties/gte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema49.properties.gte.type, parentSchema: schema49.properties.gte, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.lt !== void 0) {
      let data2 = data.lt;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err4 = { instancePath: instancePath + "/lt", schemaPath: "#/properties/lt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema49.properties.lt.type, parentSchema: schema49.properties.lt, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lte !== void 0) {
      let data3 = data.lte;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err5 = { instancePath: instancePath + "/lte", schemaPath: "#/properties/lte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema49.properties.lte.type, parentSchema: schema49.properties.lte, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.eq !== void 0) {
      let data4 = data.eq;
      if (!(typeof data4 == "number" && isFinite(data4)) && typeof data4 !== "string") {
        const err6 = { instancePath: instancePath + "/eq", schemaPath: "#/$defs/scalar/type", keyword: "type", params: { type: schema43.type }, message: "must be number,string", schema: schema43.type, parentSchema: schema43, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.not_eq !== void 0) {
      let data5 = data.not_eq;
      if (!(typeof data5 == "number" && isFinite(data5)) && typeof data5 !== "string") {
        const err7 = { instancePath: instancePath + "/not_eq", schemaPath: "#/$defs/scalar/type", keyword: "type", params: { type: schema43.type }, message: "must be number,string", schema: schema43.type, parentSchema: schema43, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.between !== void 0) {
      let data6 = data.between;
      if (Array.isArray(data6)) {
        if (data6.length > 2) {
          const err8 = { instancePath: instancePath + "/between", schemaPath: "#/$defs/pair/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema45, data: data6 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data6.length < 2) {
          const err9 = { instancePath: instancePath + "/between", schemaPath: "#/$defs/pair/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema45, data: data6 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (!(typeof data7 == "number" && isFinite(data7))) {
            const err10 = { instancePath: instancePath + "/between/" + i0, schemaPath: "#/$defs/pair/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.items.type, parentSchema: schema45.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/between", schemaPath: "#/$defs/pair/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.type, parentSchema: schema45, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.not_between !== void 0) {
      let data8 = data.not_between;
      if (Array.isArray(data8)) {
        if (data8.length > 2) {
          const err12 = { instancePath: instancePath + "/not_between", schemaPath: "#/$defs/pair/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema45, data: data8 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data8.length < 2) {
          const err13 = { instancePath: instancePath + "/not_between", schemaPath: "#/$defs/pair/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema45, data: data8 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (!(typeof data9 == "number" && isFinite(data9))) {
            const err14 = { instancePath: instancePath + "/not_between/" + i1, schemaPath: "#/$defs/pair/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.items.type, parentSchema: schema45.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/not_between", schemaPath: "#/$defs/pair/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.type, parentSchema: schema45, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.in !== void 0) {
      if (!validate35(data.in, { instancePath: instancePath + "/in", parentData: data, parentDataProperty: "in", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.not_in !== void 0) {
      if (!validate35(data.not_in, { instancePath: instancePath + "/not_in", parentData: data, parentDataProperty: "not_in", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema49.type, parentSchema: schema49, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate38.errors = vErrors;
  return errors === 0;
}
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema42, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema42.properties, key0)) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema42, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.gt !== void 0) {
      let data0 = data.gt;
      if (!(typeof data0 == "number" && isFinite(data0))) {
        const err2 = { instancePath: instancePath + "/gt", schemaPath: "#/properties/gt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.gt.type, parentSchema: schema42.properties.gt, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.gte !== void 0) {
      let data1 = data.gte;
      if (!(typeof data1 == "number" && isFinite(data1))) {
        const err3 = { instancePath: instancePath + "/gte", schemaPath: "#/properties/gte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.gte.type, parentSchema: schema42.properties.gte, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.lt !== void 0) {
      let data2 = data.lt;
      if (!(typeof data2 == "number" && isFinite(data2))) {
        const err4 = { instancePath: instancePath + "/lt", schemaPath: "#/properties/lt/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.lt.type, parentSchema: schema42.properties.lt, data: data2 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.lte !== void 0) {
      let data3 = data.lte;
      if (!(typeof data3 == "number" && isFinite(data3))) {
        const err5 = { instancePath: instancePath + "/lte", schemaPath: "#/properties/lte/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema42.properties.lte.type, parentSchema: schema42.properties.lte, data: data3 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.eq !== void 0) {
      let data4 = data.eq;
      if (!(typeof data4 == "number" && isFinite(data4)) && typeof data4 !== "string") {
        const err6 = { instancePath: instancePath + "/eq", schemaPath: "#/$defs/scalar/type", keyword: "type", params: { type: schema43.type }, message: "must be number,string", schema: schema43.type, parentSchema: schema43, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.not_eq !== void 0) {
      let data5 = data.not_eq;
      if (!(typeof data5 == "number" && isFinite(data5)) && typeof data5 !== "string") {
        const err7 = { instancePath: instancePath + "/not_eq", schemaPath: "#/$defs/scalar/type", keyword: "type", params: { type: schema43.type }, message: "must be number,string", schema: schema43.type, parentSchema: schema43, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.between !== void 0) {
      let data6 = data.between;
      if (Array.isArray(data6)) {
        if (data6.length > 2) {
          const err8 = { instancePath: instancePath + "/between", schemaPath: "#/$defs/pair/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema45, data: data6 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        if (data6.length < 2) {
          const err9 = { instancePath: instancePath + "/between", schemaPath: "#/$defs/pair/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema45, data: data6 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          if (!(typeof data7 == "number" && isFinite(data7))) {
            const err10 = { instancePath: instancePath + "/between/" + i0, schemaPath: "#/$defs/pair/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.items.type, parentSchema: schema45.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/between", schemaPath: "#/$defs/pair/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.type, parentSchema: schema45, data: data6 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.not_between !== void 0) {
      let data8 = data.not_between;
      if (Array.isArray(data8)) {
        if (data8.length > 2) {
          const err12 = { instancePath: instancePath + "/not_between", schemaPath: "#/$defs/pair/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema45, data: data8 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        if (data8.length < 2) {
          const err13 = { instancePath: instancePath + "/not_between", schemaPath: "#/$defs/pair/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema45, data: data8 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
        const len1 = data8.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data9 = data8[i1];
          if (!(typeof data9 == "number" && isFinite(data9))) {
            const err14 = { instancePath: instancePath + "/not_between/" + i1, schemaPath: "#/$defs/pair/items/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema45.items.type, parentSchema: schema45.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/not_between", schemaPath: "#/$defs/pair/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.type, parentSchema: schema45, data: data8 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.in !== void 0) {
      if (!validate35(data.in, { instancePath: instancePath + "/in", parentData: data, parentDataProperty: "in", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.not_in !== void 0) {
      if (!validate35(data.not_in, { instancePath: instancePath + "/not_in", parentData: data, parentDataProperty: "not_in", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.vs !== void 0) {
      let data12 = data.vs;
      if ("reference" !== data12) {
        const err16 = { instancePath: instancePath + "/vs", schemaPath: "#/properties/vs/const", keyword: "const", params: { allowedValue: "reference" }, message: "must be equal to constant", schema: "reference", parentSchema: schema42.properties.vs, data: data12 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.relative !== void 0) {
      if (!validate38(data.relative, { instancePath: instancePath + "/relative", parentData: data, parentDataProperty: "relative", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
    if (data.absolute !== void 0) {
      if (!validate38(data.absolute, { instancePath: instancePath + "/absolute", parentData: data, parentDataProperty: "absolute", rootData })) {
        vErrors = vErrors === null ? validate38.errors : vErrors.concat(validate38.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema42.type, parentSchema: schema42, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (Object.keys(data).length < 1) {
      const err0 = { instancePath, schemaPath: "#/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema41, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "warn" || key0 === "fail")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.warn !== void 0) {
      if (!validate34(data.warn, { instancePath: instancePath + "/warn", parentData: data, parentDataProperty: "warn", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.fail !== void 0) {
      if (!validate34(data.fail, { instancePath: instancePath + "/fail", parentData: data, parentDataProperty: "fail", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema37.required, parentSchema: schema37, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema37.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if ("drift" !== data1) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "drift" }, message: "must be equal to constant", schema: "drift", parentSchema: schema37.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.description.type, parentSchema: schema37.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.min_samples !== void 0) {
      let data3 = data.min_samples;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err7 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err8 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.features !== void 0) {
      if (!validate30(data.features, { instancePath: instancePath + "/features", parentData: data, parentDataProperty: "features", rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.method !== void 0) {
      let data5 = data.method;
      if (typeof data5 !== "string") {
        const err9 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.properties.method.type, parentSchema: schema37.properties.method, data: data5 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data5 === "auto" || data5 === "ks" || data5 === "chi_square" || data5 === "z" || data5 === "wasserstein" || data5 === "jensen_shannon" || data5 === "psi" || data5 === "kl" || data5 === "hellinger")) {
        const err10 = { instancePath: instancePath + "/method", schemaPath: "#/properties/method/enum", keyword: "enum", params: { allowedValues: schema37.properties.method.enum }, message: "must be equal to one of the allowed values", schema: schema37.properties.method.enum, parentSchema: schema37.properties.method, data: data5 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.per_feature !== void 0) {
      if (!validate33(data.per_feature, { instancePath: instancePath + "/per_feature", parentData: data, parentDataProperty: "per_feature", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.p_value !== void 0) {
      if (!validate33(data.p_value, { instancePath: instancePath + "/p_value", parentData: data, parentDataProperty: "p_value", rootData })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.dataset !== void 0) {
      let data8 = data.dataset;
      if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
        for (const key1 in data8) {
          if (!(key1 === "share_drifted")) {
            const err11 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema37.properties.dataset, data: data8 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data8.share_drifted !== void 0) {
          if (!validate33(data8.share_drifted, { instancePath: instancePath + "/dataset/share_drifted", parentData: data8, parentDataProperty: "share_drifted", rootData })) {
            vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/dataset", schemaPath: "#/properties/dataset/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.properties.dataset.type, parentSchema: schema37.properties.dataset, data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.bins !== void 0) {
      let data10 = data.bins;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err13 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema37.properties.bins.type, parentSchema: schema37.properties.bins, data: data10 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 > 100 || isNaN(data10)) {
          const err14 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/maximum", keyword: "maximum", params: { comparison: "<=", limit: 100 }, message: "must be <= 100", schema: 100, parentSchema: schema37.properties.bins, data: data10 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data10 < 2 || isNaN(data10)) {
          const err15 = { instancePath: instancePath + "/bins", schemaPath: "#/properties/bins/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema37.properties.bins, data: data10 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
    }
  } else {
    const err16 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema37.type, parentSchema: schema37, data };
    if (vErrors === null) {
      vErrors = [err16];
    } else {
      vErrors.push(err16);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
var schema54 = { "type": "object", "additionalProperties": false, "required": ["id", "type", "metric"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "data_quality", "title": "Check type", "description": "data_quality: missing values, ranges, unseen categories, row counts, duplicates, freshness, schema and row rules." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "metric": { "type": "string", "enum": ["missing_share", "out_of_range_share", "unseen_share", "row_count", "duplicate_ids", "freshness", "schema", "rule"], "title": "Metric", "description": "missing_share, out_of_range_share, unseen_share, row_count, duplicate_ids (needs columns.id), freshness (needs columns.timestamp), schema (needs schema), rule (needs rule)." }, "columns": { "$ref": "#/$defs/columnSelection", "title": "Columns", "description": '"all" or a list of columns. Default: all.' }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail. duplicate_ids defaults to { gt: 0 }." }, "range": { "anyOf": [{ "const": "reference", "title": "Reference range", "description": "The range observed in the reference data." }, { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "min": { "type": "number", "title": "Minimum", "description": "Smallest allowed value (inclusive)." }, "max": { "type": "number", "title": "Maximum", "description": "Largest allowed value (inclusive)." } }, "x-expected": "a mapping with min and/or max" }], "x-expected": '"reference" or a mapping with min and/or max', "title": "Range", "description": 'out_of_range_share: allowed range, "reference" (default) or { min, max }.' }, "rule": { "type": "string", "title": "Rule", "description": 'rule: a row predicate in the expression language, e.g. "age >= 18".', "minLength": 1 }, "mostly": { "type": "number", "minimum": 0, "maximum": 1, "title": "Mostly", "description": "rule: the share of rows (0..1) that must satisfy the rule." }, "schema": { "type": "object", "additionalProperties": false, "minProperties": 1, "properties": { "required": { "$ref": "#/$defs/columnList", "title": "Required columns", "description": "Columns that must exist. Default: []." }, "forbidden": { "$ref": "#/$defs/columnList", "title": "Forbidden columns", "description": "Columns that must not exist. Default: []." }, "types": { "$ref": "#/$defs/columnKinds", "title": "Column kinds", "description": "Kinds the columns must have. Default: {}." } }, "x-expected": "a mapping with required, forbidden and/or types", "title": "Schema", "description": "schema: expected columns and their kinds." } }, "x-expected": "a data_quality check", "title": "Data quality check", "description": "A data quality metric on current data." };
function validate48(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metric === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema54.required, parentSchema: schema54, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema54.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if ("data_quality" !== data1) {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "data_quality" }, message: "must be equal to constant", schema: "data_quality", parentSchema: schema54.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.description.type, parentSchema: schema54.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.min_samples !== void 0) {
      let data3 = data.min_samples;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.metric !== void 0) {
      let data4 = data.metric;
      if (typeof data4 !== "string") {
        const err10 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.metric.type, parentSchema: schema54.properties.metric, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data4 === "missing_share" || data4 === "out_of_range_share" || data4 === "unseen_share" || data4 === "row_count" || data4 === "duplicate_ids" || data4 === "freshness" || data4 === "schema" || data4 === "rule")) {
        const err11 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/enum", keyword: "enum", params: { allowedValues: schema54.properties.metric.enum }, message: "must be equal to one of the allowed values", schema: schema54.properties.metric.enum, parentSchema: schema54.properties.metric, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.columns !== void 0) {
      if (!validate30(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData })) {
        vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
        errors = vErrors.length;
      }
    }
    if (data.warn !== void 0) {
      if (!validate34(data.warn, { instancePath: instancePath + "/warn", parentData: data, parentDataProperty: "warn", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.fail !== void 0) {
      if (!validate34(data.fail, { instancePath: instancePath + "/fail", parentData: data, parentDataProperty: "fail", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.range !== void 0) {
      let data8 = data.range;
      const _errs19 = errors;
      let valid3 = false;
      const _errs20 = errors;
      if ("reference" !== data8) {
        const err12 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/anyOf/0/const", keyword: "const", params: { allowedValue: "reference" }, message: "must be equal to constant", schema: "reference", parentSchema: schema54.properties.range.anyOf[0], data: data8 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      var _valid0 = _errs20 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const _errs21 = errors;
        if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
          if (Object.keys(data8).length < 1) {
            const err13 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/anyOf/1/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema54.properties.range.anyOf[1], data: data8 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          for (const key1 in data8) {
            if (!(key1 === "min" || key1 === "max")) {
              const err14 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/anyOf/1/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.range.anyOf[1], data: data8 };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          if (data8.min !== void 0) {
            let data9 = data8.min;
            if (!(typeof data9 == "number" && isFinite(data9))) {
              const err15 = { instancePath: instancePath + "/range/min", schemaPath: "#/properties/range/anyOf/1/properties/min/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.range.anyOf[1].properties.min.type, parentSchema: schema54.properties.range.anyOf[1].properties.min, data: data9 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
          if (data8.max !== void 0) {
            let data10 = data8.max;
            if (!(typeof data10 == "number" && isFinite(data10))) {
              const err16 = { instancePath: instancePath + "/range/max", schemaPath: "#/properties/range/anyOf/1/properties/max/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.range.anyOf[1].properties.max.type, parentSchema: schema54.properties.range.anyOf[1].properties.max, data: data10 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        } else {
          const err17 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/anyOf/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.range.anyOf[1].type, parentSchema: schema54.properties.range.anyOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        var _valid0 = _errs21 === errors;
        valid3 = valid3 || _valid0;
      }
      if (!valid3) {
        const err18 = { instancePath: instancePath + "/range", schemaPath: "#/properties/range/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema54.properties.range.anyOf, parentSchema: schema54.properties.range, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs19;
        if (vErrors !== null) {
          if (_errs19) {
            vErrors.length = _errs19;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rule !== void 0) {
      let data11 = data.rule;
      if (typeof data11 === "string") {
        if (func4(data11) < 1) {
          const err19 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema54.properties.rule, data: data11 };
          if (vErrors === null) {
            vErrors = [err19];
          } else {
            vErrors.push(err19);
          }
          errors++;
        }
      } else {
        const err20 = { instancePath: instancePath + "/rule", schemaPath: "#/properties/rule/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.properties.rule.type, parentSchema: schema54.properties.rule, data: data11 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.mostly !== void 0) {
      let data12 = data.mostly;
      if (typeof data12 == "number" && isFinite(data12)) {
        if (data12 > 1 || isNaN(data12)) {
          const err21 = { instancePath: instancePath + "/mostly", schemaPath: "#/properties/mostly/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema54.properties.mostly, data: data12 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
        if (data12 < 0 || isNaN(data12)) {
          const err22 = { instancePath: instancePath + "/mostly", schemaPath: "#/properties/mostly/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema54.properties.mostly, data: data12 };
          if (vErrors === null) {
            vErrors = [err22];
          } else {
            vErrors.push(err22);
          }
          errors++;
        }
      } else {
        const err23 = { instancePath: instancePath + "/mostly", schemaPath: "#/properties/mostly/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema54.properties.mostly.type, parentSchema: schema54.properties.mostly, data: data12 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.schema !== void 0) {
      let data13 = data.schema;
      if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
        if (Object.keys(data13).length < 1) {
          const err24 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/minProperties", keyword: "minProperties", params: { limit: 1 }, message: "must NOT have fewer than 1 properties", schema: 1, parentSchema: schema54.properties.schema, data: data13 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
        for (const key2 in data13) {
          if (!(key2 === "required" || key2 === "forbidden" || key2 === "types")) {
            const err25 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema54.properties.schema, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data13.required !== void 0) {
          if (!validate14(data13.required, { instancePath: instancePath + "/schema/required", parentData: data13, parentDataProperty: "required", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data13.forbidden !== void 0) {
          if (!validate14(data13.forbidden, { instancePath: instancePath + "/schema/forbidden", parentData: data13, parentDataProperty: "forbidden", rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
        if (data13.types !== void 0) {
          if (!validate19(data13.types, { instancePath: instancePath + "/schema/types", parentData: data13, parentDataProperty: "types", rootData })) {
            vErrors = vErrors === null ? validate19.errors : vErrors.concat(validate19.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/schema", schemaPath: "#/properties/schema/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.properties.schema.type, parentSchema: schema54.properties.schema, data: data13 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema54.type, parentSchema: schema54, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate48.errors = vErrors;
  return errors === 0;
}
var schema57 = { "type": "object", "additionalProperties": false, "required": ["id", "type", "metric"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "performance", "title": "Check type", "description": "performance: a model metric on the predictions whose labels have arrived (or a CBPE estimate without them)." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Labelled rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "metric": { "type": "string", "enum": ["accuracy", "balanced_accuracy", "precision", "recall", "f1", "specificity", "roc_auc", "average_precision", "log_loss", "brier", "ece", "mae", "mse", "rmse", "mape", "r2"], "title": "Metric", "description": "scikit-learn's definition (docs/statistics.md#performance). Classification: accuracy, balanced_accuracy, precision, recall, f1, specificity, roc_auc, average_precision and brier (binary only), log_loss, ece. Regression: mae, mse, rmse, mape, r2." }, "average": { "type": "string", "enum": ["macro", "weighted"], "title": "Multiclass average", "description": "How precision, recall, f1, specificity and roc_auc are averaged over classes. Default: macro." }, "decision_threshold": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "title": "Decision threshold", "description": "Binary: a score at or above this is the positive class (used instead of columns.prediction)." }, "by": { "$ref": "#/$defs/columnName", "title": "Segment by", "description": "Report the metric per value of this column." }, "min_group_size": { "type": "integer", "minimum": 1, "title": "Minimum group size", "description": "Rows a group needs before it may pass or fail; smaller groups are no_data. Default: min_samples." }, "when_unlabelled": { "type": "string", "enum": ["estimate"], "title": "When labels are missing", "description": "estimate: with too few labelled rows, estimate the metric with CBPE (accuracy, precision, recall, f1, specificity, roc_auc); the value is marked estimated." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail. Without warn and fail, a band is derived from reference chunks (mean \xB1 3 std)." } }, "x-expected": "a performance check such as { id: auc, type: performance, metric: roc_auc }", "title": "Performance check", "description": "Model performance on labelled predictions, or estimated without labels." };
function validate55(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metric === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema57.required, parentSchema: schema57, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema57.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema57, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if ("performance" !== data1) {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "performance" }, message: "must be equal to constant", schema: "performance", parentSchema: schema57.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.description.type, parentSchema: schema57.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.min_samples !== void 0) {
      let data3 = data.min_samples;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.metric !== void 0) {
      let data4 = data.metric;
      if (typeof data4 !== "string") {
        const err10 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.metric.type, parentSchema: schema57.properties.metric, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data4 === "accuracy" || data4 === "balanced_accuracy" || data4 === "precision" || data4 === "recall" || data4 === "f1" || data4 === "specificity" || data4 === "roc_auc" || data4 === "average_precision" || data4 === "log_loss" || data4 === "brier" || data4 === "ece" || data4 === "mae" || data4 === "mse" || data4 === "rmse" || data4 === "mape" || data4 === "r2")) {
        const err11 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/enum", keyword: "enum", params: { allowedValues: schema57.properties.metric.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.metric.enum, parentSchema: schema57.properties.metric, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.average !== void 0) {
      let data5 = data.average;
      if (typeof data5 !== "string") {
        const err12 = { instancePath: instancePath + "/average", schemaPath: "#/properties/average/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.average.type, parentSchema: schema57.properties.average, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (!(data5 === "macro" || data5 === "weighted")) {
        const err13 = { instancePath: instancePath + "/average", schemaPath: "#/properties/average/enum", keyword: "enum", params: { allowedValues: schema57.properties.average.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.average.enum, parentSchema: schema57.properties.average, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.decision_threshold !== void 0) {
      let data6 = data.decision_threshold;
      if (typeof data6 == "number" && isFinite(data6)) {
        if (data6 >= 1 || isNaN(data6)) {
          const err14 = { instancePath: instancePath + "/decision_threshold", schemaPath: "#/properties/decision_threshold/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema57.properties.decision_threshold, data: data6 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (data6 <= 0 || isNaN(data6)) {
          const err15 = { instancePath: instancePath + "/decision_threshold", schemaPath: "#/properties/decision_threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema57.properties.decision_threshold, data: data6 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/decision_threshold", schemaPath: "#/properties/decision_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema57.properties.decision_threshold.type, parentSchema: schema57.properties.decision_threshold, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data7 = data.by;
      if (typeof data7 === "string") {
        if (func4(data7) < 1) {
          const err17 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.min_group_size !== void 0) {
      let data8 = data.min_group_size;
      if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
        const err19 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema57.properties.min_group_size.type, parentSchema: schema57.properties.min_group_size, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (typeof data8 == "number" && isFinite(data8)) {
        if (data8 < 1 || isNaN(data8)) {
          const err20 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema57.properties.min_group_size, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      }
    }
    if (data.when_unlabelled !== void 0) {
      let data9 = data.when_unlabelled;
      if (typeof data9 !== "string") {
        const err21 = { instancePath: instancePath + "/when_unlabelled", schemaPath: "#/properties/when_unlabelled/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema57.properties.when_unlabelled.type, parentSchema: schema57.properties.when_unlabelled, data: data9 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (!(data9 === "estimate")) {
        const err22 = { instancePath: instancePath + "/when_unlabelled", schemaPath: "#/properties/when_unlabelled/enum", keyword: "enum", params: { allowedValues: schema57.properties.when_unlabelled.enum }, message: "must be equal to one of the allowed values", schema: schema57.properties.when_unlabelled.enum, parentSchema: schema57.properties.when_unlabelled, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.warn !== void 0) {
      if (!validate34(data.warn, { instancePath: instancePath + "/warn", parentData: data, parentDataProperty: "warn", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.fail !== void 0) {
      if (!validate34(data.fail, { instancePath: instancePath + "/fail", parentData: data, parentDataProperty: "fail", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema57.type, parentSchema: schema57, data };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate55.errors = vErrors;
  return errors === 0;
}
var schema61 = { "type": "object", "additionalProperties": false, "required": ["id", "type"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "concept_drift", "title": "Check type", "description": "concept_drift: a change detector over the time-ordered errors of the labelled predictions." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Labelled rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "detector": { "type": "string", "enum": ["adwin", "page_hinkley", "ddm"], "title": "Detector", "description": "adwin (the default), page_hinkley or ddm, with River's default parameters unless parameters says otherwise.", "default": "adwin" }, "parameters": { "type": "object", "additionalProperties": false, "properties": { "delta": { "type": "number", "title": "delta", "description": "adwin: confidence (default 0.002); page_hinkley: tolerated change (default 0.005).", "exclusiveMinimum": 0 }, "clock": { "type": "integer", "minimum": 1, "title": "clock", "description": "adwin: check for changes every this many rows (default 32)." }, "max_buckets": { "type": "integer", "minimum": 2, "title": "max_buckets", "description": "adwin: buckets of each size before merging (default 5)." }, "min_window_length": { "type": "integer", "minimum": 1, "title": "min_window_length", "description": "adwin: smallest sub-window compared (default 5)." }, "grace_period": { "type": "integer", "minimum": 0, "title": "grace_period", "description": "adwin: rows before any detection (default 10)." }, "min_instances": { "type": "integer", "minimum": 1, "title": "min_instances", "description": "page_hinkley: rows before any detection (default 30)." }, "threshold": { "type": "number", "title": "threshold", "description": "page_hinkley: the change threshold lambda (default 50).", "exclusiveMinimum": 0 }, "alpha": { "type": "number", "title": "alpha", "description": "page_hinkley: forgetting factor (default 0.9999).", "exclusiveMinimum": 0, "maximum": 1 }, "mode": { "type": "string", "enum": ["up", "down", "both"], "title": "mode", "description": "page_hinkley: watch increases, decreases or both (default both)." }, "warm_start": { "type": "integer", "minimum": 1, "title": "warm_start", "description": "ddm: rows before any detection (default 30)." }, "warning_threshold": { "type": "number", "title": "warning_threshold", "description": "ddm: standard deviations for a warning (default 2).", "exclusiveMinimum": 0 }, "drift_threshold": { "type": "number", "title": "drift_threshold", "description": "ddm: standard deviations for a change (default 3).", "exclusiveMinimum": 0 } }, "x-expected": "a mapping of detector parameters such as { delta: 0.002 }", "title": "Detector parameters", "description": "Overrides of the detector's defaults (docs/statistics.md#change-detectors)." }, "decision_threshold": { "type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1, "title": "Decision threshold", "description": "Binary: a score at or above this is the positive class (used instead of columns.prediction)." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold on the number of changes found. Default (without warn and fail): warn at 1 or more." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold on the number of changes found." } }, "x-expected": "a concept_drift check such as { id: errors, type: concept_drift, detector: adwin }", "title": "Concept drift check", "description": "Changes in the error rate inside the evaluated window, found by ADWIN, Page-Hinkley or DDM." };
function validate58(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema61.required, parentSchema: schema61, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema61.properties, key0)) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err3 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if ("concept_drift" !== data1) {
        const err5 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "concept_drift" }, message: "must be equal to constant", schema: "concept_drift", parentSchema: schema61.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err6 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.description.type, parentSchema: schema61.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.min_samples !== void 0) {
      let data3 = data.min_samples;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err7 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err8 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.detector !== void 0) {
      let data4 = data.detector;
      if (typeof data4 !== "string") {
        const err9 = { instancePath: instancePath + "/detector", schemaPath: "#/properties/detector/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.detector.type, parentSchema: schema61.properties.detector, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data4 === "adwin" || data4 === "page_hinkley" || data4 === "ddm")) {
        const err10 = { instancePath: instancePath + "/detector", schemaPath: "#/properties/detector/enum", keyword: "enum", params: { allowedValues: schema61.properties.detector.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.detector.enum, parentSchema: schema61.properties.detector, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.parameters !== void 0) {
      let data5 = data.parameters;
      if (data5 && typeof data5 == "object" && !Array.isArray(data5)) {
        for (const key1 in data5) {
          if (!func2.call(schema61.properties.parameters.properties, key1)) {
            const err11 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema61.properties.parameters, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
        if (data5.delta !== void 0) {
          let data6 = data5.delta;
          if (typeof data6 == "number" && isFinite(data6)) {
            if (data6 <= 0 || isNaN(data6)) {
              const err12 = { instancePath: instancePath + "/parameters/delta", schemaPath: "#/properties/parameters/properties/delta/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema61.properties.parameters.properties.delta, data: data6 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
          } else {
            const err13 = { instancePath: instancePath + "/parameters/delta", schemaPath: "#/properties/parameters/properties/delta/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema61.properties.parameters.properties.delta.type, parentSchema: schema61.properties.parameters.properties.delta, data: data6 };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
        }
        if (data5.clock !== void 0) {
          let data7 = data5.clock;
          if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
            const err14 = { instancePath: instancePath + "/parameters/clock", schemaPath: "#/properties/parameters/properties/clock/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.parameters.properties.clock.type, parentSchema: schema61.properties.parameters.properties.clock, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (typeof data7 == "number" && isFinite(data7)) {
            if (data7 < 1 || isNaN(data7)) {
              const err15 = { instancePath: instancePath + "/parameters/clock", schemaPath: "#/properties/parameters/properties/clock/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.parameters.properties.clock, data: data7 };
              if (vErrors === null) {
                vErrors = [err15];
              } else {
                vErrors.push(err15);
              }
              errors++;
            }
          }
        }
        if (data5.max_buckets !== void 0) {
          let data8 = data5.max_buckets;
          if (!(typeof data8 == "number" && (!(data8 % 1) && !isNaN(data8)) && isFinite(data8))) {
            const err16 = { instancePath: instancePath + "/parameters/max_buckets", schemaPath: "#/properties/parameters/properties/max_buckets/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.parameters.properties.max_buckets.type, parentSchema: schema61.properties.parameters.properties.max_buckets, data: data8 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 2 || isNaN(data8)) {
              const err17 = { instancePath: instancePath + "/parameters/max_buckets", schemaPath: "#/properties/parameters/properties/max_buckets/minimum", keyword: "minimum", params: { comparison: ">=", limit: 2 }, message: "must be >= 2", schema: 2, parentSchema: schema61.properties.parameters.properties.max_buckets, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data5.min_window_length !== void 0) {
          let data9 = data5.min_window_length;
          if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
            const err18 = { instancePath: instancePath + "/parameters/min_window_length", schemaPath: "#/properties/parameters/properties/min_window_length/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.parameters.properties.min_window_length.type, parentSchema: schema61.properties.parameters.properties.min_window_length, data: data9 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
          if (typeof data9 == "number" && isFinite(data9)) {
            if (data9 < 1 || isNaN(data9)) {
              const err19 = { instancePath: instancePath + "/parameters/min_window_length", schemaPath: "#/properties/parameters/properties/min_window_length/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.parameters.properties.min_window_length, data: data9 };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          }
        }
        if (data5.grace_period !== void 0) {
          let data10 = data5.grace_period;
          if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
            const err20 = { instancePath: instancePath + "/parameters/grace_period", schemaPath: "#/properties/parameters/properties/grace_period/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.parameters.properties.grace_period.type, parentSchema: schema61.properties.parameters.properties.grace_period, data: data10 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data10 == "number" && isFinite(data10)) {
            if (data10 < 0 || isNaN(data10)) {
              const err21 = { instancePath: instancePath + "/parameters/grace_period", schemaPath: "#/properties/parameters/properties/grace_period/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema61.properties.parameters.properties.grace_period, data: data10 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
        }
        if (data5.min_instances !== void 0) {
          let data11 = data5.min_instances;
          if (!(typeof data11 == "number" && (!(data11 % 1) && !isNaN(data11)) && isFinite(data11))) {
            const err22 = { instancePath: instancePath + "/parameters/min_instances", schemaPath: "#/properties/parameters/properties/min_instances/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.parameters.properties.min_instances.type, parentSchema: schema61.properties.parameters.properties.min_instances, data: data11 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
          if (typeof data11 == "number" && isFinite(data11)) {
            if (data11 < 1 || isNaN(data11)) {
              const err23 = { instancePath: instancePath + "/parameters/min_instances", schemaPath: "#/properties/parameters/properties/min_instances/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.parameters.properties.min_instances, data: data11 };
              if (vErrors === null) {
                vErrors = [err23];
              } else {
                vErrors.push(err23);
              }
              errors++;
            }
          }
        }
        if (data5.threshold !== void 0) {
          let data12 = data5.threshold;
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 <= 0 || isNaN(data12)) {
              const err24 = { instancePath: instancePath + "/parameters/threshold", schemaPath: "#/properties/parameters/properties/threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema61.properties.parameters.properties.threshold, data: data12 };
              if (vErrors === null) {
                vErrors = [err24];
              } else {
                vErrors.push(err24);
              }
              errors++;
            }
          } else {
            const err25 = { instancePath: instancePath + "/parameters/threshold", schemaPath: "#/properties/parameters/properties/threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema61.properties.parameters.properties.threshold.type, parentSchema: schema61.properties.parameters.properties.threshold, data: data12 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
        if (data5.alpha !== void 0) {
          let data13 = data5.alpha;
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 > 1 || isNaN(data13)) {
              const err26 = { instancePath: instancePath + "/parameters/alpha", schemaPath: "#/properties/parameters/properties/alpha/maximum", keyword: "maximum", params: { comparison: "<=", limit: 1 }, message: "must be <= 1", schema: 1, parentSchema: schema61.properties.parameters.properties.alpha, data: data13 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
            if (data13 <= 0 || isNaN(data13)) {
              const err27 = { instancePath: instancePath + "/parameters/alpha", schemaPath: "#/properties/parameters/properties/alpha/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema61.properties.parameters.properties.alpha, data: data13 };
              if (vErrors === null) {
                vErrors = [err27];
              } else {
                vErrors.push(err27);
              }
              errors++;
            }
          } else {
            const err28 = { instancePath: instancePath + "/parameters/alpha", schemaPath: "#/properties/parameters/properties/alpha/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema61.properties.parameters.properties.alpha.type, parentSchema: schema61.properties.parameters.properties.alpha, data: data13 };
            if (vErrors === null) {
              vErrors = [err28];
            } else {
              vErrors.push(err28);
            }
            errors++;
          }
        }
        if (data5.mode !== void 0) {
          let data14 = data5.mode;
          if (typeof data14 !== "string") {
            const err29 = { instancePath: instancePath + "/parameters/mode", schemaPath: "#/properties/parameters/properties/mode/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema61.properties.parameters.properties.mode.type, parentSchema: schema61.properties.parameters.properties.mode, data: data14 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (!(data14 === "up" || data14 === "down" || data14 === "both")) {
            const err30 = { instancePath: instancePath + "/parameters/mode", schemaPath: "#/properties/parameters/properties/mode/enum", keyword: "enum", params: { allowedValues: schema61.properties.parameters.properties.mode.enum }, message: "must be equal to one of the allowed values", schema: schema61.properties.parameters.properties.mode.enum, parentSchema: schema61.properties.parameters.properties.mode, data: data14 };
            if (vErrors === null) {
              vErrors = [err30];
            } else {
              vErrors.push(err30);
            }
            errors++;
          }
        }
        if (data5.warm_start !== void 0) {
          let data15 = data5.warm_start;
          if (!(typeof data15 == "number" && (!(data15 % 1) && !isNaN(data15)) && isFinite(data15))) {
            const err31 = { instancePath: instancePath + "/parameters/warm_start", schemaPath: "#/properties/parameters/properties/warm_start/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema61.properties.parameters.properties.warm_start.type, parentSchema: schema61.properties.parameters.properties.warm_start, data: data15 };
            if (vErrors === null) {
              vErrors = [err31];
            } else {
              vErrors.push(err31);
            }
            errors++;
          }
          if (typeof data15 == "number" && isFinite(data15)) {
            if (data15 < 1 || isNaN(data15)) {
              const err32 = { instancePath: instancePath + "/parameters/warm_start", schemaPath: "#/properties/parameters/properties/warm_start/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema61.properties.parameters.properties.warm_start, data: data15 };
              if (vErrors === null) {
                vErrors = [err32];
              } else {
                vErrors.push(err32);
              }
              errors++;
            }
          }
        }
        if (data5.warning_threshold !== void 0) {
          let data16 = data5.warning_threshold;
          if (typeof data16 == "number" && isFinite(data16)) {
            if (data16 <= 0 || isNaN(data16)) {
              const err33 = { instancePath: instancePath + "/parameters/warning_threshold", schemaPath: "#/properties/parameters/properties/warning_threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema61.properties.parameters.properties.warning_threshold, data: data16 };
              if (vErrors === null) {
                vErrors = [err33];
              } else {
                vErrors.push(err33);
              }
              errors++;
            }
          } else {
            const err34 = { instancePath: instancePath + "/parameters/warning_threshold", schemaPath: "#/properties/parameters/properties/warning_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema61.properties.parameters.properties.warning_threshold.type, parentSchema: schema61.properties.parameters.properties.warning_threshold, data: data16 };
            if (vErrors === null) {
              vErrors = [err34];
            } else {
              vErrors.push(err34);
            }
            errors++;
          }
        }
        if (data5.drift_threshold !== void 0) {
          let data17 = data5.drift_threshold;
          if (typeof data17 == "number" && isFinite(data17)) {
            if (data17 <= 0 || isNaN(data17)) {
              const err35 = { instancePath: instancePath + "/parameters/drift_threshold", schemaPath: "#/properties/parameters/properties/drift_threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema61.properties.parameters.properties.drift_threshold, data: data17 };
              if (vErrors === null) {
                vErrors = [err35];
              } else {
                vErrors.push(err35);
              }
              errors++;
            }
          } else {
            const err36 = { instancePath: instancePath + "/parameters/drift_threshold", schemaPath: "#/properties/parameters/properties/drift_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema61.properties.parameters.properties.drift_threshold.type, parentSchema: schema61.properties.parameters.properties.drift_threshold, data: data17 };
            if (vErrors === null) {
              vErrors = [err36];
            } else {
              vErrors.push(err36);
            }
            errors++;
          }
        }
      } else {
        const err37 = { instancePath: instancePath + "/parameters", schemaPath: "#/properties/parameters/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.properties.parameters.type, parentSchema: schema61.properties.parameters, data: data5 };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
    }
    if (data.decision_threshold !== void 0) {
      let data18 = data.decision_threshold;
      if (typeof data18 == "number" && isFinite(data18)) {
        if (data18 >= 1 || isNaN(data18)) {
          const err38 = { instancePath: instancePath + "/decision_threshold", schemaPath: "#/properties/decision_threshold/exclusiveMaximum", keyword: "exclusiveMaximum", params: { comparison: "<", limit: 1 }, message: "must be < 1", schema: 1, parentSchema: schema61.properties.decision_threshold, data: data18 };
          if (vErrors === null) {
            vErrors = [err38];
          } else {
            vErrors.push(err38);
          }
          errors++;
        }
        if (data18 <= 0 || isNaN(data18)) {
          const err39 = { instancePath: instancePath + "/decision_threshold", schemaPath: "#/properties/decision_threshold/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema61.properties.decision_threshold, data: data18 };
          if (vErrors === null) {
            vErrors = [err39];
          } else {
            vErrors.push(err39);
          }
          errors++;
        }
      } else {
        const err40 = { instancePath: instancePath + "/decision_threshold", schemaPath: "#/properties/decision_threshold/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema61.properties.decision_threshold.type, parentSchema: schema61.properties.decision_threshold, data: data18 };
        if (vErrors === null) {
          vErrors = [err40];
        } else {
          vErrors.push(err40);
        }
        errors++;
      }
    }
    if (data.warn !== void 0) {
      if (!validate34(data.warn, { instancePath: instancePath + "/warn", parentData: data, parentDataProperty: "warn", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.fail !== void 0) {
      if (!validate34(data.fail, { instancePath: instancePath + "/fail", parentData: data, parentDataProperty: "fail", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err41 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema61.type, parentSchema: schema61, data };
    if (vErrors === null) {
      vErrors = [err41];
    } else {
      vErrors.push(err41);
    }
    errors++;
  }
  validate58.errors = vErrors;
  return errors === 0;
}
var schema64 = { "type": "object", "additionalProperties": false, "required": ["id", "type", "by"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "fairness", "title": "Check type", "description": "fairness: a group rate (Fairlearn definitions) compared across groups of a sensitive attribute." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "metric": { "type": "string", "enum": ["selection_rate", "true_positive_rate", "false_positive_rate", "false_negative_rate", "precision", "accuracy"], "title": "Metric", "description": "The group rate. Required unless aggregate is equalized_odds. All but selection_rate need labels (columns.target)." }, "by": { "anyOf": [{ "$ref": "#/$defs/columnName" }, { "type": "array", "items": { "$ref": "#/$defs/columnName" }, "minItems": 1, "maxItems": 2 }], "x-expected": "a column name or a list of two", "title": "Group by", "description": 'A sensitive column, or a list of two for their intersection (groups such as "Female \xD7 Black").' }, "min_group_size": { "type": "integer", "minimum": 1, "title": "Minimum group size", "description": "Groups with fewer rows are listed as too small (their size and values are never shown) and left out. Default: 30." }, "aggregate": { "type": "string", "enum": ["difference", "ratio", "vs_group", "equalized_odds"], "title": "Aggregate", "description": "difference (max \u2212 min), ratio (min / max), vs_group (each group / reference_group), equalized_odds (max of TPR and FPR differences). Default: difference." }, "reference_group": { "type": "string", "minLength": 1, "title": "Reference group", "description": 'vs_group: the group every other group is divided by; for two columns a label such as "Male \xD7 White".' }, "require_non_overlap": { "type": "boolean", "title": "Require non-overlapping intervals", "description": "A breached gap only counts when the deciding groups' 95% Wilson intervals do not overlap. Default: false." }, "positive_label": { "$ref": "#/$defs/scalar", "title": "Positive label", "description": "The positive class in the prediction and target columns. Default: 1." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail." } }, "x-expected": "a fairness check", "title": "Fairness check", "description": "A fairness metric across groups of a sensitive attribute." };
function validate61(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.by === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "by" }, message: "must have required property 'by'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema64.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if ("fairness" !== data1) {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "fairness" }, message: "must be equal to constant", schema: "fairness", parentSchema: schema64.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.description.type, parentSchema: schema64.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.min_samples !== void 0) {
      let data3 = data.min_samples;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.metric !== void 0) {
      let data4 = data.metric;
      if (typeof data4 !== "string") {
        const err10 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.metric.type, parentSchema: schema64.properties.metric, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data4 === "selection_rate" || data4 === "true_positive_rate" || data4 === "false_positive_rate" || data4 === "false_negative_rate" || data4 === "precision" || data4 === "accuracy")) {
        const err11 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/enum", keyword: "enum", params: { allowedValues: schema64.properties.metric.enum }, message: "must be equal to one of the allowed values", schema: schema64.properties.metric.enum, parentSchema: schema64.properties.metric, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data5 = data.by;
      const _errs16 = errors;
      let valid3 = false;
      const _errs17 = errors;
      if (typeof data5 === "string") {
        if (func4(data5) < 1) {
          const err12 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const _errs21 = errors;
        if (Array.isArray(data5)) {
          if (data5.length > 2) {
            const err14 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema64.properties.by.anyOf[1], data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (data5.length < 1) {
            const err15 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema64.properties.by.anyOf[1], data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          const len0 = data5.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data6 = data5[i0];
            if (typeof data6 === "string") {
              if (func4(data6) < 1) {
                const err16 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            } else {
              const err17 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        } else {
          const err18 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema64.properties.by.anyOf[1].type, parentSchema: schema64.properties.by.anyOf[1], data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        var _valid0 = _errs21 === errors;
        valid3 = valid3 || _valid0;
      }
      if (!valid3) {
        const err19 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema64.properties.by.anyOf, parentSchema: schema64.properties.by, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.min_group_size !== void 0) {
      let data7 = data.min_group_size;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err20 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema64.properties.min_group_size.type, parentSchema: schema64.properties.min_group_size, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 1 || isNaN(data7)) {
          const err21 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema64.properties.min_group_size, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.aggregate !== void 0) {
      let data8 = data.aggregate;
      if (typeof data8 !== "string") {
        const err22 = { instancePath: instancePath + "/aggregate", schemaPath: "#/properties/aggregate/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.aggregate.type, parentSchema: schema64.properties.aggregate, data: data8 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (!(data8 === "difference" || data8 === "ratio" || data8 === "vs_group" || data8 === "equalized_odds")) {
        const err23 = { instancePath: instancePath + "/aggregate", schemaPath: "#/properties/aggregate/enum", keyword: "enum", params: { allowedValues: schema64.properties.aggregate.enum }, message: "must be equal to one of the allowed values", schema: schema64.properties.aggregate.enum, parentSchema: schema64.properties.aggregate, data: data8 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.reference_group !== void 0) {
      let data9 = data.reference_group;
      if (typeof data9 === "string") {
        if (func4(data9) < 1) {
          const err24 = { instancePath: instancePath + "/reference_group", schemaPath: "#/properties/reference_group/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema64.properties.reference_group, data: data9 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/reference_group", schemaPath: "#/properties/reference_group/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.properties.reference_group.type, parentSchema: schema64.properties.reference_group, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.require_non_overlap !== void 0) {
      let data10 = data.require_non_overlap;
      if (typeof data10 !== "boolean") {
        const err26 = { instancePath: instancePath + "/require_non_overlap", schemaPath: "#/properties/require_non_overlap/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema64.properties.require_non_overlap.type, parentSchema: schema64.properties.require_non_overlap, data: data10 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.positive_label !== void 0) {
      let data11 = data.positive_label;
      if (!(typeof data11 == "number" && isFinite(data11)) && typeof data11 !== "string") {
        const err27 = { instancePath: instancePath + "/positive_label", schemaPath: "#/$defs/scalar/type", keyword: "type", params: { type: schema43.type }, message: "must be number,string", schema: schema43.type, parentSchema: schema43, data: data11 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
    if (data.warn !== void 0) {
      if (!validate34(data.warn, { instancePath: instancePath + "/warn", parentData: data, parentDataProperty: "warn", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.fail !== void 0) {
      if (!validate34(data.fail, { instancePath: instancePath + "/fail", parentData: data, parentDataProperty: "fail", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate61.errors = vErrors;
  return errors === 0;
}
var schema70 = { "type": "object", "additionalProperties": false, "required": ["id", "type", "metric"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "operational", "title": "Check type", "description": "operational: latency percentiles, error rate, throughput and null predictions from the prediction log." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "metric": { "type": "string", "enum": ["p50", "p90", "p95", "p99", "max", "error_rate", "throughput", "null_prediction_share"], "title": "Metric", "description": "p50 p90 p95 p99 max (of column, numpy's linear interpolation), error_rate (share of statuses in values or matching pattern), throughput (rows per hour over the window), null_prediction_share." }, "column": { "$ref": "#/$defs/columnName", "title": "Column", "description": "Latency column for percentiles and max, status column for error_rate, prediction column for null_prediction_share (default columns.prediction)." }, "values": { "$ref": "#/$defs/scalarList", "title": "Error values", "description": 'error_rate: the status values that count as errors, e.g. [500, 503, "timeout"].' }, "pattern": { "type": "string", "minLength": 1, "maxLength": 200, "title": "Error pattern", "description": 'error_rate: a regular expression on the status text, e.g. "^5\\\\d\\\\d$". At most 200 characters; no backreferences or nested repeats.' }, "by": { "anyOf": [{ "$ref": "#/$defs/columnName" }, { "type": "array", "items": { "$ref": "#/$defs/columnName" }, "minItems": 1, "maxItems": 2 }], "x-expected": "a column name or a list of two", "title": "Group by", "description": "Judge each group of this column (or the intersection of two) separately; the worst group decides." }, "min_group_size": { "type": "integer", "minimum": 1, "title": "Minimum group size", "description": "Groups with fewer rows are listed as too small (their size and values are never shown) and left out. Default: 30." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail." } }, "x-expected": "an operational check", "title": "Operational check", "description": "Serving health of the model from its prediction log." };
function validate64(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.metric === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "metric" }, message: "must have required property 'metric'", schema: schema70.required, parentSchema: schema70, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema70.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema70, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if ("operational" !== data1) {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "operational" }, message: "must be equal to constant", schema: "operational", parentSchema: schema70.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.description.type, parentSchema: schema70.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.min_samples !== void 0) {
      let data3 = data.min_samples;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.metric !== void 0) {
      let data4 = data.metric;
      if (typeof data4 !== "string") {
        const err10 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.metric.type, parentSchema: schema70.properties.metric, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data4 === "p50" || data4 === "p90" || data4 === "p95" || data4 === "p99" || data4 === "max" || data4 === "error_rate" || data4 === "throughput" || data4 === "null_prediction_share")) {
        const err11 = { instancePath: instancePath + "/metric", schemaPath: "#/properties/metric/enum", keyword: "enum", params: { allowedValues: schema70.properties.metric.enum }, message: "must be equal to one of the allowed values", schema: schema70.properties.metric.enum, parentSchema: schema70.properties.metric, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.column !== void 0) {
      let data5 = data.column;
      if (typeof data5 === "string") {
        if (func4(data5) < 1) {
          const err12 = { instancePath: instancePath + "/column", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/column", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.values !== void 0) {
      if (!validate35(data.values, { instancePath: instancePath + "/values", parentData: data, parentDataProperty: "values", rootData })) {
        vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
        errors = vErrors.length;
      }
    }
    if (data.pattern !== void 0) {
      let data7 = data.pattern;
      if (typeof data7 === "string") {
        if (func4(data7) > 200) {
          const err14 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/maxLength", keyword: "maxLength", params: { limit: 200 }, message: "must NOT have more than 200 characters", schema: 200, parentSchema: schema70.properties.pattern, data: data7 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        if (func4(data7) < 1) {
          const err15 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema70.properties.pattern, data: data7 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      } else {
        const err16 = { instancePath: instancePath + "/pattern", schemaPath: "#/properties/pattern/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema70.properties.pattern.type, parentSchema: schema70.properties.pattern, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data8 = data.by;
      const _errs23 = errors;
      let valid4 = false;
      const _errs24 = errors;
      if (typeof data8 === "string") {
        if (func4(data8) < 1) {
          const err17 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data8 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      } else {
        const err18 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      var _valid0 = _errs24 === errors;
      valid4 = valid4 || _valid0;
      if (!valid4) {
        const _errs28 = errors;
        if (Array.isArray(data8)) {
          if (data8.length > 2) {
            const err19 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema70.properties.by.anyOf[1], data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
          if (data8.length < 1) {
            const err20 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema70.properties.by.anyOf[1], data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          const len0 = data8.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data9 = data8[i0];
            if (typeof data9 === "string") {
              if (func4(data9) < 1) {
                const err21 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data9 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            } else {
              const err22 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data9 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        } else {
          const err23 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema70.properties.by.anyOf[1].type, parentSchema: schema70.properties.by.anyOf[1], data: data8 };
          if (vErrors === null) {
            vErrors = [err23];
          } else {
            vErrors.push(err23);
          }
          errors++;
        }
        var _valid0 = _errs28 === errors;
        valid4 = valid4 || _valid0;
      }
      if (!valid4) {
        const err24 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema70.properties.by.anyOf, parentSchema: schema70.properties.by, data: data8 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      } else {
        errors = _errs23;
        if (vErrors !== null) {
          if (_errs23) {
            vErrors.length = _errs23;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.min_group_size !== void 0) {
      let data10 = data.min_group_size;
      if (!(typeof data10 == "number" && (!(data10 % 1) && !isNaN(data10)) && isFinite(data10))) {
        const err25 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema70.properties.min_group_size.type, parentSchema: schema70.properties.min_group_size, data: data10 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 1 || isNaN(data10)) {
          const err26 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema70.properties.min_group_size, data: data10 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.warn !== void 0) {
      if (!validate34(data.warn, { instancePath: instancePath + "/warn", parentData: data, parentDataProperty: "warn", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.fail !== void 0) {
      if (!validate34(data.fail, { instancePath: instancePath + "/fail", parentData: data, parentDataProperty: "fail", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema70.type, parentSchema: schema70, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate64.errors = vErrors;
  return errors === 0;
}
var schema76 = { "type": "object", "additionalProperties": false, "required": ["id", "type", "expr"], "properties": { "id": { "$ref": "#/$defs/checkId", "title": "Check id", "description": "Stable id of the check, unique in this policy. History, issues and silences key on model name + check id, so keep it when you edit thresholds." }, "type": { "const": "business", "title": "Check type", "description": "business: a KPI written as an expression over the window's rows." }, "description": { "type": "string", "title": "Description", "description": "What this check guards, in one sentence, shown in reports." }, "min_samples": { "$ref": "#/$defs/minSamples", "title": "Minimum samples", "description": "Rows needed before this check may pass or fail; fewer gives no_data. Default: defaults.min_samples." }, "expr": { "type": "string", "minLength": 1, "title": "Expression", "description": 'A KPI in the expression language, e.g. "mean(accepted_offer, where: segment == \\"vip\\")". Aggregates: mean sum count min max quantile rate ratio. Quote it (single quotes) when it holds ": ", as where: does; at most 10,000 characters.' }, "by": { "anyOf": [{ "$ref": "#/$defs/columnName" }, { "type": "array", "items": { "$ref": "#/$defs/columnName" }, "minItems": 1, "maxItems": 2 }], "x-expected": "a column name or a list of two", "title": "Group by", "description": "Judge the KPI per group of this column (or the intersection of two); the worst group decides." }, "min_group_size": { "type": "integer", "minimum": 1, "title": "Minimum group size", "description": "Groups with fewer rows are listed as too small (their size and values are never shown) and left out. Default: 30." }, "warn": { "$ref": "#/$defs/threshold", "title": "Warn when", "description": "Threshold that turns the result to warn." }, "fail": { "$ref": "#/$defs/threshold", "title": "Fail when", "description": "Threshold that turns the result to fail." } }, "x-expected": "a business check", "title": "Business check", "description": "A business KPI computed from the model's predictions and outcomes." };
function validate68(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.id === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "id" }, message: "must have required property 'id'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.type === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.expr === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "expr" }, message: "must have required property 'expr'", schema: schema76.required, parentSchema: schema76, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema76.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.id !== void 0) {
      let data0 = data.id;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err4 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema38, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/id", schemaPath: "#/$defs/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data1 = data.type;
      if ("business" !== data1) {
        const err6 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/const", keyword: "const", params: { allowedValue: "business" }, message: "must be equal to constant", schema: "business", parentSchema: schema76.properties.type, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.description !== void 0) {
      let data2 = data.description;
      if (typeof data2 !== "string") {
        const err7 = { instancePath: instancePath + "/description", schemaPath: "#/properties/description/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.description.type, parentSchema: schema76.properties.description, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.min_samples !== void 0) {
      let data3 = data.min_samples;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err8 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema35.type, parentSchema: schema35, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 1 || isNaN(data3)) {
          const err9 = { instancePath: instancePath + "/min_samples", schemaPath: "#/$defs/minSamples/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema35, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
    }
    if (data.expr !== void 0) {
      let data4 = data.expr;
      if (typeof data4 === "string") {
        if (func4(data4) < 1) {
          const err10 = { instancePath: instancePath + "/expr", schemaPath: "#/properties/expr/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema76.properties.expr, data: data4 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      } else {
        const err11 = { instancePath: instancePath + "/expr", schemaPath: "#/properties/expr/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema76.properties.expr.type, parentSchema: schema76.properties.expr, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.by !== void 0) {
      let data5 = data.by;
      const _errs16 = errors;
      let valid3 = false;
      const _errs17 = errors;
      if (typeof data5 === "string") {
        if (func4(data5) < 1) {
          const err12 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data5 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      } else {
        const err13 = { instancePath: instancePath + "/by", schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data5 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      var _valid0 = _errs17 === errors;
      valid3 = valid3 || _valid0;
      if (!valid3) {
        const _errs21 = errors;
        if (Array.isArray(data5)) {
          if (data5.length > 2) {
            const err14 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema76.properties.by.anyOf[1], data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
          if (data5.length < 1) {
            const err15 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema76.properties.by.anyOf[1], data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          const len0 = data5.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data6 = data5[i0];
            if (typeof data6 === "string") {
              if (func4(data6) < 1) {
                const err16 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columnName/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema16, data: data6 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
            } else {
              const err17 = { instancePath: instancePath + "/by/" + i0, schemaPath: "#/$defs/columnName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema16.type, parentSchema: schema16, data: data6 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        } else {
          const err18 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema76.properties.by.anyOf[1].type, parentSchema: schema76.properties.by.anyOf[1], data: data5 };
          if (vErrors === null) {
            vErrors = [err18];
          } else {
            vErrors.push(err18);
          }
          errors++;
        }
        var _valid0 = _errs21 === errors;
        valid3 = valid3 || _valid0;
      }
      if (!valid3) {
        const err19 = { instancePath: instancePath + "/by", schemaPath: "#/properties/by/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema76.properties.by.anyOf, parentSchema: schema76.properties.by, data: data5 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      } else {
        errors = _errs16;
        if (vErrors !== null) {
          if (_errs16) {
            vErrors.length = _errs16;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.min_group_size !== void 0) {
      let data7 = data.min_group_size;
      if (!(typeof data7 == "number" && (!(data7 % 1) && !isNaN(data7)) && isFinite(data7))) {
        const err20 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema76.properties.min_group_size.type, parentSchema: schema76.properties.min_group_size, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (typeof data7 == "number" && isFinite(data7)) {
        if (data7 < 1 || isNaN(data7)) {
          const err21 = { instancePath: instancePath + "/min_group_size", schemaPath: "#/properties/min_group_size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema76.properties.min_group_size, data: data7 };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
    if (data.warn !== void 0) {
      if (!validate34(data.warn, { instancePath: instancePath + "/warn", parentData: data, parentDataProperty: "warn", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
    if (data.fail !== void 0) {
      if (!validate34(data.fail, { instancePath: instancePath + "/fail", parentData: data, parentDataProperty: "fail", rootData })) {
        vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate68.errors = vErrors;
  return errors === 0;
}
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema36.required, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const tag0 = data.type;
    if (typeof tag0 == "string") {
      if (tag0 === "drift") {
        if (!validate29(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
          errors = vErrors.length;
        }
      } else if (tag0 === "data_quality") {
        if (!validate48(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate48.errors : vErrors.concat(validate48.errors);
          errors = vErrors.length;
        }
      } else if (tag0 === "performance") {
        if (!validate55(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
          errors = vErrors.length;
        }
      } else if (tag0 === "concept_drift") {
        if (!validate58(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
          errors = vErrors.length;
        }
      } else if (tag0 === "fairness") {
        if (!validate61(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate61.errors : vErrors.concat(validate61.errors);
          errors = vErrors.length;
        }
      } else if (tag0 === "operational") {
        if (!validate64(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate64.errors : vErrors.concat(validate64.errors);
          errors = vErrors.length;
        }
      } else if (tag0 === "business") {
        if (!validate68(data, { instancePath, parentData, parentDataProperty, rootData })) {
          vErrors = vErrors === null ? validate68.errors : vErrors.concat(validate68.errors);
          errors = vErrors.length;
        }
      } else {
        const err1 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "mapping", tag: "type", tagValue: tag0 }, message: 'value of tag "type" must be in oneOf', schema: schema36.discriminator, parentSchema: schema36, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    } else {
      const err2 = { instancePath, schemaPath: "#/discriminator", keyword: "discriminator", params: { error: "tag", tag: "type", tagValue: tag0 }, message: 'tag "type" must be string', schema: schema36.discriminator, parentSchema: schema36, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema36.type, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
var schema81 = { "type": "object", "additionalProperties": false, "properties": { "issue": { "$ref": "#/$defs/issue", "title": "Issue", "description": "The GitHub issue opened per incident." }, "silences": { "type": "array", "items": { "$ref": "#/$defs/silence" }, "x-expected": "a list of silences", "title": "Silences", "description": "Planned silences. Default: []." } }, "x-expected": "a mapping with issue and silences", "title": "Alerting", "description": "How failures are reported." };
var schema82 = { "type": "object", "additionalProperties": false, "properties": { "enabled": { "type": "boolean", "title": "Enabled", "description": "Open, update and close one issue per incident. Default: true." }, "labels": { "$ref": "#/$defs/labelList", "title": "Labels", "description": "Labels of the issue. Default: [modelwatch]." } }, "x-expected": "a mapping with enabled and labels", "title": "Issue", "description": "The GitHub issue opened per incident." };
var schema83 = { "type": "array", "items": { "type": "string", "minLength": 1, "x-expected": "a label name", "title": "Label", "description": "A GitHub label." }, "x-expected": "a list of label names", "title": "Labels", "description": "GitHub labels." };
function validate80(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled" || key0 === "labels")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema82, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema82.properties.enabled.type, parentSchema: schema82.properties.enabled, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.labels !== void 0) {
      let data1 = data.labels;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (func4(data2) < 1) {
              const err2 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/$defs/labelList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema83.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err2];
              } else {
                vErrors.push(err2);
              }
              errors++;
            }
          } else {
            const err3 = { instancePath: instancePath + "/labels/" + i0, schemaPath: "#/$defs/labelList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.items.type, parentSchema: schema83.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/labels", schemaPath: "#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema83.type, parentSchema: schema83, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema82.type, parentSchema: schema82, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate80.errors = vErrors;
  return errors === 0;
}
var schema84 = { "type": "object", "additionalProperties": false, "required": ["until", "reason"], "properties": { "checks": { "type": "array", "items": { "$ref": "#/$defs/checkId" }, "x-expected": "a list of check ids", "title": "Checks", "description": "Check ids to silence; empty or absent silences every check of the model." }, "until": { "type": "string", "pattern": "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?$", "x-expected": "a date (2026-12-31) or a date-time with a zone (2026-12-31T18:00:00Z)", "title": "Until", "description": "Inclusive end: a date (the end of that day, UTC) or a date-time with a time zone." }, "reason": { "type": "string", "title": "Reason", "description": "Why the checks are silenced; shown in reports.", "minLength": 1 } }, "x-expected": "a silence with until and reason", "title": "Silence", "description": "Turns failures of some checks into silenced until a date." };
var pattern12 = new RegExp("^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?$", "u");
function validate82(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.until === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "until" }, message: "must have required property 'until'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "checks" || key0 === "until" || key0 === "reason")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.checks !== void 0) {
      let data0 = data.checks;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (!pattern4.test(data1)) {
              const err3 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/$defs/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema38, data: data1 };
              if (vErrors === null) {
                vErrors = [err3];
              } else {
                vErrors.push(err3);
              }
              errors++;
            }
          } else {
            const err4 = { instancePath: instancePath + "/checks/" + i0, schemaPath: "#/$defs/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      } else {
        const err5 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema84.properties.checks.type, parentSchema: schema84.properties.checks, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.until !== void 0) {
      let data2 = data.until;
      if (typeof data2 === "string") {
        if (!pattern12.test(data2)) {
          const err6 = { instancePath: instancePath + "/until", schemaPath: "#/properties/until/pattern", keyword: "pattern", params: { pattern: "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?$" }, message: 'must match pattern "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?$"', schema: "^\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:\\d{2}))?$", parentSchema: schema84.properties.until, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/until", schemaPath: "#/properties/until/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.properties.until.type, parentSchema: schema84.properties.until, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data3 = data.reason;
      if (typeof data3 === "string") {
        if (func4(data3) < 1) {
          const err8 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema84.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema84.properties.reason.type, parentSchema: schema84.properties.reason, data: data3 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.type, parentSchema: schema84, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate82.errors = vErrors;
  return errors === 0;
}
function validate79(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "issue" || key0 === "silences")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema81, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.issue !== void 0) {
      if (!validate80(data.issue, { instancePath: instancePath + "/issue", parentData: data, parentDataProperty: "issue", rootData })) {
        vErrors = vErrors === null ? validate80.errors : vErrors.concat(validate80.errors);
        errors = vErrors.length;
      }
    }
    if (data.silences !== void 0) {
      let data1 = data.silences;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate82(data1[i0], { instancePath: instancePath + "/silences/" + i0, parentData: data1, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err1 = { instancePath: instancePath + "/silences", schemaPath: "#/properties/silences/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema81.properties.silences.type, parentSchema: schema81.properties.silences, data: data1 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema81.type, parentSchema: schema81, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate79.errors = vErrors;
  return errors === 0;
}
var schema86 = { "type": "object", "additionalProperties": false, "required": ["when", "pull_request"], "properties": { "when": { "type": "object", "additionalProperties": false, "required": ["any_failing"], "properties": { "any_failing": { "anyOf": [{ "const": "any", "title": "Any check", "description": "Any check of the model failing counts." }, { "type": "array", "minItems": 1, "items": { "$ref": "#/$defs/checkId" } }], "x-expected": '"any" or a list of check ids', "title": "Any failing", "description": '"any", or check ids any of which failing counts.' }, "for": { "$ref": "#/$defs/runCount", "title": "For", "description": "How many consecutive runs the condition must hold. Default: 1 run." } }, "x-expected": "a mapping with any_failing and for", "title": "When", "description": "When to request retraining." }, "pull_request": { "type": "object", "additionalProperties": false, "required": ["path"], "properties": { "path": { "type": "string", "title": "Path", "description": "Repository path of the retrain request file the pull request writes.", "minLength": 1 }, "base": { "type": "string", "title": "Base branch", "description": "Base branch. Default: the repository's default branch.", "minLength": 1 }, "labels": { "$ref": "#/$defs/labelList", "title": "Labels", "description": "Labels of the pull request. Default: [modelwatch, retraining]." } }, "x-expected": "a mapping with path (and base, labels)", "title": "Pull request", "description": "The retraining pull request (one branch per model: modelwatch/retrain/<name>)." }, "cooldown": { "$ref": "#/$defs/duration", "title": "Cooldown", "description": "After a retraining pull request is merged or closed, no new one opens for this long. Default: 7d." } }, "x-expected": "a mapping with when and pull_request", "title": "Retraining", "description": "When to request retraining with a pull request." };
var schema88 = { "type": "string", "pattern": "^[1-9]\\d* runs?$", "x-expected": 'a number of runs such as "1 run" or "3 runs"', "title": "Runs", "description": 'A number of consecutive runs, such as "2 runs".' };
var schema90 = { "type": "string", "pattern": "^(?:\\d+(?:m|h|d|w)|\\d+ runs?)$", "x-expected": "a duration such as 30m, 6h, 7d, 2w or 3 runs", "title": "Duration", "description": "Minutes (30m), hours (6h), days (7d), weeks (2w), or a number of runs (3 runs)." };
var pattern14 = new RegExp("^[1-9]\\d* runs?$", "u");
var pattern15 = new RegExp("^(?:\\d+(?:m|h|d|w)|\\d+ runs?)$", "u");
function validate85(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.when === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "when" }, message: "must have required property 'when'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.pull_request === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "pull_request" }, message: "must have required property 'pull_request'", schema: schema86.required, parentSchema: schema86, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "when" || key0 === "pull_request" || key0 === "cooldown")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.when !== void 0) {
      let data0 = data.when;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.any_failing === void 0) {
          const err3 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/required", keyword: "required", params: { missingProperty: "any_failing" }, message: "must have required property 'any_failing'", schema: schema86.properties.when.required, parentSchema: schema86.properties.when, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        for (const key1 in data0) {
          if (!(key1 === "any_failing" || key1 === "for")) {
            const err4 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.when, data: data0 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        if (data0.any_failing !== void 0) {
          let data1 = data0.any_failing;
          const _errs8 = errors;
          let valid2 = false;
          const _errs9 = errors;
          if ("any" !== data1) {
            const err5 = { instancePath: instancePath + "/when/any_failing", schemaPath: "#/properties/when/properties/any_failing/anyOf/0/const", keyword: "const", params: { allowedValue: "any" }, message: "must be equal to constant", schema: "any", parentSchema: schema86.properties.when.properties.any_failing.anyOf[0], data: data1 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
          var _valid0 = _errs9 === errors;
          valid2 = valid2 || _valid0;
          if (!valid2) {
            const _errs10 = errors;
            if (Array.isArray(data1)) {
              if (data1.length < 1) {
                const err6 = { instancePath: instancePath + "/when/any_failing", schemaPath: "#/properties/when/properties/any_failing/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema86.properties.when.properties.any_failing.anyOf[1], data: data1 };
                if (vErrors === null) {
                  vErrors = [err6];
                } else {
                  vErrors.push(err6);
                }
                errors++;
              }
              const len0 = data1.length;
              for (let i0 = 0; i0 < len0; i0++) {
                let data2 = data1[i0];
                if (typeof data2 === "string") {
                  if (!pattern4.test(data2)) {
                    const err7 = { instancePath: instancePath + "/when/any_failing/" + i0, schemaPath: "#/$defs/checkId/pattern", keyword: "pattern", params: { pattern: "^[a-z0-9][a-z0-9_-]*$" }, message: 'must match pattern "^[a-z0-9][a-z0-9_-]*$"', schema: "^[a-z0-9][a-z0-9_-]*$", parentSchema: schema38, data: data2 };
                    if (vErrors === null) {
                      vErrors = [err7];
                    } else {
                      vErrors.push(err7);
                    }
                    errors++;
                  }
                } else {
                  const err8 = { instancePath: instancePath + "/when/any_failing/" + i0, schemaPath: "#/$defs/checkId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data2 };
                  if (vErrors === null) {
                    vErrors = [err8];
                  } else {
                    vErrors.push(err8);
                  }
                  errors++;
                }
              }
            } else {
              const err9 = { instancePath: instancePath + "/when/any_failing", schemaPath: "#/properties/when/properties/any_failing/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.when.properties.any_failing.anyOf[1].type, parentSchema: schema86.properties.when.properties.any_failing.anyOf[1], data: data1 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
            var _valid0 = _errs10 === errors;
            valid2 = valid2 || _valid0;
          }
          if (!valid2) {
            const err10 = { instancePath: instancePath + "/when/any_failing", schemaPath: "#/properties/when/properties/any_failing/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema86.properties.when.properties.any_failing.anyOf, parentSchema: schema86.properties.when.properties.any_failing, data: data1 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          } else {
            errors = _errs8;
            if (vErrors !== null) {
              if (_errs8) {
                vErrors.length = _errs8;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data0.for !== void 0) {
          let data3 = data0.for;
          if (typeof data3 === "string") {
            if (!pattern14.test(data3)) {
              const err11 = { instancePath: instancePath + "/when/for", schemaPath: "#/$defs/runCount/pattern", keyword: "pattern", params: { pattern: "^[1-9]\\d* runs?$" }, message: 'must match pattern "^[1-9]\\d* runs?$"', schema: "^[1-9]\\d* runs?$", parentSchema: schema88, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/when/for", schemaPath: "#/$defs/runCount/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema88.type, parentSchema: schema88, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      } else {
        const err13 = { instancePath: instancePath + "/when", schemaPath: "#/properties/when/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.when.type, parentSchema: schema86.properties.when, data: data0 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.pull_request !== void 0) {
      let data4 = data.pull_request;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        if (data4.path === void 0) {
          const err14 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/required", keyword: "required", params: { missingProperty: "path" }, message: "must have required property 'path'", schema: schema86.properties.pull_request.required, parentSchema: schema86.properties.pull_request, data: data4 };
          if (vErrors === null) {
            vErrors = [err14];
          } else {
            vErrors.push(err14);
          }
          errors++;
        }
        for (const key2 in data4) {
          if (!(key2 === "path" || key2 === "base" || key2 === "labels")) {
            const err15 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.pull_request, data: data4 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data4.path !== void 0) {
          let data5 = data4.path;
          if (typeof data5 === "string") {
            if (func4(data5) < 1) {
              const err16 = { instancePath: instancePath + "/pull_request/path", schemaPath: "#/properties/pull_request/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema86.properties.pull_request.properties.path, data: data5 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          } else {
            const err17 = { instancePath: instancePath + "/pull_request/path", schemaPath: "#/properties/pull_request/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.pull_request.properties.path.type, parentSchema: schema86.properties.pull_request.properties.path, data: data5 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data4.base !== void 0) {
          let data6 = data4.base;
          if (typeof data6 === "string") {
            if (func4(data6) < 1) {
              const err18 = { instancePath: instancePath + "/pull_request/base", schemaPath: "#/properties/pull_request/properties/base/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema86.properties.pull_request.properties.base, data: data6 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/pull_request/base", schemaPath: "#/properties/pull_request/properties/base/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.pull_request.properties.base.type, parentSchema: schema86.properties.pull_request.properties.base, data: data6 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data4.labels !== void 0) {
          let data7 = data4.labels;
          if (Array.isArray(data7)) {
            const len1 = data7.length;
            for (let i1 = 0; i1 < len1; i1++) {
              let data8 = data7[i1];
              if (typeof data8 === "string") {
                if (func4(data8) < 1) {
                  const err20 = { instancePath: instancePath + "/pull_request/labels/" + i1, schemaPath: "#/$defs/labelList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema83.items, data: data8 };
                  if (vErrors === null) {
                    vErrors = [err20];
                  } else {
                    vErrors.push(err20);
                  }
                  errors++;
                }
              } else {
                const err21 = { instancePath: instancePath + "/pull_request/labels/" + i1, schemaPath: "#/$defs/labelList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema83.items.type, parentSchema: schema83.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err21];
                } else {
                  vErrors.push(err21);
                }
                errors++;
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/pull_request/labels", schemaPath: "#/$defs/labelList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema83.type, parentSchema: schema83, data: data7 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/pull_request", schemaPath: "#/properties/pull_request/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.pull_request.type, parentSchema: schema86.properties.pull_request, data: data4 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.cooldown !== void 0) {
      let data9 = data.cooldown;
      if (typeof data9 === "string") {
        if (!pattern15.test(data9)) {
          const err24 = { instancePath: instancePath + "/cooldown", schemaPath: "#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^(?:\\d+(?:m|h|d|w)|\\d+ runs?)$" }, message: 'must match pattern "^(?:\\d+(?:m|h|d|w)|\\d+ runs?)$"', schema: "^(?:\\d+(?:m|h|d|w)|\\d+ runs?)$", parentSchema: schema90, data: data9 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      } else {
        const err25 = { instancePath: instancePath + "/cooldown", schemaPath: "#/$defs/duration/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema90.type, parentSchema: schema90, data: data9 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
  } else {
    const err26 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err26];
    } else {
      vErrors.push(err26);
    }
    errors++;
  }
  validate85.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.apiVersion === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "apiVersion" }, message: "must have required property 'apiVersion'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.kind === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "kind" }, message: "must have required property 'kind'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.model === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "model" }, message: "must have required property 'model'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.data === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "data" }, message: "must have required property 'data'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.checks === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "checks" }, message: "must have required property 'checks'", schema: schema11.required, parentSchema: schema11, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func2.call(schema11.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.apiVersion !== void 0) {
      let data0 = data.apiVersion;
      if ("modelwatch/v1" !== data0) {
        const err6 = { instancePath: instancePath + "/apiVersion", schemaPath: "#/properties/apiVersion/const", keyword: "const", params: { allowedValue: "modelwatch/v1" }, message: "must be equal to constant", schema: "modelwatch/v1", parentSchema: schema11.properties.apiVersion, data: data0 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.kind !== void 0) {
      let data1 = data.kind;
      if ("ModelMonitor" !== data1) {
        const err7 = { instancePath: instancePath + "/kind", schemaPath: "#/properties/kind/const", keyword: "const", params: { allowedValue: "ModelMonitor" }, message: "must be equal to constant", schema: "ModelMonitor", parentSchema: schema11.properties.kind, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.model !== void 0) {
      if (!validate11(data.model, { instancePath: instancePath + "/model", parentData: data, parentDataProperty: "model", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.columns !== void 0) {
      if (!validate13(data.columns, { instancePath: instancePath + "/columns", parentData: data, parentDataProperty: "columns", rootData })) {
        vErrors = vErrors === null ? validate13.errors : vErrors.concat(validate13.errors);
        errors = vErrors.length;
      }
    }
    if (data.data !== void 0) {
      if (!validate22(data.data, { instancePath: instancePath + "/data", parentData: data, parentDataProperty: "data", rootData })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
    if (data.defaults !== void 0) {
      if (!validate26(data.defaults, { instancePath: instancePath + "/defaults", parentData: data, parentDataProperty: "defaults", rootData })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.checks !== void 0) {
      let data6 = data.checks;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err8 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema11.properties.checks, data: data6 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate28(data6[i0], { instancePath: instancePath + "/checks/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
            vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/checks", schemaPath: "#/properties/checks/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.checks.type, parentSchema: schema11.properties.checks, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.alerting !== void 0) {
      if (!validate79(data.alerting, { instancePath: instancePath + "/alerting", parentData: data, parentDataProperty: "alerting", rootData })) {
        vErrors = vErrors === null ? validate79.errors : vErrors.concat(validate79.errors);
        errors = vErrors.length;
      }
    }
    if (data.retraining !== void 0) {
      if (!validate85(data.retraining, { instancePath: instancePath + "/retraining", parentData: data, parentDataProperty: "retraining", rootData })) {
        vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err10 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err10];
    } else {
      vErrors.push(err10);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/policy/schema.ts
var policySchema = policy_v1_schema_default;
function validateAgainstSchema(data) {
  return policy_validator_default(data) ? [] : [...policy_validator_default.errors ?? []];
}
function resolveSchema(node) {
  let current = node;
  for (let hops = 0; current.$ref !== void 0 && hops < 16; hops++) {
    const target = lookup(current.$ref);
    if (!target) break;
    const { $ref: _ref, ...beside } = current;
    current = { ...target, ...beside, $ref: target.$ref };
  }
  return current;
}
function lookup(ref) {
  if (!ref.startsWith("#")) return void 0;
  let node = policySchema;
  for (const token of ref.slice(1).split("/").filter((t) => t !== "")) {
    if (typeof node !== "object" || node === null) return void 0;
    node = node[token.replace(/~1/g, "/").replace(/~0/g, "~")];
  }
  return typeof node === "object" && node !== null ? node : void 0;
}
function knownCheckTypes() {
  const check2 = policySchema.$defs.check;
  return (check2?.oneOf ?? []).map((branch) => resolveSchema(branch).properties?.type?.const).filter((t) => typeof t === "string");
}

// src/policy/describe.ts
var TYPE_NOUN = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  object: "a mapping",
  array: "a list",
  null: "empty"
};
function describeSchema(node) {
  const schema2 = resolveSchema(node);
  if (schema2["x-expected"]) return schema2["x-expected"];
  if (schema2.const !== void 0) return JSON.stringify(schema2.const);
  if (schema2.enum) return `one of ${schema2.enum.map((v) => String(v)).join(", ")}`;
  const branches = schema2.anyOf ?? schema2.oneOf;
  if (branches) return branches.map(describeSchema).join(" or ");
  const types = typeof schema2.type === "string" ? [schema2.type] : [...schema2.type ?? []];
  if (types.length === 0) return "a value";
  const noun = types.map((t) => TYPE_NOUN[t] ?? t).join(" or ");
  if (types.length === 1 && (types[0] === "integer" || types[0] === "number")) return noun + bounds(schema2);
  if (types.length === 1 && types[0] === "array" && schema2.items) {
    const item = describeSchema(schema2.items);
    return `a list of ${item.replace(/^an? /, "")}s`;
  }
  if (types.length === 1 && types[0] === "string" && schema2.pattern) return `a string matching ${schema2.pattern}`;
  if (types.length === 1 && types[0] === "string" && (schema2.minLength ?? 0) > 0) return "a non-empty string";
  return noun;
}
function bounds(schema2) {
  const { minimum, maximum } = schema2;
  if (minimum !== void 0 && maximum !== void 0) return ` from ${minimum} to ${maximum}`;
  if (minimum !== void 0) return ` \u2265 ${minimum}`;
  if (maximum !== void 0) return ` \u2264 ${maximum}`;
  return "";
}

// src/policy/schema-errors.ts
var VALUE_KEYWORDS = /* @__PURE__ */ new Set([
  "type",
  "const",
  "enum",
  "pattern",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "multipleOf",
  "format"
]);
function schemaErrorsToPolicyErrors(file, errors, places) {
  const kept = foldAlternatives(errors);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const e of kept) {
    const { pointer, at, message } = explain(e);
    const position = placeOf(places, pointer, at);
    const key = `${position.line}:${position.column}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file, ...position, message });
  }
  return out;
}
function foldAlternatives(errors) {
  const drop = /* @__PURE__ */ new Set();
  for (const e of errors) {
    if (e.keyword !== "anyOf" && e.keyword !== "oneOf") continue;
    const path4 = e.instancePath;
    const valueErrors = errors.filter((o) => o !== e && o.instancePath === path4 && VALUE_KEYWORDS.has(o.keyword));
    const deeper = errors.filter(
      (o) => o !== e && (o.instancePath.startsWith(`${path4}/`) || o.instancePath === path4 && !VALUE_KEYWORDS.has(o.keyword) && o.keyword !== "anyOf" && o.keyword !== "oneOf")
    );
    for (const o of valueErrors) drop.add(o);
    if (deeper.length > 0) drop.add(e);
  }
  for (const e of errors) {
    if (drop.has(e)) continue;
    const samePlace = errors.filter((o) => o !== e && !drop.has(o) && o.instancePath === e.instancePath);
    if (e.keyword === "type" && !isAlternativeBranch(e, errors)) {
      for (const o of samePlace) if (o.keyword !== "type") drop.add(o);
    }
    if (e.keyword === "required" && e.params.missingProperty === "type") {
      for (const o of samePlace) if (o.keyword === "discriminator") drop.add(o);
    }
    if (e.keyword === "additionalProperties") {
      const allowed = Object.keys(resolveSchema(e.parentSchema ?? {}).properties ?? {});
      const meant = suggest(String(e.params.additionalProperty), allowed);
      for (const o of samePlace) if (o.keyword === "required" && o.params.missingProperty === meant) drop.add(o);
    }
  }
  return errors.filter((e) => !drop.has(e));
}
function isAlternativeBranch(e, errors) {
  return errors.some((o) => (o.keyword === "anyOf" || o.keyword === "oneOf") && o.instancePath === e.instancePath);
}
function explain(e) {
  const path4 = e.instancePath;
  const parent = resolveSchema(e.parentSchema ?? {});
  const name = labelOf(path4);
  const subject = path4 === "" ? "the policy" : `"${name}"`;
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const allowed = Object.keys(parent.properties ?? {});
      const checkType = parent.properties?.type?.const;
      const where = typeof checkType === "string" ? ` in a ${checkType} check` : "";
      const hint = didYouMean(key, allowed) || ` (allowed: ${allowed.join(", ")})`;
      return { pointer: childPointer(path4, key), at: "key", message: `unknown key "${key}"${where}${hint}` };
    }
    case "required": {
      const missing = String(e.params.missingProperty);
      const where = path4 === "" ? "" : ` in "${name}"`;
      return { pointer: path4, at: "value", message: `missing required key "${missing}"${where}` };
    }
    case "discriminator": {
      const types = knownCheckTypes();
      if (e.params.error === "mapping") {
        const given2 = String(e.params.tagValue);
        const hint = didYouMean(given2, types) || ` (known types: ${types.join(", ")})`;
        return { pointer: childPointer(path4, "type"), at: "value", message: `unknown check type "${given2}"${hint}` };
      }
      const given = isRecord(e.data) ? e.data.type : void 0;
      return { pointer: childPointer(path4, "type"), at: "value", message: `"type" must be one of ${types.join(", ")}, got ${show(given)}` };
    }
    case "uniqueItems": {
      const j = Number(e.params.j);
      const item = Array.isArray(e.data) ? e.data[j] : void 0;
      return { pointer: childPointer(path4, j), at: "value", message: `"${name}" lists ${show(item)} twice` };
    }
    case "enum": {
      const hint = typeof e.data === "string" ? didYouMean(e.data, e.schema.map(String)) : "";
      return { pointer: path4, at: "value", message: `${subject} must be ${describeSchema(parent)}, got ${show(e.data)}${hint}` };
    }
    default:
      return { pointer: path4, at: "value", message: `${subject} must be ${describeSchema(parent)}, got ${show(e.data)}` };
  }
}
function labelOf(pointer) {
  const tokens = pointerTokens(pointer);
  const last = tokens[tokens.length - 1];
  if (last === void 0) return "the policy";
  if (/^\d+$/.test(last)) {
    const owner = tokens[tokens.length - 2];
    return owner === void 0 ? `[${last}]` : `${owner}[${last}]`;
  }
  return last;
}
function show(value) {
  if (value === void 0 || value === null) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) {
    const inline = JSON.stringify(value);
    return inline.length <= 40 ? inline : `a list of ${value.length} items`;
  }
  if (isRecord(value)) return Object.keys(value).length === 0 ? "an empty mapping" : "a mapping";
  return String(value);
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function placeOf(places, pointer, at) {
  let current = pointer;
  for (; ; ) {
    const place = places.get(current);
    if (place) return at === "key" && place.key ? place.key : place.value;
    if (current === "") return { line: 1, column: 1 };
    current = current.slice(0, current.lastIndexOf("/"));
  }
}

// src/policy/load.ts
async function loadPolicyFile(file, options = {}) {
  const absolute = path3.resolve(options.cwd ?? process.cwd(), file);
  let source;
  try {
    source = await readFile2(absolute, "utf8");
  } catch (error2) {
    return { policy: null, errors: [{ file, line: 1, column: 1, message: `cannot read the policy file: ${readProblem(error2)}` }] };
  }
  return loadPolicySource(file, source, { env: options.env ?? process.env, dir: path3.dirname(absolute) });
}
function loadPolicySource(file, source, options) {
  const body = source.replace(/^\uFEFF/, "");
  const doc = parsePolicyDocument(file, body, options.env);
  if (doc.data === void 0) return { policy: null, errors: sorted(doc.errors) };
  if (doc.data === null) {
    return { policy: null, errors: [{ file, line: 1, column: 1, message: "the policy file is empty: expected apiVersion, kind, model, data and checks" }] };
  }
  const schemaErrors = schemaErrorsToPolicyErrors(file, validateAgainstSchema(doc.data), doc.places);
  if (schemaErrors.length > 0 || doc.errors.length > 0) return { policy: null, errors: sorted([...doc.errors, ...schemaErrors]) };
  const positionOf = (pointer) => doc.places.get(pointer)?.value;
  const { policy, problems } = normalisePolicy({ raw: doc.data, file, dir: options.dir, positionOf, secrets: doc.secrets });
  const errors = problems.map((p) => {
    const text = p.textOffset === void 0 ? void 0 : doc.places.get(p.pointer)?.text;
    const position = text === void 0 ? placeOf(doc.places, p.pointer, p.at) : positionInString(body, text.start, text.style, p.textOffset ?? 0);
    return { file, ...position, message: p.message };
  });
  return { policy: errors.length === 0 ? policy : null, errors: sorted(dedupe(errors)) };
}
function readProblem(error2) {
  const code = error2?.code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder";
  if (code === "EACCES") return "permission denied";
  return error2 instanceof Error ? error2.message.split("\n")[0] ?? "unknown error" : String(error2);
}
function sorted(errors) {
  return [...errors].sort((a, b) => a.line - b.line || a.column - b.column);
}
function dedupe(errors) {
  const seen = /* @__PURE__ */ new Set();
  return errors.filter((e) => {
    const key = `${e.line}:${e.column}:${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// src/checks/status.ts
var SEVERITY = {
  fail: 6,
  error: 5,
  warn: 4,
  no_data: 3,
  pass: 2,
  silenced: 1,
  skipped: 0
};
var STATUSES_BY_SEVERITY = ["fail", "error", "warn", "no_data", "pass", "silenced", "skipped"];
function severity(status) {
  return SEVERITY[status];
}
function worstStatus(statuses, empty = "skipped") {
  let worst = null;
  for (const status of statuses) if (worst === null || SEVERITY[status] > SEVERITY[worst]) worst = status;
  return worst ?? empty;
}

// src/engine/drift-workers.ts
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

// src/engine/worker-script.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
function workerScript(name) {
  if (!import.meta.url.endsWith(".js")) return null;
  for (const candidate of [`./${name}`, `../${name}`]) {
    const url = new URL(candidate, import.meta.url);
    if (existsSync(fileURLToPath(url))) return url;
  }
  return null;
}
function thresholdFromEnv(name, fallback) {
  const text = process.env[name];
  const value = text === void 0 || text === "" ? fallback : Number(text);
  return Number.isNaN(value) || value < 0 ? fallback : value;
}

// src/engine/drift-workers.ts
var DEFAULT_MIN_VALUES = 2e5;
var MAX_WORKERS = 8;
var DriftWorkers = class _DriftWorkers {
  #script;
  #size;
  #minValues;
  #idle = [];
  /** Every live worker, with the comparison it is working on (null when idle). */
  #workers = /* @__PURE__ */ new Map();
  #queue = [];
  /** Each worker's two buffers, back from its last pair, for the next one. */
  #buffers = /* @__PURE__ */ new Map();
  #nextId = 0;
  #closed = false;
  /** Pairs compared by the workers so far. */
  compared = 0;
  constructor(script, size, minValues) {
    this.#script = script;
    this.#size = size;
    this.#minValues = minValues;
  }
  /** A pool when this machine and this build can have one, else null (compare in-thread). */
  static create() {
    const cores = availableParallelism();
    const script = workerScript("drift-worker.js");
    if (cores < 2 || script === null) return null;
    return new _DriftWorkers(script, Math.min(cores, MAX_WORKERS), thresholdFromEnv("MODELWATCH_PARALLEL_DRIFT_VALUES", DEFAULT_MIN_VALUES));
  }
  wants(values) {
    return !this.#closed && values >= this.#minValues;
  }
  prepare() {
    while (!this.#closed && this.#spawn() !== null) ;
  }
  compareNumeric(reference, current, request) {
    if (this.#closed) return Promise.reject(new Error("the drift workers were stopped"));
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, reference, current, request, resolve, reject });
      this.#dispatch();
    });
  }
  /** Stops every worker; comparisons still queued or running are rejected. */
  async close() {
    this.#closed = true;
    const stopped = new Error("the drift workers were stopped");
    for (const pending of this.#queue) pending.reject(stopped);
    for (const pending of this.#workers.values()) pending?.reject(stopped);
    this.#queue.length = 0;
    const workers = [...this.#workers.keys()];
    this.#workers.clear();
    this.#buffers.clear();
    this.#idle.length = 0;
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  #dispatch() {
    while (this.#queue.length > 0) {
      if (this.#idle.length === 0) this.#spawn();
      const worker = this.#idle.pop();
      if (worker === void 0) return;
      const pending = this.#queue.shift();
      this.#workers.set(worker, pending);
      const [referenceBuffer, currentBuffer] = this.#buffers.get(worker) ?? [void 0, void 0];
      this.#buffers.delete(worker);
      const reference = copyInto(pending.reference, referenceBuffer);
      const current = copyInto(pending.current, currentBuffer);
      const task = { id: pending.id, reference, current, request: pending.request };
      worker.postMessage(task, [reference.buffer, current.buffer]);
    }
  }
  #spawn() {
    if (this.#workers.size >= this.#size) return null;
    const worker = new Worker(this.#script);
    this.#idle.push(worker);
    worker.on("message", (reply) => {
      const pending = this.#workers.get(worker);
      if (pending === void 0) return;
      this.#workers.set(worker, null);
      this.#buffers.set(worker, reply.buffers);
      this.#idle.push(worker);
      if (pending !== null && pending.id === reply.id) {
        this.compared++;
        if ("result" in reply) pending.resolve(reply.result);
        else pending.reject(new Error(reply.error));
      }
      this.#dispatch();
    });
    worker.on("error", (error2) => this.#lose(worker, error2));
    worker.on("exit", (code) => this.#lose(worker, new Error(`a drift worker stopped (exit code ${code})`)));
    this.#workers.set(worker, null);
    return worker;
  }
  /** A worker died: its comparison fails; the queued ones go on with the others (or a new one). */
  #lose(worker, error2) {
    if (!this.#workers.has(worker)) return;
    const pending = this.#workers.get(worker);
    this.#workers.delete(worker);
    this.#buffers.delete(worker);
    const idle = this.#idle.indexOf(worker);
    if (idle >= 0) this.#idle.splice(idle, 1);
    pending?.reject(error2);
    if (!this.#closed) this.#dispatch();
  }
};
function copyInto(data, buffer) {
  if (data instanceof Int32Array) return keysWithRoom(data, buffer);
  const target = new Float64Array(buffer !== void 0 && buffer.byteLength >= data.byteLength ? buffer : new ArrayBuffer(data.byteLength), 0, data.length);
  target.set(data);
  return target;
}

// src/engine/read-sources.ts
import { stat as stat2 } from "node:fs/promises";
import { availableParallelism as availableParallelism2 } from "node:os";
import { Worker as Worker2 } from "node:worker_threads";
var DEFAULT_MIN_BYTES = 16 << 20;
function largeSourceBytes() {
  return thresholdFromEnv("MODELWATCH_PARALLEL_READ_BYTES", DEFAULT_MIN_BYTES);
}
async function readSources(sources, options, log = () => {
}) {
  const worker = workerScript("read-worker.js");
  const minBytes = largeSourceBytes();
  const sizes = worker === null ? sources.map(() => 0) : await Promise.all(sources.map((s) => s === void 0 ? 0 : sourceBytes(s)));
  const largest = sizes.indexOf(Math.max(...sizes));
  return Promise.all(
    sources.map((source, i) => {
      if (source === void 0) return null;
      const inWorker = worker !== null && i !== largest && sizes[i] >= minBytes && availableParallelism2() > 1;
      if (!inWorker) return readSource(source, options);
      return readInWorker(worker, source, options).then((table) => {
        log(`read ${table.origin} on a worker thread (${table.rowCount} rows)`);
        return table;
      });
    })
  );
}
async function sourceBytes(source) {
  try {
    const files = await expandPaths(source.paths);
    const sizes = await Promise.all(files.map(async (file) => (await stat2(file)).size));
    return sizes.reduce((a, b) => a + b, 0);
  } catch {
    return 0;
  }
}
function readInWorker(script, source, options) {
  const request = { source, options };
  return new Promise((resolve, reject) => {
    const worker = new Worker2(script, { workerData: request });
    let settled = false;
    worker.once("message", (reply) => {
      settled = true;
      if (reply.ok) resolve(new Table(reply.rowCount, reply.columns.map(columnFromParts), reply.origin));
      else reject(new Error(reply.message));
      void worker.terminate();
    });
    worker.once("error", (error2) => {
      settled = true;
      reject(new Error(`reading ${source.paths.join(", ")}: ${error2.message}`));
    });
    worker.once("exit", (code) => {
      if (!settled) reject(new Error(`reading ${source.paths.join(", ")}: the reader thread stopped (exit code ${code})`));
    });
  });
}

// src/data/random.ts
function mulberry32(seed) {
  let state = seed | 0;
  const next32 = () => {
    state = state + 1831565813 | 0;
    let t = Math.imul(state ^ state >>> 15, 1 | state);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return (t ^ t >>> 14) >>> 0;
  };
  return {
    next32,
    uniform: () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992
  };
}

// src/data/sample.ts
function sampleRows(table, maxRows, seed) {
  if (!Number.isInteger(maxRows) || maxRows < 0) throw new RangeError(`maxRows must be a non-negative integer, got ${maxRows}`);
  const n = table.rowCount;
  if (n <= maxRows) return table;
  const random = mulberry32(seed);
  const chosen = new Uint32Array(maxRows);
  for (let i = 0; i < maxRows; i++) chosen[i] = i;
  for (let i = maxRows; i < n; i++) {
    const j = Math.floor(random.uniform() * (i + 1));
    if (j < maxRows) chosen[j] = i;
  }
  chosen.sort();
  return table.take(chosen);
}

// src/data/window.ts
function filterWindow(table, timestampColumn, start, end) {
  const column2 = table.column(timestampColumn);
  if (column2 === void 0) throw new DataError(table.origin, "no such column", void 0, timestampColumn);
  if (column2.kind !== "timestamp") {
    throw new DataError(table.origin, `is ${column2.kind}, not a timestamp (declare it as a timestamp)`, void 0, timestampColumn);
  }
  const values = column2.values;
  let kept = 0;
  let droppedMissingTimestamp = 0;
  for (let i = 0; i < values.length; i++) {
    const t = values[i];
    if (t !== t) droppedMissingTimestamp++;
    else if (t > start && t <= end) kept++;
  }
  const keep = new Uint32Array(kept);
  for (let i = 0, k = 0; i < values.length; i++) {
    const t = values[i];
    if (t > start && t <= end) keep[k++] = i;
  }
  const rows = keep.length === table.rowCount ? table : table.take(keep);
  return { table: rows, droppedMissingTimestamp };
}

// src/checks/columns.ts
function roleColumns(policy) {
  const { columns } = policy;
  const roles = new Set(columns.pii);
  for (const name of [columns.id, columns.timestamp, columns.target, columns.prediction, columns.score]) {
    if (name !== void 0) roles.add(name);
  }
  for (const name of Object.values(columns.class_scores ?? {})) roles.add(name);
  return roles;
}
function featureColumns(policy, data) {
  const declared = policy.columns.features;
  if (declared !== void 0) return [...declared.numerical, ...declared.categorical];
  const roles = roleColumns(policy);
  return data.columnNames.filter((name) => !roles.has(name) && data.column(name)?.kind !== "timestamp");
}
function selectColumns(selection, policy, data) {
  return selection === "all" ? featureColumns(policy, data) : [...selection];
}

// src/checks/threshold.ts
function comparatorHolds(comparator, value) {
  const n = typeof value === "number" ? value : Number.NaN;
  if (comparator.gt !== void 0 && n > comparator.gt) return `> ${comparator.gt}`;
  if (comparator.gte !== void 0 && n >= comparator.gte) return `\u2265 ${comparator.gte}`;
  if (comparator.lt !== void 0 && n < comparator.lt) return `< ${comparator.lt}`;
  if (comparator.lte !== void 0 && n <= comparator.lte) return `\u2264 ${comparator.lte}`;
  if (comparator.eq !== void 0 && value === comparator.eq) return `= ${comparator.eq}`;
  if (comparator.not_eq !== void 0 && value !== comparator.not_eq) return `\u2260 ${comparator.not_eq}`;
  if (comparator.between !== void 0) {
    const [lo, hi] = comparator.between;
    if (n >= lo && n <= hi) return `between ${lo} and ${hi}`;
  }
  if (comparator.not_between !== void 0) {
    const [lo, hi] = comparator.not_between;
    if (!Number.isNaN(n) && (n < lo || n > hi)) return `outside ${lo} to ${hi}`;
  }
  if (comparator.in !== void 0 && comparator.in.includes(value)) return `in [${comparator.in.join(", ")}]`;
  if (comparator.not_in !== void 0 && !comparator.not_in.includes(value)) {
    return `not in [${comparator.not_in.join(", ")}]`;
  }
  return null;
}
function thresholdHolds(threshold, value, reference) {
  const direct = comparatorHolds(threshold, value);
  if (direct !== null) return { holds: direct };
  if (threshold.relative === void 0 && threshold.absolute === void 0) return { holds: null };
  if (reference === null || reference === void 0 || !Number.isFinite(reference)) {
    return { error: "the threshold compares against the reference value, which could not be computed" };
  }
  if (threshold.absolute !== void 0) {
    const delta = value - reference;
    const holds = comparatorHolds(threshold.absolute, delta);
    if (holds !== null) return { holds: `change ${holds} vs reference` };
  }
  if (threshold.relative !== void 0) {
    if (reference === 0) return { error: "a relative change against a reference value of 0 is undefined" };
    const change = (value - reference) / Math.abs(reference);
    const holds = comparatorHolds(threshold.relative, change);
    if (holds !== null) return { holds: `relative change ${holds} vs reference` };
  }
  return { holds: null };
}
function judge(value, thresholds, reference) {
  if (!Number.isFinite(value)) return { status: "error", reason: `the value is ${value}` };
  for (const level of ["fail", "warn"]) {
    const threshold = thresholds[level];
    if (threshold === void 0) continue;
    const result = thresholdHolds(threshold, value, reference);
    if ("error" in result) return { status: "error", reason: result.error };
    if (result.holds !== null) return { status: level, breached: result.holds };
  }
  return { status: "pass" };
}

// src/checks/drift.ts
function inProcess() {
  const scratch = new Scratch();
  return (reference, current, request) => compareNumeric(reference, current, request, scratch);
}
function numericData(reference, current) {
  const keys = [reference.keys, current.keys];
  return keys[0] !== void 0 && keys[1] !== void 0 ? [keys[0], keys[1]] : [reference.values, current.values];
}
function columnKind(column2) {
  return column2.kind === "categorical" ? "categorical" : "numeric";
}
function compareColumn(name, spec, reference, current, numeric) {
  const refColumn = reference.column(name);
  const curColumn = current.column(name);
  const method = spec.method === "auto" ? "jensen_shannon" : spec.method;
  const empty = {
    column: name,
    kind: columnKind(refColumn ?? curColumn ?? { kind: "numeric", name, values: new Float64Array(0) }),
    method,
    statistic: null,
    p_value: null,
    score: null,
    thresholds: TESTS.has(method) ? spec.p_value : spec.per_feature,
    drifted: false,
    reference_rows: 0,
    current_rows: 0
  };
  if (refColumn === void 0 || curColumn === void 0) {
    const where = refColumn === void 0 ? "reference" : "current";
    return { ...empty, status: "error", message: `column "${name}" is not in the ${where} data` };
  }
  if (columnKind(refColumn) !== columnKind(curColumn)) {
    return {
      ...empty,
      status: "error",
      message: `column "${name}" is ${columnKind(refColumn)} in the reference data but ${columnKind(curColumn)} in the current data`
    };
  }
  if (refColumn.kind === "timestamp" || curColumn.kind === "timestamp") {
    return { ...empty, status: "error", message: `column "${name}" holds timestamps; drift compares values` };
  }
  const request = { method: spec.method, bins: spec.bins, minSamples: spec.min_samples };
  if (refColumn.kind === "categorical" && curColumn.kind === "categorical") {
    return judgePair(spec, empty, comparePrepared(prepareCategorical(refColumn), prepareCategorical(curColumn), request));
  }
  if (refColumn.kind !== "numeric" || curColumn.kind !== "numeric") throw new Error("unreachable: column kinds were checked");
  const [referenceData, currentData] = numericData(refColumn, curColumn);
  const result = numeric(referenceData, currentData, request);
  return result instanceof Promise ? result.then((r) => judgePair(spec, empty, r)) : judgePair(spec, empty, result);
}
function judgePair(spec, empty, result) {
  const sizes = { reference_rows: result.referenceRows, current_rows: result.currentRows };
  if (result.method === null || result.measured === null) {
    const which = sizes.reference_rows === 0 ? "no reference values" : `${sizes.current_rows} current values, fewer than min_samples ${spec.min_samples}`;
    return { ...empty, ...sizes, status: "no_data", message: which };
  }
  const chosen = result.method;
  const measured = result.measured;
  const isTest = TESTS.has(chosen);
  const thresholds = isTest ? spec.p_value : spec.per_feature;
  if (typeof measured === "string") {
    return { ...empty, ...sizes, method: chosen, thresholds, status: "error", message: measured };
  }
  const score = isTest ? measured.pValue : measured.statistic;
  const verdict2 = judge(score, thresholds);
  const infinite = Number.isFinite(measured.statistic) ? "" : ` (the ${chosen} statistic is infinite: a value never seen in the reference appears)`;
  const what = (isTest ? `p-value ${formatNumber(score)}` : `${chosen} ${formatNumber(score)}`) + infinite;
  const status = verdict2.status;
  const message = verdict2.status === "error" ? `${chosen} could not be judged: ${verdict2.reason}` : verdict2.status === "pass" ? `${what}: no drift` : `${what} ${verdict2.breached ?? ""}: ${verdict2.status === "fail" ? "drifted" : "drift warning"}`;
  return {
    ...empty,
    ...sizes,
    method: chosen,
    statistic: measured.statistic,
    p_value: measured.pValue,
    score,
    thresholds,
    status,
    drifted: status === "fail",
    message
  };
}
function formatNumber(x) {
  if (x === 0 || !Number.isFinite(x)) return String(x);
  return Math.abs(x) < 1e-3 ? x.toExponential(2) : x.toPrecision(3);
}
function before(spec, context) {
  const base = { thresholds: { ...spec.per_feature }, details: emptyDetails(spec) };
  if (context.reference === null) {
    return { ...base, status: "error", value: null, message: "drift needs reference data (data.reference)" };
  }
  if (context.current.rowCount < spec.min_samples) {
    return {
      ...base,
      status: "no_data",
      value: null,
      message: `${context.current.rowCount} current rows, fewer than min_samples ${spec.min_samples}`
    };
  }
  return null;
}
function compareAll(spec, context, reference, numeric) {
  const names = selectColumns(spec.features, context.policy, reference);
  return names.map((name) => compareColumn(name, spec, reference, context.current, numeric));
}
var driftCheck = {
  type: "drift",
  run(spec, context) {
    const early = before(spec, context);
    if (early !== null) return early;
    const reference = context.reference;
    const columns = compareAll(spec, context, reference, inProcess());
    return outcome(spec, columns);
  },
  /** The same, with large numeric columns compared on worker threads when the engine offers them. */
  async runAsync(spec, context) {
    const early = before(spec, context);
    if (early !== null) return early;
    const reference = context.reference;
    const local = inProcess();
    const parallel = context.parallel;
    const numeric = parallel === void 0 ? local : (ref, cur, request) => parallel.wants(ref.length + cur.length) ? parallel.compareNumeric(ref, cur, request) : local(ref, cur, request);
    return outcome(spec, await Promise.all(compareAll(spec, context, reference, numeric)));
  }
};
function outcome(spec, columns) {
  const evaluated = columns.filter((c) => c.status === "pass" || c.status === "warn" || c.status === "fail");
  const drifted = evaluated.filter((c) => c.drifted);
  const share2 = evaluated.length === 0 ? null : drifted.length / evaluated.length;
  const shareThresholds = spec.dataset?.share_drifted;
  const shareVerdict = share2 !== null && shareThresholds !== void 0 ? judge(share2, shareThresholds) : null;
  const details2 = {
    kind: "drift",
    method: spec.method,
    columns,
    evaluated_columns: evaluated.length,
    drifted_columns: drifted.length,
    share_drifted: share2,
    share_drifted_status: shareVerdict?.status ?? null
  };
  const statuses = columns.map((c) => c.status);
  if (shareVerdict !== null) statuses.push(shareVerdict.status);
  let status = worstStatus(statuses, "no_data");
  if (evaluated.length === 0 && status !== "error") status = "no_data";
  const usedTests = evaluated.length > 0 && evaluated.every((c) => TESTS.has(c.method));
  const thresholds = shareThresholds ? { ...shareThresholds } : usedTests || TESTS.has(spec.method) ? { ...spec.p_value } : { ...spec.per_feature };
  return { status, value: share2, thresholds, details: details2, message: driftMessage(columns, evaluated.length, drifted.length, share2) };
}
function emptyDetails(spec) {
  return {
    kind: "drift",
    method: spec.method,
    columns: [],
    evaluated_columns: 0,
    drifted_columns: 0,
    share_drifted: null,
    share_drifted_status: null
  };
}
function driftMessage(columns, evaluated, drifted, share2) {
  const errors = columns.filter((c) => c.status === "error");
  const warned = columns.filter((c) => c.status === "warn");
  const parts = [];
  if (evaluated === 0) parts.push(`no column could be compared (${columns.length} selected)`);
  else if (drifted === 0) parts.push(`no drift in ${evaluated} columns`);
  else {
    const names = columns.filter((c) => c.drifted).map((c) => c.column);
    const listed = names.slice(0, 5).join(", ") + (names.length > 5 ? `, +${names.length - 5} more` : "");
    parts.push(`${drifted} of ${evaluated} columns drifted (${Math.round((share2 ?? 0) * 100)}%): ${listed}`);
  }
  if (warned.length > 0) parts.push(`${warned.length} near the limit`);
  if (errors.length > 0) parts.push(`${errors.length} could not be compared (${errors[0].message})`);
  return parts.join("; ");
}

// src/checks/rule.ts
function evaluateRule(text, table) {
  const parsed = parseExpression(text);
  if (!parsed.ok) return `rule "${text}": ${parsed.message} (at character ${parsed.offset + 1})`;
  let result;
  try {
    result = evaluateRowPredicate(parsed.ast, table);
  } catch (error2) {
    if (error2 instanceof ExpressionError) return `rule "${text}": ${error2.message} (at character ${error2.offset + 1})`;
    throw error2;
  }
  const { mask, nulls } = result;
  let holding = 0;
  for (const bit of mask) holding += bit;
  return { holding, nulls };
}

// src/checks/data-quality.ts
var HOUR_MS = 36e5;
function thresholdsOf(spec) {
  const t = {};
  if (spec.warn) t.warn = spec.warn;
  if (spec.fail) t.fail = spec.fail;
  if (t.fail === void 0 && t.warn === void 0) {
    if (spec.metric === "rule" && spec.mostly !== void 0) t.fail = { lt: spec.mostly };
    else if (spec.metric === "schema" || spec.metric === "duplicate_ids") t.fail = { gt: 0 };
  }
  return t;
}
function details(spec, columns = [], problems = []) {
  return { kind: "data_quality", metric: spec.metric, columns, problems };
}
function count(n) {
  return n.toLocaleString("en-US");
}
function pct(x) {
  const p = x * 100;
  return `${p === 0 || p >= 1 ? p.toFixed(1) : p.toPrecision(2)}%`;
}
function perColumn(spec, table, names, noun, measureColumn) {
  const thresholds = thresholdsOf(spec);
  const columns = [];
  for (const name of names) {
    const column2 = table.column(name);
    if (column2 === void 0) {
      columns.push({ column: name, value: null, count: null, total: null, status: "error", message: `column "${name}" is not in the current data` });
      continue;
    }
    const measured = measureColumn(column2);
    if (measured === null) continue;
    if (typeof measured === "string") {
      columns.push({ column: name, value: null, count: null, total: null, status: "error", message: measured });
      continue;
    }
    const { count: count2, total } = measured;
    if (total === null || count2 === null || total < spec.min_samples) {
      columns.push({ ...measured, column: name, value: null, status: "no_data", message: `${total ?? 0} values, fewer than min_samples ${spec.min_samples}` });
      continue;
    }
    const value = count2 / total;
    const verdict2 = judge(value, thresholds);
    const status2 = verdict2.status;
    const message2 = verdict2.status === "error" ? verdict2.reason : `${pct(value)} ${noun} (${count2.toLocaleString("en-US")} of ${total.toLocaleString("en-US")})`;
    columns.push({ ...measured, column: name, value, status: status2, message: message2 });
  }
  const judged2 = columns.filter((c) => c.value !== null);
  const worst = judged2.reduce((w, c) => w === null || c.value > w.value ? c : w, null);
  const status = columns.length === 0 ? "no_data" : worstStatus(columns.map((c) => c.status));
  const bad = columns.filter((c) => c.status === "fail" || c.status === "warn");
  let message;
  if (columns.length === 0) message = `no column to check for ${noun}`;
  else if (bad.length > 0) {
    message = `${bad.length} of ${columns.length} columns over the limit; worst ${worst.column}: ${worst.message}`;
  } else if (worst !== null) {
    message = `worst ${worst.column}: ${worst.message}`;
  } else {
    message = columns[0].message;
  }
  const erred = columns.filter((c) => c.status === "error");
  if (erred.length > 0 && bad.length === 0) message = `${erred.length} column(s) could not be checked: ${erred[0].message}`;
  return { status, value: worst?.value ?? null, thresholds, message, details: details(spec, columns) };
}
function namesFor(spec, table, kind) {
  const names = spec.columns === "all" ? table.columnNames : [...spec.columns];
  if (spec.columns !== "all" || kind === void 0) return names;
  return names.filter((name) => table.column(name)?.kind === kind);
}
function missingShare(spec, ctx) {
  return perColumn(spec, ctx.current, namesFor(spec, ctx.current), "missing", (column2) => ({
    count: missingCount(column2),
    total: ctx.current.rowCount
  }));
}
function observedRange(column2) {
  if (column2 === void 0 || column2.kind === "categorical") return null;
  let min = Infinity;
  let max = -Infinity;
  for (const v of column2.values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return min <= max ? { min, max } : null;
}
function outOfRangeShare(spec, ctx) {
  const range = spec.range ?? "reference";
  if (range === "reference" && ctx.reference === null) {
    return error(spec, "out_of_range_share with the reference range needs reference data (data.reference)");
  }
  return perColumn(spec, ctx.current, namesFor(spec, ctx.current, "numeric"), "out of range", (column2) => {
    if (column2.kind === "categorical") return `column "${column2.name}" is categorical; a range applies to numbers`;
    const bounds2 = range === "reference" ? observedRange(ctx.reference.column(column2.name)) : { min: range.min ?? -Infinity, max: range.max ?? Infinity };
    if (bounds2 === null) return `column "${column2.name}" has no numeric reference values to take a range from`;
    let count2 = 0;
    let total = 0;
    for (const v of column2.values) {
      if (v !== v) continue;
      total++;
      if (v < bounds2.min || v > bounds2.max) count2++;
    }
    const finite = (x) => Number.isFinite(x) ? x : null;
    return { count: count2, total, range: { min: finite(bounds2.min), max: finite(bounds2.max) } };
  });
}
function unseenShare(spec, ctx) {
  if (ctx.reference === null) return error(spec, "unseen_share needs reference data (data.reference)");
  const reference = ctx.reference;
  return perColumn(spec, ctx.current, namesFor(spec, ctx.current, "categorical"), "unseen in the reference", (column2) => {
    if (column2.kind !== "categorical") return `column "${column2.name}" is not categorical`;
    const ref = reference.column(column2.name);
    if (ref === void 0) return `column "${column2.name}" is not in the reference data`;
    if (ref.kind !== "categorical") return `column "${column2.name}" is not categorical in the reference data`;
    const seen = new Uint8Array(ref.dictionary.length);
    for (const code of ref.codes) if (code >= 0) seen[code] = 1;
    const known = new Set(ref.dictionary.filter((_, code) => seen[code] === 1));
    const perCode = new Float64Array(column2.dictionary.length);
    let total = 0;
    for (const code of column2.codes) {
      if (code < 0) continue;
      perCode[code]++;
      total++;
    }
    const unseen = [];
    column2.dictionary.forEach((value, code) => {
      if (perCode[code] > 0 && !known.has(value)) unseen.push({ value, count: perCode[code] });
    });
    unseen.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    const count2 = unseen.reduce((sum, u) => sum + u.count, 0);
    return { count: count2, total, top_unseen: unseen.slice(0, 5) };
  });
}
function single2(spec, value, reference, describe2, problems = []) {
  const thresholds = thresholdsOf(spec);
  const verdict2 = judge(value, thresholds, reference);
  if (verdict2.status === "error") return { ...error(spec, verdict2.reason), value };
  const message = verdict2.breached ? `${describe2} (${verdict2.breached})` : describe2;
  return { status: verdict2.status, value, reference_value: reference, thresholds, message, details: details(spec, [], problems) };
}
function error(spec, message) {
  return { status: "error", value: null, thresholds: thresholdsOf(spec), message, details: details(spec) };
}
function rowCount(spec, ctx) {
  const reference = ctx.reference?.rowCount ?? null;
  const value = ctx.current.rowCount;
  return single2(spec, value, reference, `${count(value)} rows${reference === null ? "" : ` (reference ${count(reference)})`}`);
}
function duplicateIds(spec, ctx) {
  const idName = ctx.policy.columns.id;
  if (idName === void 0) return error(spec, "duplicate_ids needs columns.id");
  const column2 = ctx.current.column(idName);
  if (column2 === void 0) return error(spec, `id column "${idName}" is not in the current data`);
  const keys = column2.kind === "categorical" ? column2.codes : column2.values;
  const isMissing = column2.kind === "categorical" ? (k) => k < 0 : (k) => k !== k;
  const seen = /* @__PURE__ */ new Set();
  let duplicates = 0;
  let missing = 0;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    if (isMissing(key)) missing++;
    else if (seen.has(key)) duplicates++;
    else seen.add(key);
  }
  const extra = missing > 0 ? `; ${missing} rows have no id` : "";
  return single2(spec, duplicates, null, `${duplicates} rows repeat an id already seen${extra}`);
}
function freshness(spec, ctx) {
  const name = ctx.policy.columns.timestamp;
  if (name === void 0) return error(spec, "freshness needs columns.timestamp");
  const column2 = ctx.currentUnwindowed.column(name);
  if (column2 === void 0) return error(spec, `timestamp column "${name}" is not in the current data`);
  if (column2.kind !== "timestamp") return error(spec, `column "${name}" is not read as timestamps`);
  let newest = -Infinity;
  for (const t of column2.values) if (t > newest) newest = t;
  if (newest === -Infinity) return { ...error(spec, `column "${name}" has no timestamps`), status: "no_data" };
  const hours = (ctx.now.getTime() - newest) / HOUR_MS;
  return single2(spec, hours, null, `newest row is ${hours.toFixed(1)} h old (${new Date(newest).toISOString()})`);
}
function schema(spec, ctx) {
  const expected = spec.schema;
  if (expected === void 0) return error(spec, "the schema metric needs a `schema` block");
  const problems = [];
  for (const name of expected.required) if (!ctx.current.has(name)) problems.push(`required column "${name}" is missing`);
  for (const name of expected.forbidden) if (ctx.current.has(name)) problems.push(`forbidden column "${name}" is present`);
  for (const [name, kind] of Object.entries(expected.types)) {
    const column2 = ctx.current.column(name);
    if (column2 !== void 0 && column2.kind !== kind) problems.push(`column "${name}" is ${column2.kind}, expected ${kind}`);
  }
  const describe2 = problems.length === 0 ? "schema as expected" : `${problems.length} schema problem(s): ${problems.join("; ")}`;
  return single2(spec, problems.length, null, describe2, problems);
}
function rule(spec, ctx) {
  if (spec.rule === void 0) return error(spec, "the rule metric needs a `rule`");
  if (ctx.current.rowCount < spec.min_samples) {
    return { ...error(spec, `${ctx.current.rowCount} rows, fewer than min_samples ${spec.min_samples}`), status: "no_data" };
  }
  const result = evaluateRule(spec.rule, ctx.current);
  if (typeof result === "string") return error(spec, result);
  const share2 = result.holding / ctx.current.rowCount;
  const nulls = result.nulls > 0 ? `; ${result.nulls} rows could not be evaluated (missing values) and count as not holding` : "";
  return single2(spec, share2, null, `rule holds for ${pct(share2)} of rows (${count(result.holding)} of ${count(ctx.current.rowCount)})${nulls}`);
}
var METRICS = {
  missing_share: missingShare,
  out_of_range_share: outOfRangeShare,
  unseen_share: unseenShare,
  row_count: rowCount,
  duplicate_ids: duplicateIds,
  freshness,
  schema,
  rule
};
var dataQualityCheck = {
  type: "data_quality",
  run(spec, context) {
    return METRICS[spec.metric](spec, context);
  }
};

// src/stats/fairness/wilson.ts
var Z_95 = 1.959963984540054;
function wilsonInterval(k, n, z = Z_95) {
  if (!(n > 0 && k >= 0 && k <= n)) throw new RangeError(`Wilson interval needs 0 \u2264 k \u2264 n and n > 0, got k=${k}, n=${n}`);
  const p = k / n;
  const q = 1 - p;
  const denom = 2 * (n + z ** 2);
  const center = (2 * n * p + z ** 2) / denom;
  const delta = z / denom * Math.sqrt(4 * n * p * q + z ** 2);
  return { low: k === 0 ? 0 : center - delta, high: k === n ? 1 : center + delta };
}
function intervalsOverlap(a, b) {
  return a.low <= b.high && b.low <= a.high;
}

// src/stats/fairness/rates.ts
var needsLabels = (metric) => metric !== "selection_rate";
function rateCounts(counts, metric) {
  const { tp, fp, tn, fn } = counts;
  switch (metric) {
    case "selection_rate":
      return { k: tp + fp, m: tp + fp + tn + fn };
    case "true_positive_rate":
      return { k: tp, m: tp + fn };
    case "false_positive_rate":
      return { k: fp, m: fp + tn };
    case "false_negative_rate":
      return { k: fn, m: tp + fn };
    case "precision":
      return { k: tp, m: tp + fp };
    case "accuracy":
      return { k: tp + tn, m: tp + fp + tn + fn };
  }
}
function rateOf(counts, metric, z = Z_95) {
  const { k, m } = rateCounts(counts, metric);
  if (m === 0) return { value: null, k, m, interval: null };
  return { value: k / m, k, m, interval: wilsonInterval(k, m, z) };
}
function confusionCounts(truth, predicted, rows) {
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  for (const row of rows) {
    const p = predicted[row];
    if (p < 0) continue;
    const t = truth === null ? 0 : truth[row];
    if (t < 0) continue;
    if (p === 1) {
      if (t === 1) tp++;
      else fp++;
    } else if (t === 1) fn++;
    else tn++;
  }
  return { tp, fp, tn, fn };
}

// src/stats/fairness/aggregate.ts
function extremes(values) {
  if (values.length < 2) return null;
  let min = values[0];
  let max = values[0];
  for (const g of values) {
    if (g.value < min.value) min = g;
    if (g.value > max.value) max = g;
  }
  return { min, max };
}
function difference(e) {
  return e.max.value - e.min.value;
}
function ratio(e) {
  return e.max.value === 0 ? null : e.min.value / e.max.value;
}

// src/checks/groups.ts
var GROUP_SEPARATOR = " \xD7 ";
function encode(column2, n) {
  if (column2.kind === "categorical") return { index: column2.codes, labels: [...column2.dictionary] };
  const index = new Int32Array(n);
  const labels = [];
  const seen = /* @__PURE__ */ new Map();
  for (let i = 0; i < n; i++) {
    const v = column2.values[i];
    if (Number.isNaN(v)) {
      index[i] = -1;
      continue;
    }
    let k = seen.get(v);
    if (k === void 0) {
      k = labels.length;
      labels.push(column2.kind === "timestamp" ? new Date(v).toISOString() : String(v));
      seen.set(v, k);
    }
    index[i] = k;
  }
  return { index, labels };
}
function groupRows(table, by) {
  const n = table.rowCount;
  const encoded = [];
  for (const name of by) {
    const column2 = table.column(name);
    if (column2 === void 0) return `column "${name}" (by) is not in the data`;
    encoded.push(encode(column2, n));
  }
  const [first, second] = encoded;
  if (first === void 0) return '"by" names no column';
  const width = second === void 0 ? 1 : second.labels.length;
  const members = /* @__PURE__ */ new Map();
  let missing = 0;
  for (let i = 0; i < n; i++) {
    const a = first.index[i];
    const b = second === void 0 ? 0 : second.index[i];
    if (a < 0 || b < 0) {
      missing++;
      continue;
    }
    const key = a * width + b;
    let rows = members.get(key);
    if (rows === void 0) members.set(key, rows = []);
    rows.push(i);
  }
  const groups = [];
  for (const [key, rows] of members) {
    const a = Math.floor(key / width);
    const label = second === void 0 ? first.labels[a] : `${first.labels[a]}${GROUP_SEPARATOR}${second.labels[key % width]}`;
    groups.push({ label, rows: Uint32Array.from(rows) });
  }
  groups.sort((x, y) => x.label < y.label ? -1 : x.label > y.label ? 1 : 0);
  const merged = [];
  for (const g of groups) {
    const last = merged[merged.length - 1];
    if (last !== void 0 && last.label === g.label) {
      const rows = Uint32Array.from([...last.rows, ...g.rows]).sort();
      merged[merged.length - 1] = { label: g.label, rows };
    } else merged.push(g);
  }
  return { groups: merged, missing };
}
function tooSmallNote(minGroupSize) {
  return `fewer than ${minGroupSize} rows`;
}

// src/checks/grouped.ts
function usesReference(thresholds) {
  return [thresholds.warn, thresholds.fail].some((t) => t !== void 0 && (t.vs === "reference" || t.relative !== void 0 || t.absolute !== void 0));
}
function valueOf(measured) {
  return measured !== null && "value" in measured ? measured.value : null;
}
function judged(input, measured, reference) {
  if (!("value" in measured)) return { status: measured.status, value: null, message: measured.reason };
  const referenceValue = valueOf(reference);
  const verdict2 = judge(measured.value, input.thresholds, referenceValue);
  const shown = input.format(measured.value);
  if (verdict2.status === "error") return { status: "error", value: measured.value, message: `${shown}: ${verdict2.reason}` };
  const against = referenceValue === null ? "" : ` (reference ${input.format(referenceValue)})`;
  return { status: verdict2.status, value: measured.value, message: verdict2.breached === void 0 ? `${shown}${against}` : `${shown}${against}, ${verdict2.breached}` };
}
function judgeGrouped(input) {
  const { current, reference, by } = input;
  if (by === void 0) {
    const measured = input.measure(current, null);
    const ref = input.wantsReference && reference !== null ? input.measure(reference, null) : null;
    const result = judged(input, measured, ref);
    return { ...result, reference_value: valueOf(ref), groups: [], rows_without_group: 0 };
  }
  const grouping = groupRows(current, by);
  if (typeof grouping === "string") return { status: "error", value: null, reference_value: null, message: grouping, groups: [], rows_without_group: 0 };
  const referenceGroups = /* @__PURE__ */ new Map();
  if (input.wantsReference && reference !== null) {
    const refGrouping = groupRows(reference, by);
    if (typeof refGrouping !== "string") for (const g of refGrouping.groups) referenceGroups.set(g.label, g.rows);
  }
  const groups = [];
  for (const group of grouping.groups) {
    if (group.rows.length < input.min_group_size) {
      groups.push({ group: group.label, rows: null, too_small: true, value: null, reference_value: null, status: "skipped", message: tooSmallNote(input.min_group_size) });
      continue;
    }
    const measured = input.measure(current, group.rows);
    const refRows = referenceGroups.get(group.label);
    const ref = refRows === void 0 || reference === null ? null : input.measure(reference, refRows);
    const result = judged(input, measured, ref);
    groups.push({ group: group.label, rows: group.rows.length, too_small: false, ...result, reference_value: valueOf(ref) });
  }
  const qualifying = groups.filter((g) => !g.too_small);
  const tooSmall = groups.length - qualifying.length;
  const small = tooSmall === 0 ? "" : `; ${tooSmall} group${tooSmall === 1 ? "" : "s"} with ${tooSmallNote(input.min_group_size)} left out`;
  if (qualifying.length === 0) {
    return { status: "no_data", value: null, reference_value: null, message: `no group of ${by.join(" \xD7 ")} has ${input.min_group_size} rows or more${small}`, groups, rows_without_group: grouping.missing };
  }
  const status = worstStatus(qualifying.map((g) => g.status));
  const decisive = qualifying.find((g) => g.status === status);
  const verdicts = qualifying.filter((g) => severity(g.status) === severity(status)).length;
  const message = `${by.join(" \xD7 ")} = ${decisive.group}: ${decisive.message}${verdicts > 1 ? ` (and ${verdicts - 1} more group${verdicts === 2 ? "" : "s"} ${status})` : ""}; ${qualifying.length} group${qualifying.length === 1 ? "" : "s"} judged${small}`;
  return { status, value: decisive.value, reference_value: decisive.reference_value, message, groups, rows_without_group: grouping.missing };
}

// src/checks/business.ts
function thresholdsOf2(spec) {
  return { ...spec.warn === void 0 ? {} : { warn: spec.warn }, ...spec.fail === void 0 ? {} : { fail: spec.fail } };
}
function formatNumber2(x) {
  if (Number.isInteger(x)) return String(x);
  return Math.abs(x) >= 1e3 ? x.toFixed(1) : String(Number(x.toPrecision(4)));
}
function measureExpression(ast, minSamples) {
  return (table, rows) => {
    const n = rows === null ? table.rowCount : rows.length;
    if (n < minSamples) return { status: "no_data", reason: `${n} rows, fewer than min_samples ${minSamples}` };
    try {
      const value = evaluateScalar(ast, table, rows ?? void 0);
      if (value === null) return { status: "no_data", reason: "the expression has no value on these rows (no rows match, or a division by 0)" };
      return { value };
    } catch (error2) {
      if (error2 instanceof ExpressionError) return { status: "error", reason: `expression, at character ${error2.offset + 1}: ${error2.message}` };
      throw error2;
    }
  };
}
var businessCheck = {
  type: "business",
  run(spec, context) {
    const thresholds = thresholdsOf2(spec);
    const base = { kind: "business", expr: spec.expr, by: spec.by ?? null, min_group_size: spec.min_group_size };
    const parsed = parseExpression(spec.expr);
    if (!parsed.ok) {
      const message = `expression, at character ${parsed.offset + 1}: ${parsed.message}`;
      return { status: "error", value: null, thresholds, message, details: { ...base, groups: [], rows_without_group: 0 } };
    }
    const outcome2 = judgeGrouped({
      current: context.current,
      reference: context.reference,
      thresholds,
      by: spec.by,
      min_group_size: spec.min_group_size,
      measure: measureExpression(parsed.ast, spec.min_samples),
      format: formatNumber2,
      wantsReference: usesReference(thresholds)
    });
    return {
      status: outcome2.status,
      value: outcome2.value,
      reference_value: outcome2.reference_value,
      thresholds,
      message: `${spec.expr.replace(/\s+/g, " ").trim()}: ${outcome2.message}`,
      details: { ...base, groups: outcome2.groups, rows_without_group: outcome2.rows_without_group }
    };
  }
};

// src/data/join.ts
function idReader(column2) {
  if (column2.kind === "categorical") {
    return (row) => {
      const code = column2.codes[row];
      return code < 0 ? null : column2.dictionary[code];
    };
  }
  return (row) => {
    const v = column2.values[row];
    return Number.isNaN(v) ? null : String(v);
  };
}
function labelText(column2, row) {
  if (column2.kind === "categorical") {
    const code = column2.codes[row];
    return code < 0 ? null : column2.dictionary[code];
  }
  const v = column2.values[row];
  return Number.isNaN(v) ? null : String(v);
}
function gather(column2, rows) {
  if (column2.kind === "categorical") {
    const codes = Int32Array.from(rows, (r) => r < 0 ? -1 : column2.codes[r]);
    return { kind: "categorical", name: column2.name, codes, dictionary: column2.dictionary };
  }
  const values = Float64Array.from(rows, (r) => r < 0 ? Number.NaN : column2.values[r]);
  return { kind: column2.kind, name: column2.name, values };
}
function joinLabels(predictions2, predictionId, labels, labelId, labelColumn) {
  const predictionIds = predictions2.column(predictionId);
  if (predictionIds === void 0) return { ok: false, message: `${predictions2.origin}: no id column "${predictionId}" to join labels on` };
  const labelIds = labels.column(labelId);
  if (labelIds === void 0) return { ok: false, message: `${labels.origin}: no id column "${labelId}" to join on` };
  const label = labels.column(labelColumn);
  if (label === void 0) return { ok: false, message: `${labels.origin}: no label column "${labelColumn}"` };
  if (predictionIds.kind === "timestamp" || labelIds.kind === "timestamp") {
    return { ok: false, message: `the join column "${labelId}" is a timestamp; join on an id` };
  }
  const CONFLICT = -2;
  const byId = /* @__PURE__ */ new Map();
  const duplicates = /* @__PURE__ */ new Set();
  const conflicts = /* @__PURE__ */ new Set();
  const readLabelId = idReader(labelIds);
  for (let row = 0; row < labels.rowCount; row++) {
    const id = readLabelId(row);
    if (id === null || labelText(label, row) === null) continue;
    const seen = byId.get(id);
    if (seen === void 0) {
      byId.set(id, row);
      continue;
    }
    duplicates.add(id);
    if (seen !== CONFLICT && labelText(label, seen) !== labelText(label, row)) {
      byId.set(id, CONFLICT);
      conflicts.add(id);
    }
  }
  const labelRow = new Int32Array(predictions2.rowCount).fill(-1);
  const used = /* @__PURE__ */ new Set();
  const readPredictionId = idReader(predictionIds);
  let matched = 0;
  for (let row = 0; row < predictions2.rowCount; row++) {
    const id = readPredictionId(row);
    if (id === null) continue;
    const found = byId.get(id);
    if (found === void 0) continue;
    used.add(id);
    if (found === CONFLICT) continue;
    labelRow[row] = found;
    matched++;
  }
  let unmatchedLabels = 0;
  for (const id of byId.keys()) if (!used.has(id)) unmatchedLabels++;
  return {
    ok: true,
    join: {
      labelRow,
      label: gather(label, labelRow),
      matched,
      unmatched_predictions: predictions2.rowCount - matched,
      unmatched_labels: unmatchedLabels,
      duplicate_ids: duplicates.size,
      conflicting_ids: conflicts.size
    }
  };
}

// src/checks/performance-rows.ts
function delayedTable(context) {
  const { policy } = context;
  const delay = policy.data.labels?.delay;
  if (delay === void 0) {
    const w = context.window;
    return { table: context.current, window: w === null ? null : { start: w.start, end: w.end, delay: null } };
  }
  if (delay.kind !== "time") return `data.labels.delay must be a time span such as 14d, not "${delay.text}"`;
  const timestamp = policy.columns.timestamp;
  if (timestamp === void 0) return "data.labels.delay needs columns.timestamp to know when each prediction was made";
  const end = (context.window?.end ?? context.now.getTime()) - delay.ms;
  const start = context.window === null ? null : context.window.start - delay.ms;
  try {
    const table = filterWindow(context.currentUnwindowed, timestamp, start ?? Number.NEGATIVE_INFINITY, end).table;
    return { table, window: { start, end, delay: delay.text } };
  } catch (cause) {
    return cause instanceof Error ? cause.message : String(cause);
  }
}
function evaluatedRows(context) {
  const { policy } = context;
  const delayed = delayedTable(context);
  if (typeof delayed === "string") return { ok: false, message: delayed };
  const { table, window } = delayed;
  const labels = policy.data.labels;
  if (labels === void 0 || context.labels === null) {
    const target = policy.columns.target;
    const column2 = target === void 0 ? void 0 : table.column(target);
    return { ok: true, rows: { table, target: column2 ?? null, targetOrigin: table.origin, window, join: null } };
  }
  const id = policy.columns.id ?? labels.join;
  const joined = joinLabels(table, id, context.labels, labels.join, labels.column);
  if (!joined.ok) return { ok: false, message: joined.message };
  const { label, labelRow: _rows, ...counts } = joined.join;
  return { ok: true, rows: { table, target: label, targetOrigin: context.labels.origin, window, join: counts } };
}

// src/checks/fairness.ts
function encodePositive(column2, positive) {
  if (column2.kind === "categorical") {
    const text = String(positive);
    const perCategory = column2.dictionary.map((word) => word === text ? 1 : 0);
    return Int8Array.from(column2.codes, (code) => code < 0 ? -1 : perCategory[code]);
  }
  return Int8Array.from(column2.values, (v) => Number.isNaN(v) ? -1 : (typeof positive === "number" ? v === positive : String(v) === positive) ? 1 : 0);
}
function predictions(table, policy, positive) {
  const { prediction, score } = policy.columns;
  if (prediction !== void 0) {
    const column3 = table.column(prediction);
    if (column3 === void 0) return `prediction column "${prediction}" is not in the data`;
    return encodePositive(column3, positive);
  }
  const column2 = score === void 0 ? void 0 : table.column(score);
  if (column2 === void 0 || column2.kind === "categorical") return `no prediction column, and score column "${score ?? ""}" is not numeric data`;
  return Int8Array.from(column2.values, (v) => Number.isNaN(v) ? -1 : v >= 0.5 ? 1 : 0);
}
function analyse(spec, table, predicted, truth) {
  const grouping = groupRows(table, spec.by);
  if (typeof grouping === "string") return grouping;
  const groups = [];
  const tooSmall = [];
  let unusable = 0;
  let evaluated = 0;
  for (const group of grouping.groups) {
    const counts = confusionCounts(truth, predicted, group.rows);
    const rows = counts.tp + counts.fp + counts.tn + counts.fn;
    unusable += group.rows.length - rows;
    evaluated += rows;
    if (rows < spec.min_group_size) tooSmall.push(group.label);
    else groups.push({ label: group.label, rows, counts });
  }
  return { groups, tooSmall, rowsWithoutGroup: grouping.missing, rowsWithoutPredictionOrLabel: unusable, rowsEvaluated: evaluated };
}
var metricsOf = (spec) => spec.aggregate === "equalized_odds" ? ["true_positive_rate", "false_positive_rate"] : [spec.metric];
function valuesOf(analysis, metric) {
  const out = [];
  for (const g of analysis.groups) {
    const rate = rateOf(g.counts, metric);
    if (rate.value !== null && rate.interval !== null) out.push({ label: g.label, value: rate.value, interval: rate.interval });
  }
  return out;
}
function gapOf(spec, analysis) {
  let worst = null;
  for (const metric of metricsOf(spec)) {
    const values = valuesOf(analysis, metric);
    const e = extremes(values);
    if (e === null) return { value: null, metric, low: null, high: null, reason: `fewer than two groups with at least ${spec.min_group_size} rows and a defined ${metric}` };
    const low = values.find((v) => v.label === e.min.label);
    const high = values.find((v) => v.label === e.max.label);
    const value = spec.aggregate === "ratio" ? ratio(e) : difference(e);
    if (value === null) return { value: null, metric, low, high, reason: `the ratio is undefined: every group's ${metric} is 0` };
    if (worst === null || worst.value !== null && value > worst.value) worst = { value, metric, low, high };
  }
  return worst;
}
function rateDetails(spec, counts) {
  const metrics = spec.aggregate === "equalized_odds" ? metricsOf(spec) : [spec.metric];
  return metrics.map((metric) => {
    const rate = rateOf(counts, metric);
    return { metric, value: rate.value, count: rate.k, total: rate.m, low: rate.interval?.low ?? null, high: rate.interval?.high ?? null };
  });
}
function groupDetails(spec, analysis) {
  const details2 = analysis.groups.map((g) => {
    const rates = rateDetails(spec, g.counts);
    const summary = rates.map((r) => `${r.metric} ${r.value === null ? "undefined" : formatNumber2(r.value)}`).join(", ");
    return { group: g.label, rows: g.rows, too_small: false, rates, message: `${summary} (${g.rows} rows)` };
  });
  for (const label of analysis.tooSmall) details2.push({ group: label, rows: null, too_small: true, rates: null, message: tooSmallNote(spec.min_group_size) });
  return details2.sort((a, b) => a.group < b.group ? -1 : a.group > b.group ? 1 : 0);
}
function sourceOf(spec, context, reference) {
  const labelled = spec.aggregate === "equalized_odds" || needsLabels(spec.metric);
  const { policy } = context;
  let table = reference ? context.reference : context.current;
  if (table === null) return { status: "no_data", reason: "no reference data" };
  let target = null;
  let labels = null;
  if (labelled && reference) {
    target = policy.columns.target === void 0 ? null : table.column(policy.columns.target) ?? null;
    labels = `column "${policy.columns.target ?? ""}"`;
  } else if (labelled) {
    const rows = evaluatedRows(context);
    if (!rows.ok) return { status: "error", reason: rows.message };
    table = rows.rows.table;
    target = rows.rows.target;
    labels = rows.rows.join === null ? `column "${policy.columns.target ?? ""}"` : `joined from ${rows.rows.targetOrigin}`;
  }
  if (labelled && target === null) return { status: "no_data", reason: `no labels: column "${policy.columns.target ?? ""}" is not in the data and no labels were joined` };
  const predicted = predictions(table, policy, spec.positive_label);
  if (typeof predicted === "string") return { status: "error", reason: predicted };
  return { table, predicted, truth: target === null ? null : encodePositive(target, spec.positive_label), labels };
}
var fairnessCheck = {
  type: "fairness",
  run(spec, context) {
    const thresholds = thresholdsOf2(spec);
    const empty = {
      kind: "fairness",
      metric: spec.metric,
      aggregate: spec.aggregate,
      by: spec.by,
      min_group_size: spec.min_group_size,
      reference_group: spec.reference_group ?? null,
      groups: [],
      decisive_metric: null,
      min_group: null,
      max_group: null,
      intervals_overlap: null,
      labels: null,
      rows_evaluated: 0,
      rows_without_group: 0,
      rows_without_prediction_or_label: 0
    };
    const stop = (status2, message, details3 = empty) => ({ status: status2, value: null, thresholds, message, details: details3 });
    const source = sourceOf(spec, context, false);
    if ("status" in source) return stop(source.status, source.reason);
    const analysis = analyse(spec, source.table, source.predicted, source.truth);
    if (typeof analysis === "string") return stop("error", analysis);
    const details2 = {
      ...empty,
      groups: groupDetails(spec, analysis),
      labels: source.labels,
      rows_evaluated: analysis.rowsEvaluated,
      rows_without_group: analysis.rowsWithoutGroup,
      rows_without_prediction_or_label: analysis.rowsWithoutPredictionOrLabel
    };
    const small = analysis.tooSmall.length === 0 ? "" : `; ${analysis.tooSmall.length} group${analysis.tooSmall.length === 1 ? "" : "s"} with ${tooSmallNote(spec.min_group_size)} left out`;
    if (analysis.rowsEvaluated < spec.min_samples) {
      return stop("no_data", `${analysis.rowsEvaluated} rows with a group, prediction${source.truth === null ? "" : " and label"}, fewer than min_samples ${spec.min_samples}`, details2);
    }
    const referenceAnalysis = () => {
      if (!usesReference(thresholds)) return null;
      const ref = sourceOf(spec, context, true);
      if ("status" in ref) return null;
      const a = analyse(spec, ref.table, ref.predicted, ref.truth);
      return typeof a === "string" ? null : a;
    };
    if (spec.aggregate === "vs_group") return judgeVsGroup(spec, analysis, referenceAnalysis(), details2, small, stop);
    const gap = gapOf(spec, analysis);
    const withGap = { ...details2, decisive_metric: gap.metric, min_group: gap.low?.label ?? null, max_group: gap.high?.label ?? null };
    if (gap.value === null) return stop("no_data", `${gap.reason ?? "no value"}${small}`, withGap);
    const refAnalysis = referenceAnalysis();
    const referenceValue = refAnalysis === null ? null : gapOf(spec, refAnalysis).value;
    const verdict2 = judge(gap.value, thresholds, referenceValue);
    const describeGap = `${spec.aggregate} of ${gap.metric} by ${spec.by.join(" \xD7 ")} = ${formatNumber2(gap.value)} (${gap.low.label} ${formatNumber2(gap.low.value)}, ${gap.high.label} ${formatNumber2(gap.high.value)})`;
    const base = { value: gap.value, reference_value: referenceValue, thresholds };
    if (verdict2.status === "error") return { ...base, status: "error", message: `${describeGap}: ${verdict2.reason}`, details: withGap };
    let status = verdict2.status;
    let note = verdict2.breached === void 0 ? "" : `, ${verdict2.breached}`;
    let overlap = null;
    if (spec.require_non_overlap) {
      overlap = intervalsOverlap(gap.low.interval, gap.high.interval);
      if (overlap && status !== "pass") {
        note = `${note}, but the two groups' 95% intervals overlap, so the gap is not counted`;
        status = "pass";
      }
    }
    return { ...base, status, message: `${describeGap}${note}${small}`, details: { ...withGap, intervals_overlap: overlap } };
  }
};
function judgeVsGroup(spec, analysis, reference, details2, small, stop) {
  const thresholds = thresholdsOf2(spec);
  const values = valuesOf(analysis, spec.metric);
  const ref = values.find((v) => v.label === spec.reference_group);
  if (ref === void 0) {
    const why = analysis.tooSmall.includes(spec.reference_group ?? "") ? `has ${tooSmallNote(spec.min_group_size)}` : "is not in the data (or its rate is undefined)";
    return stop("no_data", `reference group "${spec.reference_group ?? ""}" ${why}${small}`, details2);
  }
  if (ref.value === 0) return stop("no_data", `the reference group's ${spec.metric} is 0, so disparities are undefined${small}`, details2);
  if (values.length < 2) return stop("no_data", `fewer than two groups with at least ${spec.min_group_size} rows${small}`, details2);
  const refValues = reference === null ? [] : valuesOf(reference, spec.metric);
  const refBase = refValues.find((v) => v.label === spec.reference_group);
  const judged2 = values.filter((g) => g.label !== ref.label).map((g) => {
    const disparity = g.value / ref.value;
    const past = refValues.find((v) => v.label === g.label);
    const referenceValue = past === void 0 || refBase === void 0 || refBase.value === 0 ? null : past.value / refBase.value;
    const verdict2 = judge(disparity, thresholds, referenceValue);
    let status2 = verdict2.status;
    let message = `${g.label}: ${formatNumber2(disparity)} \xD7 ${ref.label}`;
    if (verdict2.status === "error") message += `: ${verdict2.reason}`;
    else if (verdict2.breached !== void 0) message += `, ${verdict2.breached}`;
    const overlap = spec.require_non_overlap ? intervalsOverlap(g.interval, ref.interval) : null;
    if (overlap === true && (status2 === "warn" || status2 === "fail")) {
      status2 = "pass";
      message += ", but the 95% intervals overlap, so it is not counted";
    }
    return { label: g.label, disparity, referenceValue, status: status2, message, overlap };
  });
  const status = worstStatus(judged2.map((j) => j.status));
  const decisive = judged2.filter((j) => severity(j.status) === severity(status)).reduce((a, b) => Math.abs(Math.log(b.disparity)) > Math.abs(Math.log(a.disparity)) ? b : a);
  const byLabel = new Map(judged2.map((j) => [j.label, j]));
  const groups = details2.groups.map((g) => {
    const j = byLabel.get(g.group);
    return j === void 0 ? g : { ...g, disparity: j.disparity, status: j.status };
  });
  return {
    status,
    value: decisive.disparity,
    reference_value: decisive.referenceValue,
    thresholds,
    message: `${spec.metric} by ${spec.by.join(" \xD7 ")} vs ${ref.label}: ${decisive.message}${small}`,
    details: {
      ...details2,
      groups,
      decisive_metric: spec.metric,
      min_group: decisive.disparity < 1 ? decisive.label : ref.label,
      max_group: decisive.disparity < 1 ? ref.label : decisive.label,
      intervals_overlap: decisive.overlap
    }
  };
}

// src/checks/operational.ts
var HOUR_MS2 = 36e5;
var QUANTILES = { p50: 0.5, p90: 0.9, p95: 0.95, p99: 0.99 };
function numericColumn(table, name) {
  const column2 = table.column(name);
  if (column2 === void 0) return `column "${name}" is not in the data`;
  if (column2.kind === "categorical") return `column "${name}" holds text; latency metrics need numbers`;
  return column2.values;
}
function rowCount2(table, rows) {
  return rows === null ? table.rowCount : rows.length;
}
function forEachRow(table, rows, visit) {
  if (rows === null) for (let i = 0; i < table.rowCount; i++) visit(i);
  else for (const row of rows) visit(row);
}
function share(count2, total, noun) {
  return total === 0 ? { status: "no_data", reason: `no rows with a ${noun}` } : { value: count2 / total };
}
function errorFlags(column2, values, pattern) {
  const regex = pattern === void 0 ? null : new RegExp(pattern, "u");
  const texts = new Set((values ?? []).map(String));
  const numbers = new Set((values ?? []).filter((v) => typeof v === "number"));
  const isError = (text) => regex === null ? texts.has(text) : regex.test(text.slice(0, MAX_MATCHED_LENGTH));
  if (column2.kind === "categorical") {
    const perCategory = column2.dictionary.map((word) => isError(word) ? 1 : 0);
    return Uint8Array.from(column2.codes, (code) => code < 0 ? 2 : perCategory[code]);
  }
  const cache = /* @__PURE__ */ new Map();
  return Uint8Array.from(column2.values, (v) => {
    if (Number.isNaN(v)) return 2;
    let flag = cache.get(v);
    if (flag === void 0) {
      flag = regex === null && numbers.has(v) || isError(String(v)) ? 1 : 0;
      cache.set(v, flag);
    }
    return flag;
  });
}
function hoursOf(table, timestamp, window) {
  if (window !== null) return { hours: (window.end - window.start) / HOUR_MS2, from: "window" };
  if (timestamp === void 0) return "throughput needs columns.timestamp or data.window";
  const column2 = table.column(timestamp);
  if (column2 === void 0 || column2.kind === "categorical") return `timestamp column "${timestamp}" is not in the data`;
  let min = Infinity;
  let max = -Infinity;
  for (const t of column2.values) {
    if (t < min) min = t;
    if (t > max) max = t;
  }
  if (!(max > min)) return "throughput needs rows spanning some time; all timestamps are equal or missing";
  return { hours: (max - min) / HOUR_MS2, from: "timestamps" };
}
function measureFor(spec, context, reference) {
  const { metric, min_samples: minSamples } = spec;
  const enough = (n) => n < minSamples ? { status: "no_data", reason: `${n} values, fewer than min_samples ${minSamples}` } : null;
  switch (metric) {
    case "throughput":
      return (table, rows) => {
        const span = hoursOf(table, context.policy.columns.timestamp, reference ? null : context.window);
        if (typeof span === "string") return { status: "no_data", reason: span };
        return { value: rowCount2(table, rows) / span.hours };
      };
    case "null_prediction_share":
      return (table, rows) => {
        const column2 = table.column(spec.column ?? "");
        if (column2 === void 0) return { status: "error", reason: `column "${spec.column}" is not in the data` };
        const n = rowCount2(table, rows);
        const few = enough(n);
        if (few !== null) return few;
        let missing = 0;
        forEachRow(table, rows, (row) => {
          if (column2.kind === "categorical" ? column2.codes[row] < 0 : Number.isNaN(column2.values[row])) missing++;
        });
        return share(missing, n, "prediction");
      };
    case "error_rate": {
      const problem = spec.pattern === void 0 ? null : patternProblem(spec.pattern);
      if (problem !== null) return `pattern: ${problem.message}`;
      const flagsByTable = /* @__PURE__ */ new Map();
      return (table, rows) => {
        const column2 = table.column(spec.column ?? "");
        if (column2 === void 0) return { status: "error", reason: `column "${spec.column}" is not in the data` };
        let flags = flagsByTable.get(table);
        if (flags === void 0) flagsByTable.set(table, flags = errorFlags(column2, spec.values, spec.pattern));
        let errors = 0;
        let total = 0;
        forEachRow(table, rows, (row) => {
          const flag = flags[row];
          if (flag === 2) return;
          total++;
          errors += flag;
        });
        return enough(total) ?? share(errors, total, "status");
      };
    }
    default:
      return (table, rows) => {
        const values = numericColumn(table, spec.column ?? "");
        if (typeof values === "string") return { status: "error", reason: values };
        const kept = [];
        forEachRow(table, rows, (row) => {
          const v = values[row];
          if (!Number.isNaN(v)) kept.push(v);
        });
        const few = enough(kept.length);
        if (few !== null) return few;
        const sorted2 = Float64Array.from(kept).sort();
        const q = QUANTILES[metric];
        return { value: q === void 0 ? sorted2[sorted2.length - 1] : quantileSorted(sorted2, q) };
      };
  }
}
function formatFor(metric, column2) {
  if (metric === "error_rate" || metric === "null_prediction_share") return (x) => `${formatNumber2(x * 100)}%`;
  if (metric === "throughput") return (x) => `${formatNumber2(x)} rows/hour`;
  return (x) => `${column2 ?? ""} ${formatNumber2(x)}`;
}
var operationalCheck = {
  type: "operational",
  run(spec, context) {
    const thresholds = thresholdsOf2(spec);
    const base = { kind: "operational", metric: spec.metric, column: spec.column ?? null, by: spec.by ?? null, min_group_size: spec.min_group_size };
    const measure = measureFor(spec, context, false);
    const measureReference = measureFor(spec, context, true);
    if (typeof measure === "string" || typeof measureReference === "string") {
      const message = typeof measure === "string" ? measure : String(measureReference);
      return { status: "error", value: null, thresholds, message, details: { ...base, groups: [], rows_without_group: 0 } };
    }
    const outcome2 = judgeGrouped({
      current: context.current,
      reference: context.reference,
      thresholds,
      by: spec.by,
      min_group_size: spec.min_group_size,
      // The reference has no window of its own: its throughput uses its timestamps' span.
      measure: (table, rows) => table === context.current ? measure(table, rows) : measureReference(table, rows),
      format: formatFor(spec.metric, spec.column),
      wantsReference: usesReference(thresholds)
    });
    const span = spec.metric === "throughput" ? hoursOf(context.current, context.policy.columns.timestamp, context.window) : null;
    const hours = span === null ? {} : typeof span === "string" ? { hours: null } : { hours: span.hours, hours_from: span.from };
    return {
      status: outcome2.status,
      value: outcome2.value,
      reference_value: outcome2.reference_value,
      thresholds,
      message: `${spec.metric}: ${outcome2.message}`,
      details: { ...base, ...hours, groups: outcome2.groups, rows_without_group: outcome2.rows_without_group }
    };
  }
};

// src/stats/metrics/confusion-matrix.ts
function confusionMatrix(yTrue, yPred, classCount) {
  if (yTrue.length !== yPred.length) {
    throw new RangeError(`y_true has ${yTrue.length} rows, y_pred ${yPred.length}`);
  }
  const matrix = Array.from({ length: classCount }, () => new Array(classCount).fill(0));
  for (let i = 0; i < yTrue.length; i++) {
    const t = yTrue[i];
    const p = yPred[i];
    const row = matrix[t];
    if (row === void 0 || !Number.isInteger(p) || p < 0 || p >= classCount) {
      throw new RangeError(`row ${i}: class codes must lie in 0\u2026${classCount - 1}, got ${t} and ${p}`);
    }
    row[p] += 1;
  }
  return matrix;
}
function matrixTotal(matrix) {
  let total = 0;
  for (const row of matrix) for (const cell of row) total += cell;
  return total;
}

// src/stats/metrics/from-confusion.ts
function classCounts(matrix) {
  const total = matrixTotal(matrix);
  return matrix.map((row, k) => {
    const tp = row[k] ?? 0;
    let rowSum = 0;
    let colSum = 0;
    for (let j = 0; j < matrix.length; j++) {
      rowSum += row[j] ?? 0;
      colSum += matrix[j]?.[k] ?? 0;
    }
    const fp = colSum - tp;
    const fn = rowSum - tp;
    return { tp, fp, fn, tn: total - tp - fp - fn, support: rowSum, present: rowSum + colSum > 0 };
  });
}
function ratio2(numerator, denominator) {
  return denominator === 0 ? 0 : numerator / denominator;
}
function averaged(matrix, averaging, perClass) {
  if (matrixTotal(matrix) === 0) return Number.NaN;
  const counts = classCounts(matrix);
  if (averaging === "binary") {
    const positive = counts[1];
    if (positive === void 0 || counts.length !== 2) {
      throw new RangeError(`binary averaging needs a 2\xD72 matrix, got ${counts.length}\xD7${counts.length}`);
    }
    return perClass(positive);
  }
  const labels = counts.filter((c) => c.present);
  if (averaging === "macro") {
    let sum2 = 0;
    for (const c of labels) sum2 += perClass(c);
    return sum2 / labels.length;
  }
  let weightSum = 0;
  let sum = 0;
  for (const c of labels) {
    weightSum += c.support;
    sum += perClass(c) * c.support;
  }
  return weightSum === 0 ? 0 : sum / weightSum;
}
function accuracyFromMatrix(matrix) {
  const total = matrixTotal(matrix);
  if (total === 0) return Number.NaN;
  let correct = 0;
  matrix.forEach((row, k) => correct += row[k] ?? 0);
  return correct / total;
}
function balancedAccuracyFromMatrix(matrix) {
  let sum = 0;
  let classes = 0;
  for (const c of classCounts(matrix)) {
    if (c.support === 0) continue;
    sum += c.tp / c.support;
    classes++;
  }
  return classes === 0 ? Number.NaN : sum / classes;
}
function precisionFromMatrix(matrix, averaging) {
  return averaged(matrix, averaging, (c) => ratio2(c.tp, c.tp + c.fp));
}
function recallFromMatrix(matrix, averaging) {
  return averaged(matrix, averaging, (c) => ratio2(c.tp, c.tp + c.fn));
}
function specificityFromMatrix(matrix, averaging) {
  return averaged(matrix, averaging, (c) => ratio2(c.tn, c.tn + c.fp));
}
function f1FromMatrix(matrix, averaging) {
  return averaged(matrix, averaging, (c) => {
    const p = ratio2(c.tp, c.tp + c.fp);
    const r = ratio2(c.tp, c.tp + c.fn);
    const denominator = p + r;
    return denominator === 0 ? 0 : 2 * p * r / denominator;
  });
}

// src/stats/isotonic.ts
var RESOLUTION = 1e-15;
function fitIsotonic(x, y) {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`x has ${n} rows, y ${y.length}`);
  if (n === 0) throw new RangeError("isotonic regression needs at least one point");
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) throw new RangeError(`row ${i}: NaN in isotonic regression input`);
    order[i] = i;
  }
  order.sort((a, b) => x[a] - x[b] || y[a] - y[b]);
  const ux = [];
  const sumY = [];
  const weight = [];
  for (const row of order) {
    const xi = x[row];
    const last = ux.length - 1;
    if (last >= 0 && xi - ux[last] < RESOLUTION) {
      sumY[last] += y[row];
      weight[last] += 1;
    } else {
      ux.push(xi);
      sumY.push(y[row]);
      weight.push(1);
    }
  }
  const blockSum = [];
  const blockWeight = [];
  const blockStart = [];
  for (let i = 0; i < ux.length; i++) {
    let s = sumY[i];
    let w = weight[i];
    let start = i;
    while (blockSum.length > 0) {
      const top = blockSum.length - 1;
      if (blockSum[top] / blockWeight[top] < s / w) break;
      s += blockSum.pop();
      w += blockWeight.pop();
      start = blockStart.pop();
    }
    blockSum.push(s);
    blockWeight.push(w);
    blockStart.push(start);
  }
  const fitted = new Float64Array(ux.length);
  for (let b = 0; b < blockSum.length; b++) {
    const end = b + 1 < blockStart.length ? blockStart[b + 1] : ux.length;
    const mean = blockSum[b] / blockWeight[b];
    for (let i = blockStart[b]; i < end; i++) fitted[i] = mean;
  }
  return { x: Float64Array.from(ux), y: fitted };
}
function predictIsotonic(fit, value) {
  const { x, y } = fit;
  const m = x.length;
  if (m === 1) return y[0];
  const clipped = Math.min(Math.max(value, x[0]), x[m - 1]);
  let lo = 0;
  let hi = m;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (x[mid] < clipped) lo = mid + 1;
    else hi = mid;
  }
  const upper = Math.min(Math.max(lo, 1), m - 1);
  const xLo = x[upper - 1];
  const yLo = y[upper - 1];
  const slope = (y[upper] - yLo) / (x[upper] - xLo);
  return slope * (clipped - xLo) + yLo;
}

// src/stats/metrics/clf-curve.ts
function binaryClfCurve(yTrue, score) {
  const n = yTrue.length;
  if (score.length !== n) throw new RangeError(`y_true has ${n} rows, the score ${score.length}`);
  const order = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(score[i])) throw new RangeError(`row ${i}: the score is NaN`);
    order[i] = i;
  }
  order.sort((a, b) => score[b] - score[a]);
  const tps = [];
  const fps = [];
  let tp = 0;
  for (let i = 0; i < n; i++) {
    const row = order[i];
    tp += yTrue[row] === 1 ? 1 : 0;
    const next = order[i + 1];
    if (next === void 0 || score[next] !== score[row]) {
      tps.push(tp);
      fps.push(i + 1 - tp);
    }
  }
  return { tps: Float64Array.from(tps), fps: Float64Array.from(fps) };
}

// src/stats/metrics/sum.ts
var CompensatedSum = class {
  #sum = 0;
  #compensation = 0;
  add(value) {
    const t = this.#sum + value;
    if (Math.abs(this.#sum) >= Math.abs(value)) this.#compensation += this.#sum - t + value;
    else this.#compensation += value - t + this.#sum;
    this.#sum = t;
  }
  get value() {
    return this.#sum + this.#compensation;
  }
};

// src/stats/metrics/roc-auc.ts
function rocAuc(yTrue, score) {
  const { tps, fps } = binaryClfCurve(yTrue, score);
  return rocArea(tps, fps);
}
function rocArea(tps, fps) {
  const positives = tps[tps.length - 1] ?? 0;
  const negatives = fps[fps.length - 1] ?? 0;
  if (!(positives > 0) || !(negatives > 0)) return Number.NaN;
  const area = new CompensatedSum();
  let x = 0;
  let y = 0;
  for (let i = 0; i < tps.length; i++) {
    const nextX = fps[i] / negatives;
    const nextY = tps[i] / positives;
    area.add((nextX - x) * (nextY + y) / 2);
    x = nextX;
    y = nextY;
  }
  return area.value;
}
function rocAucOvr(yTrue, scores, averaging) {
  const n = yTrue.length;
  let sum = 0;
  let weightSum = 0;
  for (let k = 0; k < scores.length; k++) {
    const isClass = new Uint8Array(n);
    let support = 0;
    for (let i = 0; i < n; i++) {
      if (yTrue[i] === k) {
        isClass[i] = 1;
        support++;
      }
    }
    const auc = rocAuc(isClass, scores[k]);
    if (Number.isNaN(auc)) return Number.NaN;
    const weight = averaging === "macro" ? 1 : support;
    sum += auc * weight;
    weightSum += weight;
  }
  return weightSum === 0 ? Number.NaN : sum / weightSum;
}

// src/stats/cbpe/calibration.ts
var FOLDS = 10;
var BINS = 10;
function equalCountEce(outcome2, probability, binCount = BINS) {
  const n = probability.length;
  let bins = binCount;
  if (n <= 2 * bins) bins = Math.floor(n / 2);
  if (bins < 2) return Number.NaN;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => probability[a] - probability[b] || a - b);
  const width = Math.floor(n / bins);
  const edges = [];
  for (let e = 0; e <= n; e += width) edges.push(e);
  edges[edges.length - 1] = n;
  let ece = 0;
  for (let b = 0; b + 1 < edges.length; b++) {
    const lo = edges[b];
    const hi = edges[b + 1];
    let sumP = 0;
    let sumY = 0;
    for (let j = lo; j < hi; j++) {
      sumP += probability[order[j]];
      sumY += outcome2[order[j]];
    }
    const size = hi - lo;
    ece += size / n * Math.abs(sumP / size - sumY / size);
  }
  return ece;
}
var IDENTITY = { calibrated: false, eceBefore: null, eceAfter: null, apply: (s) => s };
function fitCalibration(yTrue, score) {
  const n = yTrue.length;
  if (score.length !== n) throw new RangeError(`y_true has ${n} rows, the score ${score.length}`);
  const auc = rocAuc(yTrue, score);
  if (Number.isNaN(auc) || auc > 0.999 || n < 2 * FOLDS) return IDENTITY;
  const heldOutY = [];
  const heldOutBefore = [];
  const heldOutAfter = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const trainX = [];
    const trainY = [];
    for (let i = 0; i < n; i++) {
      if (i % FOLDS !== fold) {
        trainX.push(score[i]);
        trainY.push(yTrue[i]);
      }
    }
    const fit2 = fitIsotonic(trainX, trainY);
    for (let i = fold; i < n; i += FOLDS) {
      heldOutY.push(yTrue[i]);
      heldOutBefore.push(score[i]);
      heldOutAfter.push(predictIsotonic(fit2, score[i]));
    }
  }
  const eceBefore = equalCountEce(heldOutY, heldOutBefore);
  const eceAfter = equalCountEce(heldOutY, heldOutAfter);
  if (!(eceBefore > eceAfter)) return { calibrated: false, eceBefore, eceAfter, apply: (s) => s };
  const fit = fitIsotonic(score, yTrue);
  return { calibrated: true, eceBefore, eceAfter, apply: (s) => predictIsotonic(fit, s) };
}

// src/stats/cbpe/estimate-roc-auc.ts
function estimateRocAuc(score, calibrated) {
  const n = score.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => score[b] - score[a] || a - b);
  const tpsAt = [];
  const fpsAt = [];
  const tp = new CompensatedSum();
  let fpSum = 0;
  for (let j = 0; j < n; j++) {
    const row = order[j];
    tp.add(calibrated[row]);
    fpSum += 1 - calibrated[row];
    const next = order[j + 1];
    if (next === void 0 || score[next] !== score[row]) {
      tpsAt.push(tp.value);
      fpsAt.push(fpSum);
    }
  }
  return rocArea(tpsAt, fpsAt);
}

// src/stats/cbpe/sampling-error.ts
function bernoulliStd(ones, zeros, scale = 1) {
  const total = ones + zeros;
  if (total === 0) return Number.NaN;
  const q = ones / total;
  return scale * Math.sqrt(q * (1 - q));
}
function aurocComponents(yTrue, score) {
  const n = yTrue.length;
  let positives = 0;
  for (let i = 0; i < n; i++) positives += yTrue[i] === 1 ? 1 : 0;
  const flip = positives / n > 0.5;
  const label = (i) => flip ? 1 - (yTrue[i] === 1 ? 1 : 0) : yTrue[i] === 1 ? 1 : 0;
  const value = (i) => flip ? 1 - score[i] : score[i];
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => value(a) - value(b) || a - b);
  const pos = flip ? n - positives : positives;
  const neg = n - pos;
  const terms = [];
  for (let rank2 = 1; rank2 < n; rank2++) {
    if (label(order[rank2]) === 1) terms.push((rank2 - terms.length) / neg);
  }
  let mean = 0;
  for (const t of terms) mean += t;
  mean /= terms.length;
  let sq = 0;
  for (const t of terms) sq += (t - mean) ** 2;
  return { std: Math.sqrt(sq / terms.length), fraction: pos / n };
}
function samplingComponents(yTrue, yPred, score) {
  const n = yTrue.length;
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < n; i++) {
    const t = yTrue[i] === 1;
    const p = yPred[i] === 1;
    if (t && p) tp++;
    else if (!t && p) fp++;
    else if (t && !p) fn++;
    else tn++;
  }
  const f1Scale = (tp + fp + fn) / (tp + (fp + fn) / 2);
  return {
    accuracy: { std: bernoulliStd(tp + tn, fp + fn), fraction: 1 },
    precision: { std: bernoulliStd(tp, fp), fraction: (tp + fp) / n },
    recall: { std: bernoulliStd(tp, fn), fraction: (tp + fn) / n },
    specificity: { std: bernoulliStd(tn, fp), fraction: (tn + fp) / n },
    f1: { std: bernoulliStd(tp, fp + fn, f1Scale), fraction: (tp + fp + fn) / n },
    roc_auc: aurocComponents(yTrue, score)
  };
}
function standardError(component, rows) {
  return component.std / Math.sqrt(rows * component.fraction);
}

// src/stats/cbpe/types.ts
var CBPE_METRICS = ["accuracy", "precision", "recall", "f1", "specificity", "roc_auc"];
function band(value, standardError2) {
  return {
    value,
    standard_error: standardError2,
    lower: Math.max(0, value - 3 * standardError2),
    upper: Math.min(1, value + 3 * standardError2)
  };
}

// src/stats/cbpe/binary.ts
function expectedConfusionMatrix(calibrated, yPred) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (let i = 0; i < calibrated.length; i++) {
    const p = calibrated[i];
    if (yPred[i] === 1) {
      tp += p;
      fp += 1 - p;
    } else {
      fn += p;
      tn += 1 - p;
    }
  }
  return [
    [tn, fp],
    [fn, tp]
  ];
}
function fitCbpeBinary(reference) {
  const n = reference.yTrue.length;
  if (reference.score.length !== n || reference.yPred.length !== n) {
    throw new RangeError("the reference label, score and prediction columns differ in length");
  }
  confusionMatrix(reference.yTrue, reference.yPred, 2);
  const calibration = fitCalibration(reference.yTrue, reference.score);
  const components = samplingComponents(reference.yTrue, reference.yPred, reference.score);
  return {
    calibration,
    components,
    estimate(current) {
      const m = current.score.length;
      if (current.yPred.length !== m) throw new RangeError("the current score and prediction columns differ in length");
      const calibrated = Float64Array.from({ length: m }, (_, i) => calibration.apply(current.score[i]));
      const matrix = expectedConfusionMatrix(calibrated, current.yPred);
      const values = {
        accuracy: accuracyFromMatrix(matrix),
        precision: precisionFromMatrix(matrix, "binary"),
        recall: recallFromMatrix(matrix, "binary"),
        f1: f1FromMatrix(matrix, "binary"),
        specificity: specificityFromMatrix(matrix, "binary"),
        roc_auc: estimateRocAuc(current.score, calibrated)
      };
      const metrics = Object.fromEntries(
        Object.keys(values).map((k) => [k, band(values[k], standardError(components[k], m))])
      );
      return { rows: m, calibrated: calibration.calibrated, confusion_matrix: matrix, metrics };
    }
  };
}

// src/stats/cbpe/multiclass.ts
function oneVsRest(codes, k) {
  return Uint8Array.from({ length: codes.length }, (_, i) => codes[i] === k ? 1 : 0);
}
function fitCbpeMulticlass(reference) {
  const classes = reference.scores.length;
  const n = reference.yTrue.length;
  if (reference.yPred.length !== n || reference.scores.some((s) => s.length !== n)) {
    throw new RangeError("the reference label, score and prediction columns differ in length");
  }
  confusionMatrix(reference.yTrue, reference.yPred, classes);
  const calibrations = [];
  const components = [];
  for (let k = 0; k < classes; k++) {
    const isK = oneVsRest(reference.yTrue, k);
    calibrations.push(fitCalibration(isK, reference.scores[k]));
    components.push(samplingComponents(isK, oneVsRest(reference.yPred, k), reference.scores[k]));
  }
  let correct = 0;
  for (let i = 0; i < n; i++) correct += reference.yTrue[i] === reference.yPred[i] ? 1 : 0;
  const q = correct / n;
  const accuracyStd = Math.sqrt(q * (1 - q));
  return {
    calibrations,
    estimate(current) {
      const m = current.yPred.length;
      if (current.scores.length !== classes || current.scores.some((s) => s.length !== m)) {
        throw new RangeError(`expected ${classes} score columns of ${m} rows`);
      }
      const calibrated = current.scores.map(
        (column2, k) => Float64Array.from({ length: m }, (_, i) => calibrations[k].apply(column2[i]))
      );
      const matrix = Array.from({ length: classes }, () => new Array(classes).fill(0));
      for (let i = 0; i < m; i++) {
        let total = 0;
        for (let k = 0; k < classes; k++) total += calibrated[k][i];
        for (let k = 0; k < classes; k++) {
          const p = total > 0 ? calibrated[k][i] / total : 1 / classes;
          calibrated[k][i] = p;
          const predicted = current.yPred[i];
          const row = matrix[k];
          if (predicted < 0 || predicted >= classes) throw new RangeError(`row ${i}: class code ${predicted} outside 0\u2026${classes - 1}`);
          row[predicted] += p;
        }
      }
      let aucSum = 0;
      for (let k = 0; k < classes; k++) aucSum += estimateRocAuc(current.scores[k], calibrated[k]);
      const values = {
        accuracy: accuracyFromMatrix(matrix),
        precision: precisionFromMatrix(matrix, "macro"),
        recall: recallFromMatrix(matrix, "macro"),
        f1: f1FromMatrix(matrix, "macro"),
        specificity: specificityFromMatrix(matrix, "macro"),
        roc_auc: aucSum / classes
      };
      const se = (metric) => {
        if (metric === "accuracy") return accuracyStd / Math.sqrt(m);
        let sq = 0;
        for (const c of components) sq += standardError(c[metric], m) ** 2;
        return Math.sqrt(sq) / classes;
      };
      const metrics = Object.fromEntries(
        Object.keys(values).map((k) => [k, band(values[k], se(k))])
      );
      return { rows: m, calibrated: calibrations.map((c) => c.calibrated), confusion_matrix: matrix, metrics };
    }
  };
}

// src/checks/performance-decode.ts
var BINARY_TEXT = { "1": 1, "0": 0, true: 1, false: 0, yes: 1, no: 0, "1.0": 1, "0.0": 0 };
function cellText(column2, row) {
  if (column2.kind === "categorical") {
    const code = column2.codes[row];
    return code < 0 ? null : column2.dictionary[code];
  }
  const v = column2.values[row];
  return Number.isNaN(v) ? null : String(v);
}
function classCode(column2, row, task, classes) {
  const text = cellText(column2, row);
  if (text === null) return -1;
  if (task === "binary_classification") return BINARY_TEXT[text.trim().toLowerCase()] ?? -2;
  const index = classes.indexOf(text);
  return index < 0 ? -2 : index;
}
function numericColumn2(table, name, role) {
  if (name === void 0) return `the policy names no ${role} column`;
  const column2 = table.column(name);
  if (column2 === void 0) return `${table.origin}: no ${role} column "${name}"`;
  if (column2.kind !== "numeric") return `${table.origin}: the ${role} column "${name}" is ${column2.kind}, not numeric`;
  return column2.values;
}
function expectedLabels(task, classes) {
  return task === "binary_classification" ? "0/1, true/false or yes/no" : `one of ${classes.map((c) => `"${c}"`).join(", ")}`;
}
function decode(table, target, targetOrigin, options) {
  const { task, columns } = options;
  const n = table.rowCount;
  if (task === "regression") {
    if (target !== null && target.kind !== "numeric") {
      return { ok: false, message: `${targetOrigin}: the label column "${target.name}" holds ${target.kind === "categorical" ? "text" : "timestamps"}, but a regression target must be numeric` };
    }
    const predicted = numericColumn2(table, columns.prediction ?? columns.score, "prediction");
    if (typeof predicted === "string") return { ok: false, message: predicted };
    const rows2 = [];
    let missingPredictions2 = 0;
    for (let i = 0; i < n; i++) {
      if (target !== null && Number.isNaN(target.values[i])) continue;
      if (Number.isNaN(predicted[i])) missingPredictions2++;
      else rows2.push(i);
    }
    const picked2 = Uint32Array.from(rows2);
    return {
      ok: true,
      decoded: {
        kind: "regression",
        rows: picked2,
        yTrue: target === null ? null : Float64Array.from(picked2, (r) => target.values[r]),
        yPred: Float64Array.from(picked2, (r) => predicted[r]),
        missingPredictions: missingPredictions2
      }
    };
  }
  const classes = task === "binary_classification" ? ["0", "1"] : Object.keys(columns.class_scores ?? {});
  if (task === "multiclass_classification" && classes.length < 2) {
    return { ok: false, message: "a multiclass model needs columns.class_scores (class \u2192 score column) to know its classes" };
  }
  if (target !== null && target.kind === "timestamp") {
    return { ok: false, message: `${targetOrigin}: the label column "${target.name}" holds timestamps, not classes` };
  }
  let scores = null;
  const scoreNames = task === "binary_classification" ? columns.score === void 0 ? [] : [columns.score] : classes.map((c) => columns.class_scores[c]);
  if (scoreNames.length > 0 && scoreNames.every((name) => table.has(name))) {
    const read = [];
    for (const name of scoreNames) {
      const values = numericColumn2(table, name, "score");
      if (typeof values === "string") return { ok: false, message: values };
      read.push(values);
    }
    scores = read;
  } else if (options.needScores || options.decisionThreshold !== void 0 && task === "binary_classification") {
    return { ok: false, message: `${table.origin}: this check needs the model's score column${scoreNames.length > 1 ? "s" : ""} (${scoreNames.join(", ") || "columns.score"})` };
  }
  const predictionColumn = columns.prediction === void 0 ? void 0 : table.column(columns.prediction);
  const useThreshold = task === "binary_classification" && (options.decisionThreshold !== void 0 || predictionColumn === void 0);
  if (!useThreshold && predictionColumn === void 0 && scores === null) {
    return { ok: false, message: `${table.origin}: no prediction column${columns.prediction ? ` "${columns.prediction}"` : ""} and no scores to derive one from` };
  }
  if (useThreshold && scores === null) return { ok: false, message: `${table.origin}: no prediction and no score column to threshold` };
  const threshold = options.decisionThreshold ?? 0.5;
  const rows = [];
  const yTrue = [];
  const yPred = [];
  let missingPredictions = 0;
  for (let i = 0; i < n; i++) {
    let t = -1;
    if (target !== null) {
      t = classCode(target, i, task, classes);
      if (t === -1) continue;
      if (t === -2) {
        return { ok: false, message: `${targetOrigin}: the label column "${target.name}" holds "${cellText(target, i)}" (row ${i + 1} of the evaluated rows), which is not a class of this model (expected ${expectedLabels(task, classes)})` };
      }
    }
    let p;
    if (useThreshold) {
      const s = scores[0][i];
      p = Number.isNaN(s) ? -1 : s >= threshold ? 1 : 0;
    } else if (predictionColumn !== void 0) {
      p = classCode(predictionColumn, i, task, classes);
      if (p === -2) {
        return { ok: false, message: `${table.origin}: the prediction column "${predictionColumn.name}" holds "${cellText(predictionColumn, i)}" (row ${i + 1}), which is not a class of this model (expected ${expectedLabels(task, classes)})` };
      }
    } else {
      p = argmax(scores, i);
    }
    const scoreMissing = scores !== null && options.needScores && scores.some((column2) => Number.isNaN(column2[i]));
    if (p < 0 || scoreMissing) {
      missingPredictions++;
      continue;
    }
    rows.push(i);
    yTrue.push(t);
    yPred.push(p);
  }
  const picked = Uint32Array.from(rows);
  return {
    ok: true,
    decoded: {
      kind: "classification",
      classes,
      rows: picked,
      yTrue: target === null ? null : Int32Array.from(yTrue),
      yPred: Int32Array.from(yPred),
      scores: scores === null ? null : scores.map((column2) => Float64Array.from(picked, (r) => column2[r])),
      missingPredictions
    }
  };
}
function argmax(scores, row) {
  let best = -1;
  let bestValue = Number.NEGATIVE_INFINITY;
  scores.forEach((column2, k) => {
    const v = column2[row];
    if (v > bestValue) {
      bestValue = v;
      best = k;
    }
  });
  return best;
}
function subset(decoded, positions) {
  const idx = Uint32Array.from(positions);
  if (decoded.kind === "regression") {
    return {
      ...decoded,
      rows: Uint32Array.from(idx, (p) => decoded.rows[p]),
      yTrue: decoded.yTrue === null ? null : Float64Array.from(idx, (p) => decoded.yTrue[p]),
      yPred: Float64Array.from(idx, (p) => decoded.yPred[p])
    };
  }
  return {
    ...decoded,
    rows: Uint32Array.from(idx, (p) => decoded.rows[p]),
    yTrue: decoded.yTrue === null ? null : Int32Array.from(idx, (p) => decoded.yTrue[p]),
    yPred: Int32Array.from(idx, (p) => decoded.yPred[p]),
    scores: decoded.scores === null ? null : decoded.scores.map((c) => Float64Array.from(idx, (p) => c[p]))
  };
}

// src/stats/metrics/average-precision.ts
function averagePrecision(yTrue, score) {
  const { tps, fps } = binaryClfCurve(yTrue, score);
  const positives = tps[tps.length - 1] ?? 0;
  if (positives === 0) return Number.NaN;
  const ap = new CompensatedSum();
  let previousRecall = 0;
  for (let j = 0; j < tps.length; j++) {
    const tp = tps[j];
    const recall = tp / positives;
    ap.add((recall - previousRecall) * (tp / (tp + fps[j])));
    previousRecall = recall;
    if (tp === positives) break;
  }
  return ap.value;
}

// src/stats/metrics/log-loss.ts
var EPS = Number.EPSILON;
function clip(p) {
  return Math.min(Math.max(p, EPS), 1 - EPS);
}
function logLossBinary(yTrue, probability) {
  const n = yTrue.length;
  if (probability.length !== n) throw new RangeError(`y_true has ${n} rows, the probability ${probability.length}`);
  const loss = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const p = clip(probability[i]);
    const q = 1 - p;
    const total = q + p;
    loss.add(-Math.log((yTrue[i] === 1 ? p : q) / total));
  }
  return n === 0 ? Number.NaN : loss.value / n;
}
function logLossMulticlass(yTrue, probabilities) {
  const n = yTrue.length;
  for (const column2 of probabilities) {
    if (column2.length !== n) throw new RangeError(`y_true has ${n} rows, a probability column ${column2.length}`);
  }
  const loss = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const k = yTrue[i];
    const own = probabilities[k];
    if (own === void 0) throw new RangeError(`row ${i}: class ${k} has no probability column`);
    let total = 0;
    for (const column2 of probabilities) total += clip(column2[i]);
    loss.add(-Math.log(clip(own[i]) / total));
  }
  return n === 0 ? Number.NaN : loss.value / n;
}

// src/stats/metrics/brier.ts
function brierScore(yTrue, probability) {
  const n = yTrue.length;
  if (probability.length !== n) throw new RangeError(`y_true has ${n} rows, the probability ${probability.length}`);
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    const d = (yTrue[i] === 1 ? 1 : 0) - probability[i];
    sum.add(d * d);
  }
  return n === 0 ? Number.NaN : sum.value / n;
}

// src/stats/metrics/ece.ts
function expectedCalibrationError(outcome2, probability, binCount = 10) {
  const n = outcome2.length;
  if (probability.length !== n) throw new RangeError(`the outcome has ${n} rows, the probability ${probability.length}`);
  const step = 1 / binCount;
  const innerEdges = Array.from({ length: binCount - 1 }, (_, i) => (i + 1) * step);
  const sumProbability = new Float64Array(binCount);
  const sumOutcome = new Float64Array(binCount);
  const count2 = new Float64Array(binCount);
  for (let i = 0; i < n; i++) {
    const p = probability[i];
    if (!(p >= 0 && p <= 1)) throw new RangeError(`row ${i}: probability ${p} lies outside [0, 1]`);
    let lo = 0;
    let hi = innerEdges.length;
    while (lo < hi) {
      const mid = lo + hi >> 1;
      if (innerEdges[mid] < p) lo = mid + 1;
      else hi = mid;
    }
    sumProbability[lo] += p;
    sumOutcome[lo] += outcome2[i] === 1 ? 1 : 0;
    count2[lo] += 1;
  }
  if (n === 0) return Number.NaN;
  let ece = 0;
  for (let b = 0; b < binCount; b++) {
    const c = count2[b];
    if (c === 0) continue;
    ece += c / n * Math.abs(sumOutcome[b] / c - sumProbability[b] / c);
  }
  return ece;
}

// src/stats/metrics/regression.ts
function check(yTrue, yPred) {
  if (yTrue.length !== yPred.length) throw new RangeError(`y_true has ${yTrue.length} rows, y_pred ${yPred.length}`);
  return yTrue.length;
}
function meanOf(n, term) {
  if (n === 0) return Number.NaN;
  const sum = new CompensatedSum();
  for (let i = 0; i < n; i++) sum.add(term(i));
  return sum.value / n;
}
function meanAbsoluteError(yTrue, yPred) {
  return meanOf(check(yTrue, yPred), (i) => Math.abs(yTrue[i] - yPred[i]));
}
function meanSquaredError(yTrue, yPred) {
  return meanOf(check(yTrue, yPred), (i) => (yTrue[i] - yPred[i]) ** 2);
}
function rootMeanSquaredError(yTrue, yPred) {
  return Math.sqrt(meanSquaredError(yTrue, yPred));
}
function meanAbsolutePercentageError(yTrue, yPred) {
  return meanOf(check(yTrue, yPred), (i) => Math.abs(yTrue[i] - yPred[i]) / Math.max(Math.abs(yTrue[i]), Number.EPSILON));
}
function r2Score(yTrue, yPred) {
  const n = check(yTrue, yPred);
  if (n === 0) return Number.NaN;
  const mean = meanOf(n, (i) => yTrue[i]);
  const residual = new CompensatedSum();
  const total = new CompensatedSum();
  for (let i = 0; i < n; i++) {
    residual.add((yTrue[i] - yPred[i]) ** 2);
    total.add((yTrue[i] - mean) ** 2);
  }
  if (total.value === 0) return residual.value === 0 ? 1 : 0;
  return 1 - residual.value / total.value;
}

// src/checks/performance-metric.ts
var REGRESSION_METRICS = ["mae", "mse", "rmse", "mape", "r2"];
var SCORE_METRICS = ["roc_auc", "average_precision", "log_loss", "brier", "ece"];
var BINARY_ONLY_METRICS = ["average_precision", "brier"];
function metricFitsTask(metric, task) {
  const regression = REGRESSION_METRICS.includes(metric);
  if (task === "regression" && !regression) return `metric ${metric} is for classification, but the model's task is regression`;
  if (task !== "regression" && regression) return `metric ${metric} is for regression, but the model's task is ${task}`;
  if (task === "multiclass_classification" && BINARY_ONLY_METRICS.includes(metric)) {
    return `metric ${metric} is defined for binary classification only (as in scikit-learn 1.2.1)`;
  }
  return null;
}
function metricRange(metric) {
  if (metric === "r2") return [Number.NEGATIVE_INFINITY, 1];
  if (["log_loss", "mae", "mse", "rmse", "mape"].includes(metric)) return [0, Number.POSITIVE_INFINITY];
  return [0, 1];
}
function computeMetric(metric, decoded, average) {
  if (decoded.yTrue === null) throw new Error("computeMetric needs labels");
  if (decoded.kind === "regression") {
    const y = decoded.yTrue;
    const p = decoded.yPred;
    const value2 = metric === "mae" ? meanAbsoluteError(y, p) : metric === "mse" ? meanSquaredError(y, p) : metric === "rmse" ? rootMeanSquaredError(y, p) : metric === "mape" ? meanAbsolutePercentageError(y, p) : r2Score(y, p);
    return { value: value2, confusion: null };
  }
  const { yTrue, yPred, scores, classes } = decoded;
  const binary2 = classes.length === 2 && classes[0] === "0" && classes[1] === "1";
  const averaging = binary2 ? "binary" : average;
  const cm = confusionMatrix(yTrue, yPred, classes.length);
  const needScores = () => {
    if (scores === null) throw new Error(`metric ${metric} needs scores`);
    return scores;
  };
  let value;
  switch (metric) {
    case "accuracy":
      value = accuracyFromMatrix(cm);
      break;
    case "balanced_accuracy":
      value = balancedAccuracyFromMatrix(cm);
      break;
    case "precision":
      value = precisionFromMatrix(cm, averaging);
      break;
    case "recall":
      value = recallFromMatrix(cm, averaging);
      break;
    case "f1":
      value = f1FromMatrix(cm, averaging);
      break;
    case "specificity":
      value = specificityFromMatrix(cm, averaging);
      break;
    case "roc_auc":
      value = binary2 ? rocAuc(yTrue, needScores()[0]) : rocAucOvr(yTrue, needScores(), average);
      break;
    case "average_precision":
      value = averagePrecision(yTrue, needScores()[0]);
      break;
    case "brier":
      value = brierScore(yTrue, needScores()[0]);
      break;
    case "log_loss":
      value = binary2 ? logLossBinary(yTrue, needScores()[0]) : logLossMulticlass(yTrue, needScores());
      break;
    case "ece": {
      const s = needScores();
      if (binary2) {
        value = expectedCalibrationError(yTrue, s[0]);
      } else {
        const correct = Int32Array.from(yTrue, (t, i) => t === yPred[i] ? 1 : 0);
        const confidence = Float64Array.from(yTrue, (_, i) => s[yPred[i]][i]);
        value = expectedCalibrationError(correct, confidence);
      }
      break;
    }
    default:
      throw new Error(`metric ${metric} is not a classification metric`);
  }
  return { value, confusion: cm };
}

// src/checks/performance-threshold.ts
var DERIVED_CHUNKS = 10;
var DERIVED_STDS = 3;
function deriveBand(metric, reference, average) {
  const n = reference.rows.length;
  if (n < 2 * DERIVED_CHUNKS) return `the reference has ${n} labelled rows, too few to derive thresholds from ${DERIVED_CHUNKS} chunks`;
  const values = [];
  for (let c = 0; c < DERIVED_CHUNKS; c++) {
    const lo = Math.floor(c * n / DERIVED_CHUNKS);
    const hi = Math.floor((c + 1) * n / DERIVED_CHUNKS);
    const positions = Array.from({ length: hi - lo }, (_, i) => lo + i);
    const { value } = computeMetric(metric, subset(reference, positions), average);
    if (Number.isFinite(value)) values.push(value);
  }
  if (values.length < 2) return `${metric} is undefined on most reference chunks; no thresholds could be derived`;
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const std = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  const [low, high] = metricRange(metric);
  const lower = Math.max(low, mean - DERIVED_STDS * std);
  const upper = Math.min(high, mean + DERIVED_STDS * std);
  const fail = {};
  if (lower > low) fail.lt = lower;
  if (upper < high) fail.gt = upper;
  const chunkRows = Math.floor(n / DERIVED_CHUNKS);
  return {
    thresholds: { fail },
    derived_from: `reference: mean \xB1 ${DERIVED_STDS} std of ${metric} over ${values.length} chunks of about ${chunkRows} rows (${mean.toPrecision(4)} \xB1 ${(DERIVED_STDS * std).toPrecision(3)}, clipped to the metric's range)`,
    detail: {
      chunks: values.length,
      chunk_rows: chunkRows,
      mean,
      std,
      lower: lower > low ? lower : null,
      upper: upper < high ? upper : null
    }
  };
}

// src/checks/performance.ts
function fmt(value) {
  return value === null || !Number.isFinite(value) ? String(value) : Number(value.toPrecision(4)).toString();
}
function iso(ms) {
  return ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString();
}
function evaluatedDetail(rows, labelled) {
  const total = rows.table.rowCount;
  return {
    start: iso(rows.window?.start ?? null),
    end: iso(rows.window?.end ?? null),
    delay: rows.window?.delay ?? null,
    rows: total,
    labelled_rows: labelled,
    labelled_coverage: total === 0 ? null : labelled / total,
    join: rows.join
  };
}
function groupsOf(table, by, decoded) {
  const column2 = table.column(by);
  if (column2 === void 0) return `${table.origin}: no column "${by}" to group by`;
  const groups = /* @__PURE__ */ new Map();
  decoded.rows.forEach((row, position) => {
    let key;
    if (column2.kind === "categorical") {
      const code = column2.codes[row];
      key = code < 0 ? "(missing)" : column2.dictionary[code];
    } else {
      const v = column2.values[row];
      key = Number.isNaN(v) ? "(missing)" : column2.kind === "timestamp" ? new Date(v).toISOString() : String(v);
    }
    const list = groups.get(key);
    if (list) list.push(position);
    else groups.set(key, [position]);
  });
  return groups;
}
function verdict(value, thresholds, reference) {
  if (!Number.isFinite(value)) return { status: "no_data", note: `the metric is undefined here (${value})` };
  const v = judge(value, thresholds, reference);
  if (v.status === "error") return { status: "error", note: v.reason };
  if (v.status === "pass") return { status: "pass", note: "within thresholds" };
  return { status: v.status, note: `${v.status}: ${v.breached ?? "threshold breached"}` };
}
function run(spec, context) {
  const { policy } = context;
  const task = policy.model.task;
  const base = { value: null, thresholds: {}, details: null };
  const misfit = metricFitsTask(spec.metric, task);
  if (misfit !== null) return { ...base, status: "error", message: misfit };
  const rowsResult = evaluatedRows(context);
  if (!rowsResult.ok) return { ...base, status: "error", message: rowsResult.message };
  const rows = rowsResult.rows;
  const decodeOptions = {
    task,
    columns: policy.columns,
    ...spec.decision_threshold === void 0 ? {} : { decisionThreshold: spec.decision_threshold }
  };
  const cbpeMetric = CBPE_METRICS.includes(spec.metric) ? spec.metric : null;
  const needScores = SCORE_METRICS.includes(spec.metric);
  let labelled = null;
  if (rows.target !== null) {
    const decoded = decode(rows.table, rows.target, rows.targetOrigin, { ...decodeOptions, needScores });
    if (!decoded.ok) return { ...base, status: "error", message: decoded.message };
    labelled = decoded.decoded;
  }
  const labelledCount = labelled === null ? 0 : labelled.rows.length + labelled.missingPredictions;
  const evaluated = evaluatedDetail(rows, labelledCount);
  let reference = null;
  const target = policy.columns.target;
  const refTable = context.reference;
  if (refTable !== null && target !== void 0 && refTable.has(target)) {
    const decoded = decode(refTable, refTable.column(target), refTable.origin, {
      ...decodeOptions,
      needScores: needScores || spec.when_unlabelled === "estimate"
    });
    if (!decoded.ok) return { ...base, status: "error", message: `reference: ${decoded.message}` };
    reference = decoded.decoded;
  }
  const referenceValue = reference === null || reference.rows.length === 0 ? null : computeMetric(spec.metric, reference, spec.average).value;
  let thresholds = { ...spec.warn ? { warn: spec.warn } : {}, ...spec.fail ? { fail: spec.fail } : {} };
  let derived = null;
  if (spec.warn === void 0 && spec.fail === void 0) {
    if (reference === null) {
      return { ...base, status: "error", message: "no thresholds were written and there is no labelled reference data to derive them from" };
    }
    const band2 = deriveBand(spec.metric, reference, spec.average);
    if (typeof band2 === "string") return { ...base, reference_value: referenceValue, status: "error", message: band2 };
    thresholds = { ...band2.thresholds, derived_from: band2.derived_from };
    derived = band2.detail;
  }
  let measured;
  if (labelled !== null && labelled.rows.length >= spec.min_samples) {
    measured = {
      table: rows.table,
      decoded: labelled,
      estimated: false,
      value: (d) => ({ ...computeMetric(spec.metric, d, spec.average), estimate: null })
    };
  } else if (spec.when_unlabelled === "estimate") {
    const why = estimateUnavailable(spec, task, cbpeMetric, reference);
    if (why !== null) return { ...base, reference_value: referenceValue, thresholds, status: "no_data", message: `${labelledCount} labelled predictions, fewer than min_samples ${spec.min_samples}, and ${why}` };
    const current = decode(context.current, null, context.current.origin, { ...decodeOptions, needScores: true });
    if (!current.ok) return { ...base, status: "error", message: current.message };
    if (current.decoded.rows.length < spec.min_samples) {
      return { ...base, reference_value: referenceValue, thresholds, status: "no_data", message: `${current.decoded.rows.length} current predictions, fewer than min_samples ${spec.min_samples}, even for an estimate` };
    }
    const estimator = fitEstimator(reference);
    measured = {
      table: context.current,
      decoded: current.decoded,
      estimated: true,
      value: (d) => {
        const estimate = estimator(d);
        return { value: estimate.metrics[cbpeMetric].value, confusion: estimate.confusion_matrix, estimate };
      }
    };
  } else {
    const message = rows.target === null ? "no labels: neither data.labels nor a target column in the current data" : `${labelledCount} labelled predictions in the evaluated window, fewer than min_samples ${spec.min_samples}`;
    return { ...base, reference_value: referenceValue, thresholds, status: "no_data", message, details: emptyDetails2(spec, evaluated, derived, labelled) };
  }
  const overall = measured.value(measured.decoded);
  const { status: overallStatus, note } = verdict(overall.value, thresholds, referenceValue);
  const groups = [];
  if (spec.by !== void 0) {
    const grouped2 = groupsOf(measured.table, spec.by, measured.decoded);
    if (typeof grouped2 === "string") return { ...base, status: "error", message: grouped2 };
    const refGroups = reference !== null && refTable !== null && refTable.has(spec.by) ? groupsOf(refTable, spec.by, reference) : null;
    for (const [group, positions] of [...grouped2].sort((a, b) => b[1].length - a[1].length)) {
      const refPositions = refGroups instanceof Map ? refGroups.get(group) : void 0;
      const groupReference = refPositions && reference ? computeMetric(spec.metric, subset(reference, refPositions), spec.average).value : null;
      if (positions.length < spec.min_group_size) {
        groups.push({ group, rows: positions.length, value: null, reference_value: groupReference, estimated: measured.estimated, status: "no_data", message: `${positions.length} rows, fewer than min_group_size ${spec.min_group_size}` });
        continue;
      }
      const { value } = measured.value(subset(measured.decoded, positions));
      const judged2 = verdict(value, thresholds, groupReference);
      groups.push({ group, rows: positions.length, value: Number.isFinite(value) ? value : null, reference_value: groupReference, estimated: measured.estimated, status: judged2.status, message: `${spec.metric} ${fmt(value)}: ${judged2.note}` });
    }
  }
  const evaluatedGroups = groups.filter((g) => g.status !== "no_data").map((g) => g.status);
  const status = worstStatus([overallStatus, ...evaluatedGroups], "no_data");
  const classes = measured.decoded.kind === "classification" ? measured.decoded.classes : null;
  const details2 = {
    kind: "performance",
    metric: spec.metric,
    estimated: measured.estimated,
    evaluated,
    confusion_matrix: classes !== null && overall.confusion !== null ? { labels: classes, matrix: overall.confusion } : null,
    decision_threshold: spec.decision_threshold ?? null,
    missing_predictions: measured.decoded.missingPredictions,
    estimate: overall.estimate === null ? null : {
      standard_error: overall.estimate.metrics[cbpeMetric].standard_error,
      lower: overall.estimate.metrics[cbpeMetric].lower,
      upper: overall.estimate.metrics[cbpeMetric].upper,
      calibrated: overall.estimate.calibrated
    },
    derived,
    groups
  };
  const what = measured.estimated ? `estimated ${spec.metric} ${fmt(overall.value)} (CBPE, \xB13 SE ${fmt(details2.estimate.lower)}\u2013${fmt(details2.estimate.upper)}) on ${measured.decoded.rows.length} unlabelled predictions` : `${spec.metric} ${fmt(overall.value)} on ${measured.decoded.rows.length} labelled predictions (coverage ${evaluated.labelled_coverage === null ? "n/a" : `${Math.round(evaluated.labelled_coverage * 1e3) / 10}%`})`;
  const refText = referenceValue === null ? "" : `, reference ${fmt(referenceValue)}`;
  const thresholdNote = derived !== null ? ` (derived band ${fmt(derived.lower ?? Number.NEGATIVE_INFINITY)} to ${fmt(derived.upper ?? Number.POSITIVE_INFINITY)})` : "";
  const groupNote = groups.length === 0 ? "" : `; ${groups.filter((g) => g.status === "fail" || g.status === "warn").length} of ${groups.length} groups breach`;
  return {
    status,
    value: Number.isFinite(overall.value) ? overall.value : null,
    reference_value: referenceValue,
    estimated: measured.estimated,
    thresholds,
    message: `${what}${refText}; ${note}${thresholdNote}${groupNote}`,
    details: details2
  };
}
function estimateUnavailable(spec, task, metric, reference) {
  if (metric === null) return `CBPE cannot estimate ${spec.metric} (it estimates ${CBPE_METRICS.join(", ")})`;
  if (task === "regression") return "CBPE estimates classification metrics only";
  if (task === "multiclass_classification" && spec.average !== "macro") return "CBPE estimates macro averages only";
  if (reference === null || reference.kind !== "classification" || reference.scores === null || reference.rows.length === 0) {
    return "CBPE needs labelled reference data with scores";
  }
  return null;
}
function fitEstimator(reference) {
  if (reference.kind !== "classification" || reference.yTrue === null || reference.scores === null) {
    throw new Error("CBPE needs labelled classification reference data with scores");
  }
  if (reference.classes.length === 2 && reference.scores.length === 1) {
    const model2 = fitCbpeBinary({ yTrue: reference.yTrue, score: reference.scores[0], yPred: reference.yPred });
    return (d) => model2.estimate({ score: d.scores[0], yPred: d.yPred });
  }
  const model = fitCbpeMulticlass({ yTrue: reference.yTrue, scores: reference.scores, yPred: reference.yPred });
  return (d) => model.estimate({ scores: d.scores, yPred: d.yPred });
}
function emptyDetails2(spec, evaluated, derived, labelled) {
  return {
    kind: "performance",
    metric: spec.metric,
    estimated: false,
    evaluated,
    confusion_matrix: null,
    decision_threshold: spec.decision_threshold ?? null,
    missing_predictions: labelled?.missingPredictions ?? 0,
    estimate: null,
    derived,
    groups: []
  };
}
var performanceCheck = { type: "performance", run };

// src/stats/detectors/adwin.ts
var BucketRow = class {
  total;
  variance;
  count = 0;
  constructor(maxBuckets) {
    this.total = new Float64Array(maxBuckets + 1);
    this.variance = new Float64Array(maxBuckets + 1);
  }
  insert(total, variance) {
    this.total[this.count] = total;
    this.variance[this.count] = variance;
    this.count++;
  }
  /** Drops the n oldest buckets of this row. */
  compress(n) {
    this.total.copyWithin(0, n);
    this.variance.copyWithin(0, n);
    this.total.fill(0, this.total.length - n);
    this.variance.fill(0, this.variance.length - n);
    this.count -= n;
  }
};
var AdaptiveWindow = class {
  constructor(o) {
    this.o = o;
    this.rows = [new BucketRow(o.maxBuckets)];
  }
  o;
  rows;
  total = 0;
  variance = 0;
  width = 0;
  tick = 0;
  update(value) {
    this.#insert(value);
    return this.#detect();
  }
  #insert(value) {
    this.rows[0].insert(value, 0);
    this.width += 1;
    if (this.width > 1) {
      const previousMean = this.total / (this.width - 1);
      this.variance += (this.width - 1) * (value - previousMean) * (value - previousMean) / this.width;
    }
    this.total += value;
    this.#compress();
  }
  #compress() {
    for (let r = 0; r < this.rows.length; r++) {
      const row = this.rows[r];
      if (row.count !== this.o.maxBuckets + 1) break;
      if (this.rows[r + 1] === void 0) this.rows.push(new BucketRow(this.o.maxBuckets));
      const next = this.rows[r + 1];
      const size = 2 ** r;
      const mu1 = row.total[0] / size;
      const mu2 = row.total[1] / size;
      const merged = size * size * (mu1 - mu2) * (mu1 - mu2) / (size + size);
      next.insert(row.total[0] + row.total[1], row.variance[0] + row.variance[1] + merged);
      row.compress(2);
      if (next.count <= this.o.maxBuckets) break;
    }
  }
  /** Removes the oldest bucket; returns how many values it held. */
  #deleteOldest() {
    const r = this.rows.length - 1;
    const row = this.rows[r];
    const n = 2 ** r;
    const u = row.total[0];
    const mu = u / n;
    const v = row.variance[0];
    this.width -= n;
    this.total -= u;
    const muWindow = this.total / this.width;
    this.variance -= v + n * this.width * (mu - muWindow) * (mu - muWindow) / (n + this.width);
    row.compress(1);
    if (row.count === 0) this.rows.pop();
    return n;
  }
  #cutHolds(n0, n1, deltaMean) {
    const mwl = this.o.minWindowLength;
    const deltaPrime = Math.log(2 * Math.log(this.width) / this.o.delta);
    const mRecip = 1 / (n0 - mwl + 1) + 1 / (n1 - mwl + 1);
    const epsilon = Math.sqrt(2 * mRecip * (this.variance / this.width) * deltaPrime) + 2 / 3 * deltaPrime * mRecip;
    return Math.abs(deltaMean) > epsilon;
  }
  #detect() {
    let changed = false;
    this.tick += 1;
    if (this.tick % this.o.clock !== 0 || this.width <= this.o.gracePeriod) return false;
    let reduce = true;
    while (reduce) {
      reduce = false;
      let done = false;
      let n0 = 0;
      let n1 = this.width;
      let u0 = 0;
      let u1 = this.total;
      for (let r = this.rows.length - 1; r >= 0 && !done; r--) {
        const row = this.rows[r];
        const size = 2 ** r;
        for (let k = 0; k < row.count - 1; k++) {
          n0 += size;
          n1 -= size;
          u0 += row.total[k];
          u1 -= row.total[k];
          if (n1 >= this.o.minWindowLength && n0 >= this.o.minWindowLength && this.#cutHolds(n0, n1, u0 / n0 - u1 / n1)) {
            reduce = true;
            changed = true;
            if (this.width > 0) {
              this.#deleteOldest();
              done = true;
              break;
            }
          }
        }
      }
    }
    return changed;
  }
};
var Adwin = class {
  #options;
  #window;
  #drift = false;
  constructor(options = {}) {
    this.#options = {
      delta: options.delta ?? 2e-3,
      clock: options.clock ?? 32,
      maxBuckets: options.maxBuckets ?? 5,
      minWindowLength: options.minWindowLength ?? 5,
      gracePeriod: options.gracePeriod ?? 10
    };
    this.#window = new AdaptiveWindow(this.#options);
  }
  /** Values in the current window. */
  get width() {
    return this.#window.width;
  }
  /** Mean of the current window (0 when empty). */
  get estimation() {
    return this.#window.width === 0 ? 0 : this.#window.total / this.#window.width;
  }
  update(x) {
    if (this.#drift) this.#window = new AdaptiveWindow(this.#options);
    this.#drift = this.#window.update(x);
    return { drift: this.#drift };
  }
};

// src/stats/detectors/ddm.ts
var Ddm = class {
  #warmStart;
  #warningThreshold;
  #driftThreshold;
  #n = 0;
  #p = 0;
  #pMin = Number.POSITIVE_INFINITY;
  #sMin = Number.POSITIVE_INFINITY;
  #psMin = Number.POSITIVE_INFINITY;
  #drift = false;
  #warning = false;
  constructor(options = {}) {
    this.#warmStart = options.warmStart ?? 30;
    this.#warningThreshold = options.warningThreshold ?? 2;
    this.#driftThreshold = options.driftThreshold ?? 3;
  }
  #reset() {
    this.#n = 0;
    this.#p = 0;
    this.#pMin = Number.POSITIVE_INFINITY;
    this.#sMin = Number.POSITIVE_INFINITY;
    this.#psMin = Number.POSITIVE_INFINITY;
    this.#drift = false;
    this.#warning = false;
  }
  update(x) {
    if (this.#drift) this.#reset();
    this.#n += 1;
    this.#p += (x - this.#p) / this.#n;
    const p = this.#p;
    const s = Math.sqrt(p * (1 - p) / this.#n);
    if (this.#n > this.#warmStart) {
      if (p + s <= this.#psMin) {
        this.#pMin = p;
        this.#sMin = s;
        this.#psMin = p + s;
      }
      this.#warning = p + s > this.#pMin + this.#warningThreshold * this.#sMin;
      if (p + s > this.#pMin + this.#driftThreshold * this.#sMin) {
        this.#drift = true;
        this.#warning = false;
      }
    }
    return { drift: this.#drift, warning: this.#warning };
  }
};

// src/stats/detectors/page-hinkley.ts
var PageHinkley = class {
  #minInstances;
  #delta;
  #threshold;
  #alpha;
  #mode;
  #n = 0;
  #mean = 0;
  #sumIncrease = 0;
  #sumDecrease = 0;
  #minIncrease = Number.POSITIVE_INFINITY;
  #maxDecrease = -1;
  #drift = false;
  constructor(options = {}) {
    this.#minInstances = options.minInstances ?? 30;
    this.#delta = options.delta ?? 5e-3;
    this.#threshold = options.threshold ?? 50;
    this.#alpha = options.alpha ?? 1 - 1e-4;
    this.#mode = options.mode ?? "both";
    if (!["up", "down", "both"].includes(this.#mode)) throw new RangeError(`unknown Page-Hinkley mode "${this.#mode}"`);
  }
  #reset() {
    this.#n = 0;
    this.#mean = 0;
    this.#sumIncrease = 0;
    this.#sumDecrease = 0;
    this.#minIncrease = Number.POSITIVE_INFINITY;
    this.#maxDecrease = -1;
    this.#drift = false;
  }
  update(x) {
    if (this.#drift) this.#reset();
    this.#n += 1;
    this.#mean += (x - this.#mean) / this.#n;
    const deviation = x - this.#mean;
    this.#sumIncrease = this.#alpha * this.#sumIncrease + deviation - this.#delta;
    this.#sumDecrease = this.#alpha * this.#sumDecrease + deviation + this.#delta;
    if (this.#sumIncrease < this.#minIncrease) this.#minIncrease = this.#sumIncrease;
    if (this.#sumDecrease > this.#maxDecrease) this.#maxDecrease = this.#sumDecrease;
    if (this.#n >= this.#minInstances) {
      const up = this.#sumIncrease - this.#minIncrease > this.#threshold;
      const down = this.#maxDecrease - this.#sumDecrease > this.#threshold;
      this.#drift = this.#mode === "up" ? up : this.#mode === "down" ? down : up || down;
    }
    return { drift: this.#drift };
  }
};

// src/stats/detectors/batch.ts
function detectChanges(detector, values) {
  const changes = [];
  const warnings = [];
  let inWarning = false;
  for (let i = 0; i < values.length; i++) {
    const signal = detector.update(values[i]);
    if (signal.drift) changes.push(i);
    const warning = signal.warning === true;
    if (warning && !inWarning) warnings.push(i);
    inWarning = warning;
  }
  return { changes, warnings };
}

// src/stats/detectors/index.ts
function createDetector(spec) {
  switch (spec.kind) {
    case "adwin":
      return new Adwin(spec.options);
    case "page_hinkley":
      return new PageHinkley(spec.options);
    case "ddm":
      return new Ddm(spec.options);
  }
}

// src/checks/concept-drift.ts
function detectorSpec(spec) {
  const d = spec.detector;
  switch (d.kind) {
    case "adwin":
      return { kind: "adwin", options: { delta: d.delta, clock: d.clock, maxBuckets: d.max_buckets, minWindowLength: d.min_window_length, gracePeriod: d.grace_period } };
    case "page_hinkley":
      return { kind: "page_hinkley", options: { minInstances: d.min_instances, delta: d.delta, threshold: d.threshold, alpha: d.alpha, mode: d.mode } };
    case "ddm":
      return { kind: "ddm", options: { warmStart: d.warm_start, warningThreshold: d.warning_threshold, driftThreshold: d.drift_threshold } };
  }
}
function cellText2(column2, row) {
  if (column2 === void 0) return null;
  if (column2.kind === "categorical") {
    const code = column2.codes[row];
    return code < 0 ? null : column2.dictionary[code];
  }
  const v = column2.values[row];
  if (Number.isNaN(v)) return null;
  return column2.kind === "timestamp" ? new Date(v).toISOString() : String(v);
}
function run2(spec, context) {
  const { policy } = context;
  const task = policy.model.task;
  const thresholds = { ...spec.warn ? { warn: spec.warn } : {}, ...spec.fail ? { fail: spec.fail } : {} };
  const base = { value: null, thresholds, details: null };
  if (spec.detector.kind === "ddm" && task === "regression") {
    return { ...base, status: "error", message: "DDM reads 0/1 errors; for a regression model use adwin or page_hinkley" };
  }
  const rowsResult = evaluatedRows(context);
  if (!rowsResult.ok) return { ...base, status: "error", message: rowsResult.message };
  const rows = rowsResult.rows;
  if (rows.target === null) return { ...base, status: "no_data", message: "no labels: neither data.labels nor a target column in the current data" };
  const decoded = decode(rows.table, rows.target, rows.targetOrigin, {
    task,
    columns: policy.columns,
    needScores: false,
    ...spec.decision_threshold === void 0 ? {} : { decisionThreshold: spec.decision_threshold }
  });
  if (!decoded.ok) return { ...base, status: "error", message: decoded.message };
  const d = decoded.decoded;
  const n = d.rows.length;
  const labelled = n + d.missingPredictions;
  const total = rows.table.rowCount;
  const evaluated = {
    start: rows.window?.start == null ? null : new Date(rows.window.start).toISOString(),
    end: rows.window ? new Date(rows.window.end).toISOString() : null,
    delay: rows.window?.delay ?? null,
    rows: total,
    labelled_rows: labelled,
    labelled_coverage: total === 0 ? null : labelled / total,
    join: rows.join
  };
  if (n < spec.min_samples) {
    return { ...base, status: "no_data", message: `${n} labelled predictions in the evaluated window, fewer than min_samples ${spec.min_samples}` };
  }
  const timestamps = policy.columns.timestamp === void 0 ? void 0 : rows.table.column(policy.columns.timestamp);
  const order = Array.from({ length: n }, (_, i) => i);
  if (timestamps !== void 0 && timestamps.kind !== "categorical") {
    const t = (i) => timestamps.values[d.rows[i]];
    order.sort((a, b) => t(a) - t(b) || a - b);
  }
  const stream = new Float64Array(n);
  let sum = 0;
  order.forEach((position, k) => {
    const error2 = d.kind === "regression" ? Math.abs(d.yTrue[position] - d.yPred[position]) : d.yTrue[position] === d.yPred[position] ? 0 : 1;
    stream[k] = error2;
    sum += error2;
  });
  const found = detectChanges(createDetector(detectorSpec(spec)), stream);
  const idColumn = policy.columns.id === void 0 ? void 0 : rows.table.column(policy.columns.id);
  const point = (k) => {
    const row = d.rows[order[k]];
    return { row: k, id: cellText2(idColumn, row), timestamp: cellText2(timestamps, row) };
  };
  const changes = found.changes.map(point);
  const details2 = {
    kind: "concept_drift",
    detector: spec.detector,
    evaluated,
    stream: d.kind === "regression" ? "absolute_error" : "error",
    mean_error: sum / n,
    changes,
    warnings: found.warnings.map(point)
  };
  const verdict2 = judge(changes.length, thresholds);
  const status = verdict2.status;
  const where = changes.length === 0 ? "no change" : `${changes.length} change${changes.length === 1 ? "" : "s"}, first at row ${changes[0].row}${changes[0].timestamp ? ` (${changes[0].timestamp})` : ""}`;
  const reason = verdict2.status === "error" ? verdict2.reason : verdict2.status === "pass" ? "within thresholds" : `${verdict2.status}: ${verdict2.breached ?? ""}`;
  return {
    status,
    value: changes.length,
    thresholds,
    message: `${spec.detector.kind} over ${n} time-ordered ${details2.stream === "error" ? "errors" : "absolute errors"} (mean ${Number(details2.mean_error.toPrecision(3))}): ${where}; ${reason}`,
    details: details2
  };
}
var conceptDriftCheck = { type: "concept_drift", run: run2 };

// src/checks/registry.ts
var checkRegistry = {
  drift: driftCheck,
  data_quality: dataQualityCheck,
  fairness: fairnessCheck,
  operational: operationalCheck,
  business: businessCheck,
  performance: performanceCheck,
  concept_drift: conceptDriftCheck
};
function checkModuleFor(type) {
  return checkRegistry[type];
}

// src/engine/silences.ts
function silenceEnd(until) {
  return /^\d{4}-\d{2}-\d{2}$/.test(until) ? Date.parse(`${until}T23:59:59.999Z`) : Date.parse(until);
}
function applySilences(check2, silences, now) {
  if (check2.status !== "warn" && check2.status !== "fail") return check2;
  const silence = silences.find(
    (s) => (s.checks.length === 0 || s.checks.includes(check2.id)) && now.getTime() <= silenceEnd(s.until)
  );
  if (silence === void 0) return check2;
  return { ...check2, status: "silenced", message: `silenced until ${silence.until} (${silence.reason}); would be ${check2.status}: ${check2.message}` };
}

// src/engine/model.ts
function declaredKinds(policy) {
  const { columns } = policy;
  const kinds = { ...columns.types };
  for (const name of columns.features?.numerical ?? []) kinds[name] = "numeric";
  for (const name of columns.features?.categorical ?? []) kinds[name] = "categorical";
  if (columns.timestamp !== void 0) kinds[columns.timestamp] = "timestamp";
  if (columns.score !== void 0) kinds[columns.score] = "numeric";
  for (const name of Object.values(columns.class_scores ?? {})) kinds[name] = "numeric";
  return kinds;
}
async function loadData(policy, now, log) {
  const options = { kinds: declaredKinds(policy), skip: new Set(policy.columns.pii) };
  const tables = await readSources([policy.data.reference, policy.data.current, policy.data.labels?.source], options, log);
  const reference = tables[0] ?? null;
  const rawCurrent = tables[1];
  const labels = tables[2] ?? null;
  let currentUnwindowed = rawCurrent;
  let sampled = false;
  const sample = policy.data.sample;
  if (sample !== void 0 && rawCurrent.rowCount > sample.max_rows) {
    currentUnwindowed = sampleRows(rawCurrent, sample.max_rows, sample.seed);
    sampled = true;
  }
  let current = currentUnwindowed;
  let window = null;
  const length = policy.data.window;
  if (length !== void 0) {
    if (length.kind !== "time") throw new Error(`data.window must be a time span such as 7d, not "${length.text}"`);
    const timestamp = policy.columns.timestamp;
    if (timestamp === void 0) throw new Error("data.window needs columns.timestamp to know when each row was scored");
    window = { start: now.getTime() - length.ms, end: now.getTime() };
    current = filterWindow(currentUnwindowed, timestamp, window.start, window.end).table;
  }
  let sampledReference = reference;
  if (reference !== null && sample !== void 0 && reference.rowCount > sample.max_rows) {
    sampledReference = sampleRows(reference, sample.max_rows, sample.seed);
    sampled = true;
  }
  return { reference: sampledReference, current, currentUnwindowed, window, labels, sampled };
}
async function runCheck(spec, context) {
  const started = performance.now();
  let outcome2;
  try {
    const module = checkModuleFor(spec.type);
    outcome2 = context.parallel !== void 0 && module.runAsync !== void 0 ? await module.runAsync(spec, context) : module.run(spec, context);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    outcome2 = { status: "error", value: null, thresholds: {}, message: `the check crashed: ${reason}`, details: null };
  }
  return { id: spec.id, type: spec.type, ...outcome2, duration_ms: Math.round(performance.now() - started) };
}
function baseReport(policy) {
  return {
    name: policy.model.name,
    version: policy.model.version ?? null,
    task: policy.model.task,
    policy: policy.file,
    owners: policy.model.owners,
    runbook: policy.model.runbook ?? null
  };
}
async function prepareWorkers(policy, parallel) {
  if (parallel?.prepare === void 0 || !policy.checks.some((check2) => check2.type === "drift")) return;
  const sources = [policy.data.reference, policy.data.current].filter((s) => s !== void 0);
  const bytes = (await Promise.all(sources.map(sourceBytes))).reduce((a, b) => a + b, 0);
  if (bytes >= largeSourceBytes()) parallel.prepare();
}
async function evaluateModel(policy, now, options = {}) {
  const { parallel } = options;
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let data;
  try {
    await prepareWorkers(policy, parallel);
    data = await loadData(policy, now, options.log);
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    return {
      ...baseReport(policy),
      status: "error",
      error: reason,
      window: { start: null, end: null, length: policy.data.window?.text ?? null },
      rows: { reference: null, current: null, sampled: false },
      checks: [],
      duration_ms: elapsed()
    };
  }
  const context = { policy, now, ...data, ...parallel === void 0 ? {} : { parallel } };
  const running = policy.checks.map((spec) => runCheck(spec, context));
  const checks = (await Promise.all(running)).map((check2) => applySilences(check2, policy.alerting.silences, now));
  return {
    ...baseReport(policy),
    status: worstStatus(checks.map((c) => c.status), "skipped"),
    error: null,
    window: {
      start: data.window ? new Date(data.window.start).toISOString() : null,
      end: data.window ? new Date(data.window.end).toISOString() : null,
      length: policy.data.window?.text ?? null
    },
    rows: { reference: data.reference?.rowCount ?? null, current: data.current.rowCount, sampled: data.sampled },
    checks,
    duration_ms: elapsed()
  };
}

// src/engine/redact.ts
var MASK = "***";
var MIN_SECRET_LENGTH = 4;
function redactSecrets(value, secrets) {
  const masked = secrets.filter((s) => s.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
  if (masked.length === 0) return value;
  const redact = (node) => {
    if (typeof node === "string") return masked.reduce((text, secret) => text.split(secret).join(MASK), node);
    if (Array.isArray(node)) return node.map(redact);
    if (node !== null && typeof node === "object" && !ArrayBuffer.isView(node)) {
      return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, redact(v)]));
    }
    return node;
  };
  return redact(value);
}

// src/engine/run.ts
async function loadPolicies(paths, options = {}) {
  const found = await findPolicyFiles([...paths], options.cwd);
  const errors = [...found.errors];
  const policies = [];
  const byName = /* @__PURE__ */ new Map();
  for (const file of found.files) {
    const loaded = await loadPolicyFile(file, options);
    errors.push(...loaded.errors);
    const policy = loaded.policy;
    if (policy === null) continue;
    const first = byName.get(policy.model.name);
    if (first !== void 0) {
      const at = policy.positionOf("/model/name") ?? { line: 1, column: 1 };
      errors.push({ file, ...at, message: `model "${policy.model.name}" is already defined in ${first.file}; model names must be unique` });
      continue;
    }
    byName.set(policy.model.name, policy);
    policies.push(policy);
  }
  return { policies, errors };
}
async function evaluate2(options) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const log = options.log ?? (() => {
  });
  const { policies, errors } = await loadPolicies(options.paths, options);
  log(`${policies.length} polic${policies.length === 1 ? "y" : "ies"} loaded, ${errors.length} error(s)`);
  const models = [];
  const workers = DriftWorkers.create();
  try {
    for (const policy of policies) {
      log(`evaluating ${policy.model.name} (${policy.file})`);
      const model = redactSecrets(await evaluateModel(policy, now, { ...workers === null ? {} : { parallel: workers }, log }), policy.secrets);
      log(`${policy.model.name}: ${model.status} in ${model.duration_ms} ms`);
      models.push(model);
    }
  } finally {
    if (workers !== null && workers.compared > 0) log(`drift: ${workers.compared} numeric column pair(s) compared on worker threads`);
    await workers?.close();
  }
  const byStatus2 = Object.fromEntries(STATUSES_BY_SEVERITY.map((s) => [s, 0]));
  for (const model of models) byStatus2[model.status]++;
  const report = {
    report_version: 1,
    tool: { name: "modelwatch", version: "0.1.0" },
    generated_at: now.toISOString(),
    status: errors.length > 0 ? worstStatus([...models.map((m) => m.status), "error"]) : worstStatus(models.map((m) => m.status), "skipped"),
    summary: { models: models.length, by_status: byStatus2 },
    models,
    policy_errors: errors
  };
  return { report, policies: new Map(policies.map((p) => [p.file, p])) };
}

// src/report/json.ts
var COMPARATOR_KEYS = ["gt", "gte", "lt", "lte", "eq", "not_eq", "between", "not_between", "in", "not_in"];
var COMPARATOR = { keys: COMPARATOR_KEYS };
var THRESHOLD = { keys: [...COMPARATOR_KEYS, "vs", "relative", "absolute"], children: { relative: COMPARATOR, absolute: COMPARATOR } };
var THRESHOLDS = { keys: ["warn", "fail", "derived_from"], children: { warn: THRESHOLD, fail: THRESHOLD } };
var DRIFT_COLUMN = {
  keys: ["column", "kind", "method", "statistic", "p_value", "score", "thresholds", "status", "drifted", "reference_rows", "current_rows", "message"],
  children: { thresholds: THRESHOLDS }
};
var QUALITY_COLUMN = {
  keys: ["column", "value", "status", "count", "total", "top_unseen", "range", "message"],
  children: { top_unseen: { items: { keys: ["value", "count"] } }, range: { keys: ["min", "max"] } }
};
var DETAILS = {
  drift: {
    keys: ["kind", "method", "columns", "evaluated_columns", "drifted_columns", "share_drifted", "share_drifted_status"],
    children: { columns: { items: DRIFT_COLUMN } }
  },
  data_quality: { keys: ["kind", "metric", "columns", "problems"], children: { columns: { items: QUALITY_COLUMN } } }
};
var CHECK = {
  keys: ["id", "type", "status", "value", "reference_value", "estimated", "thresholds", "message", "details", "duration_ms"],
  children: { thresholds: THRESHOLDS }
};
var MODEL = {
  keys: ["name", "version", "task", "policy", "status", "error", "owners", "runbook", "window", "rows", "checks", "duration_ms"],
  children: {
    window: { keys: ["start", "end", "length"] },
    rows: { keys: ["reference", "current", "sampled"] },
    checks: { items: CHECK }
  }
};
var REPORT = {
  keys: ["report_version", "tool", "generated_at", "status", "summary", "models", "policy_errors"],
  children: {
    tool: { keys: ["name", "version"] },
    summary: {
      keys: ["models", "by_status"],
      children: { by_status: { keys: ["pass", "warn", "fail", "no_data", "error", "skipped", "silenced"] } }
    },
    models: { items: MODEL },
    policy_errors: { items: { keys: ["file", "line", "column", "message"] } }
  }
};
function isRecord2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value);
}
function normalise(value, shape) {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return Array.from(value, (v) => normalise(typeof v === "bigint" ? Number(v) : v));
  }
  if (Array.isArray(value)) {
    const items = shape !== void 0 && "items" in shape ? shape.items : void 0;
    return value.map((v) => normalise(v, items));
  }
  if (!isRecord2(value)) return value;
  const record = shape !== void 0 && "keys" in shape ? shape : void 0;
  const out = {};
  const put = (key) => {
    const child = value[key];
    if (child === void 0 || key in out) return;
    const childShape = record === CHECK && key === "details" ? detailsShape(child) : record?.children?.[key];
    out[key] = normalise(child, childShape);
  };
  for (const key of record?.keys ?? []) put(key);
  for (const key of Object.keys(value)) put(key);
  return out;
}
function detailsShape(details2) {
  if (!isRecord2(details2) || typeof details2["kind"] !== "string") return void 0;
  return DETAILS[details2["kind"]];
}
function renderJson(report) {
  return `${JSON.stringify(normalise(report, REPORT), null, 2)}
`;
}

// src/engine/exit-code.ts
var FAILING = {
  fail: /* @__PURE__ */ new Set(["fail", "error"]),
  warn: /* @__PURE__ */ new Set(["fail", "error", "warn"]),
  never: /* @__PURE__ */ new Set()
};
function failingModels(report, failOn) {
  return report.models.filter((m) => FAILING[failOn].has(m.status)).map((m) => m.name);
}
function exitCodeFor(report, failOn) {
  if (report.policy_errors.length > 0) return 2;
  return failingModels(report, failOn).length > 0 ? 1 : 0;
}

// src/report/escape.ts
var ZWSP = "\u200B";
var MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~"']/g;
function escapeMarkdown(value) {
  return value.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`).replace(/@/g, `@${ZWSP}`).replace(/\\#/g, `\\#${ZWSP}`).replace(/:\/\//g, `:${ZWSP}//`).replace(/www/gi, (w) => `${w[0]}${ZWSP}${w.slice(1)}`);
}
function escapeHtml(value) {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
function escapeMermaidLabel(value) {
  return value.replace(/[\r\n"`<>[\]{}();#&\\]/g, " ").replace(/@/g, `@${ZWSP}`).slice(0, 60);
}
function escapeTerminal(value) {
  return value.replace(/\r\n|[\r\n\u2028\u2029]/g, " ").replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)?.toString(16)}}`);
}

// src/report/format.ts
var MINUS = "\u2212";
var grouped = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });
var integer = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
var significant = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4, useGrouping: false });
function signed(negative, magnitude) {
  return negative ? `${MINUS}${magnitude}` : magnitude;
}
function exponent(abs, digits) {
  const [mantissa = "", power = ""] = abs.toExponential(digits - 1).split("e");
  const trimmed = mantissa.includes(".") ? mantissa.replace(/\.?0+$/, "") : mantissa;
  return `${trimmed}e${power.replace("+", "")}`;
}
function formatShare(abs) {
  const pct2 = abs * 100;
  if (pct2 === 0) return "0%";
  if (pct2 < 0.01) return "<0.01%";
  if (pct2 > 99.99 && pct2 < 100) return ">99.99%";
  const decimals = pct2 >= 100 ? 0 : pct2 >= 10 ? 1 : 2;
  return `${Number(pct2.toFixed(decimals))}%`;
}
function formatPValue(abs) {
  if (abs === 0) return "0";
  if (abs < 1e-3) return exponent(abs, 2);
  return String(Number(abs.toPrecision(2)));
}
function formatNumber3(abs) {
  if (abs === 0) return "0";
  if (abs < 1e-4 || abs >= 1e15) return exponent(abs, 3);
  if (abs >= 1e3) return grouped.format(abs);
  return significant.format(abs);
}
function formatValue(value, hint = "number") {
  if (value === null) return "\u2014";
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "\u221E" : `${MINUS}\u221E`;
  const negative = value < 0;
  const abs = Math.abs(value);
  switch (hint) {
    case "share":
      return signed(negative, formatShare(abs));
    case "p_value":
      return signed(negative, formatPValue(abs));
    case "count":
      return signed(negative && Math.round(abs) !== 0, integer.format(abs));
    case "number":
      return signed(negative, formatNumber3(abs));
  }
}
function formatScalar(value, hint) {
  return typeof value === "number" ? formatValue(value, hint) : JSON.stringify(value);
}
function formatComparator(comparator, hint) {
  const parts = [];
  const bound = (symbol, value) => {
    if (value !== void 0) parts.push(`${symbol} ${formatValue(value, hint)}`);
  };
  bound(">", comparator.gt);
  bound("\u2265", comparator.gte);
  bound("<", comparator.lt);
  bound("\u2264", comparator.lte);
  if (comparator.eq !== void 0) parts.push(`= ${formatScalar(comparator.eq, hint)}`);
  if (comparator.not_eq !== void 0) parts.push(`\u2260 ${formatScalar(comparator.not_eq, hint)}`);
  if (comparator.between) {
    const [lo, hi] = comparator.between;
    parts.push(`between ${formatValue(lo, hint)} and ${formatValue(hi, hint)}`);
  }
  if (comparator.not_between) {
    const [lo, hi] = comparator.not_between;
    parts.push(`outside ${formatValue(lo, hint)} to ${formatValue(hi, hint)}`);
  }
  if (comparator.in) parts.push(`in {${comparator.in.map((v) => formatScalar(v, hint)).join(", ")}}`);
  if (comparator.not_in) parts.push(`not in {${comparator.not_in.map((v) => formatScalar(v, hint)).join(", ")}}`);
  return parts;
}
function formatThreshold(threshold, hint) {
  const parts = formatComparator(threshold, hint);
  if (threshold.absolute) {
    const changeHint = hint === "share" ? "number" : hint;
    const scale = hint === "share" ? 100 : 1;
    const unit = hint === "share" ? " pp" : "";
    const scaled = scaleComparator(threshold.absolute, scale);
    for (const part of formatComparator(scaled, changeHint)) parts.push(`\u0394 ${part}${unit} vs reference`);
  }
  if (threshold.relative) {
    for (const part of formatComparator(threshold.relative, "share")) parts.push(`\u0394rel ${part} vs reference`);
  }
  return parts.join(" or ");
}
function scaleComparator(comparator, scale) {
  if (scale === 1) return comparator;
  const s = (v) => v === void 0 ? void 0 : v * scale;
  const pair = (p) => p === void 0 ? void 0 : [p[0] * scale, p[1] * scale];
  return {
    gt: s(comparator.gt),
    gte: s(comparator.gte),
    lt: s(comparator.lt),
    lte: s(comparator.lte),
    eq: typeof comparator.eq === "number" ? comparator.eq * scale : comparator.eq,
    not_eq: typeof comparator.not_eq === "number" ? comparator.not_eq * scale : comparator.not_eq,
    between: pair(comparator.between),
    not_between: pair(comparator.not_between),
    in: comparator.in?.map((v) => typeof v === "number" ? v * scale : v),
    not_in: comparator.not_in?.map((v) => typeof v === "number" ? v * scale : v)
  };
}
function formatThresholds(thresholds, hint = "number") {
  const levels = [];
  for (const level of ["warn", "fail"]) {
    const threshold = thresholds[level];
    if (threshold === void 0) continue;
    const text = formatThreshold(threshold, hint);
    if (text === "") continue;
    levels.push(/^[<>≤≥=≠]/.test(text) ? `${level} ${text}` : `${level}: ${text}`);
  }
  if (levels.length === 0) return "\u2014";
  const derived = "derived_from" in thresholds ? thresholds.derived_from : void 0;
  const joined = levels.join(" \xB7 ");
  return derived === void 0 ? joined : `${joined} (from ${derived})`;
}
var SYMBOLS = {
  pass: "\u2705",
  warn: "\u26A0\uFE0F",
  fail: "\u274C",
  error: "\u26D4",
  no_data: "\u2205",
  skipped: "\u23ED\uFE0F",
  silenced: "\u{1F515}"
};
var LABELS = {
  pass: "pass",
  warn: "warn",
  fail: "fail",
  error: "error",
  no_data: "no data",
  skipped: "skipped",
  silenced: "silenced"
};
function statusSymbol(status) {
  return SYMBOLS[status];
}
function statusLabel(status) {
  return LABELS[status];
}
function valueHint(check2) {
  if (check2.type === "drift") return "share";
  if (check2.type === "data_quality") {
    if (!isRecord3(check2.details)) return "number";
    const metric = check2.details["metric"];
    switch (metric) {
      case "row_count":
      case "duplicate_ids":
      case "schema":
        return "count";
      case "freshness":
        return "number";
      default:
        return "share";
    }
  }
  if (check2.type === "operational" && isRecord3(check2.details)) {
    const metric = check2.details["metric"];
    if (metric === "error_rate" || metric === "null_prediction_share") return "share";
  }
  return "number";
}
function formatInstant(iso2) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?(\.\d+)?Z$/.exec(iso2);
  if (match === null) return iso2;
  const [, date, minutes, seconds = ":00", fraction = ""] = match;
  const exact = /^\.?0*$/.test(fraction) ? "" : fraction;
  const clock = seconds === ":00" && exact === "" ? minutes : `${minutes}${seconds}${exact}`;
  return `${date} ${clock} UTC`;
}
function checkThresholds(check2) {
  if (check2.type === "drift") {
    const shareJudged = isRecord3(check2.details) && check2.details["share_drifted_status"] !== null && check2.details["share_drifted_status"] !== void 0;
    const text = formatThresholds(check2.thresholds, shareJudged ? "share" : "number");
    return shareJudged || text === "\u2014" ? text : `per column: ${text}`;
  }
  return formatThresholds(check2.thresholds, valueHint(check2));
}
function isRecord3(value) {
  return typeof value === "object" && value !== null;
}
function formatGroupValue(group, hint) {
  const value = formatValue(group.value, hint);
  return group.low === null || group.high === null ? value : `${value} (${formatValue(group.low, hint)} to ${formatValue(group.high, hint)})`;
}
function groupValueHeading(groups) {
  return groups.some((g) => g.low !== null) ? "Value (95% interval)" : "Value";
}

// src/report/view.ts
var STATUS_ORDER = ["fail", "error", "warn", "no_data", "pass", "silenced", "skipped"];
var RANK = new Map(STATUS_ORDER.map((status, i) => [status, i]));
function rank(status) {
  return RANK.get(status) ?? STATUS_ORDER.length;
}
function byStatus(items) {
  return items.map((item, index) => ({ item, index })).sort((a, b) => rank(a.item.status) - rank(b.item.status) || a.index - b.index).map(({ item }) => item);
}
function orderedChecks(model) {
  return byStatus(model.checks);
}
function statusCounts(items) {
  const counts = /* @__PURE__ */ new Map();
  for (const { status } of items) counts.set(status, (counts.get(status) ?? 0) + 1);
  return STATUS_ORDER.filter((s) => counts.has(s)).map((s) => [s, counts.get(s) ?? 0]);
}
function formatCounts(items) {
  const counts = statusCounts(items);
  if (counts.length === 0) return "no checks";
  return counts.map(([status, n]) => `${n} ${status === "no_data" ? "no data" : status}`).join(", ");
}
function failingChecks(model) {
  return orderedChecks(model).filter((c) => c.status === "fail" || c.status === "error").map((c) => c.id);
}
function kindOf2(details2) {
  return typeof details2 === "object" && details2 !== null ? details2.kind : void 0;
}
function driftDetails(check2) {
  const details2 = check2.details;
  if (kindOf2(details2) !== "drift") return null;
  const drift = details2;
  return Array.isArray(drift.columns) ? drift : null;
}
function qualityDetails(check2) {
  const details2 = check2.details;
  if (kindOf2(details2) !== "data_quality") return null;
  const quality = details2;
  return Array.isArray(quality.columns) && Array.isArray(quality.problems) ? quality : null;
}
var FLAGGED = /* @__PURE__ */ new Set(["fail", "error", "warn"]);
function flaggedDriftColumns(details2) {
  return byStatus(details2.columns.filter((c) => FLAGGED.has(c.status)));
}
function flaggedQualityColumns(details2) {
  return byStatus(details2.columns.filter((c) => FLAGGED.has(c.status)));
}
var num = (x) => typeof x === "number" ? x : null;
function groupEvidence(check2) {
  const details2 = check2.details;
  if (typeof details2 !== "object" || details2 === null) return null;
  const { groups, decisive_metric: decisive } = details2;
  if (!Array.isArray(groups) || groups.length === 0) return null;
  const rows = groups.map((g) => {
    const rate = Array.isArray(g.rates) ? g.rates.find((r) => r.metric === decisive) ?? g.rates[0] : void 0;
    return {
      group: String(g.group),
      rows: num(g.rows),
      value: rate === void 0 ? num(g.value) : num(rate.value),
      low: rate === void 0 ? null : num(rate.low),
      high: rate === void 0 ? null : num(rate.high),
      status: typeof g.status === "string" ? g.status : null,
      message: typeof g.message === "string" ? g.message : ""
    };
  });
  return rows.every((g) => g.status !== null) ? byStatus(rows) : rows;
}

export {
  require_dist,
  loadPolicies,
  evaluate2 as evaluate,
  escapeMarkdown,
  escapeHtml,
  escapeMermaidLabel,
  escapeTerminal,
  formatValue,
  statusSymbol,
  statusLabel,
  valueHint,
  formatInstant,
  checkThresholds,
  formatGroupValue,
  groupValueHeading,
  byStatus,
  orderedChecks,
  formatCounts,
  failingChecks,
  driftDetails,
  qualityDetails,
  flaggedDriftColumns,
  flaggedQualityColumns,
  groupEvidence,
  renderJson,
  failingModels,
  exitCodeFor
};
