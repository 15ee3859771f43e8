// JSON merge helpers for kubectl apply (three-way), merge patch (RFC 7386), strategic merge patch (lists of
// named items merged by name) and JSON patch (RFC 6902).
import { deepEqual } from '../util/equal';

type Json = unknown;
type JsonObject = Record<string, Json>;

const isObject = (v: Json): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when every field set in `config` has the same value in `live` (live may hold more, e.g. defaults). */
export function isSubset(config: Json, live: Json): boolean {
  if (isObject(config)) {
    if (!isObject(live)) return false;
    return Object.keys(config).every((k) => config[k] === undefined || isSubset(config[k], live[k]));
  }
  if (Array.isArray(config)) {
    return Array.isArray(live) && config.length === live.length && config.every((c, i) => isSubset(c, live[i]));
  }
  return deepEqual(config, live);
}

/**
 * Three-way merge of kubectl apply: fields in `config` win; fields that were in `lastApplied` but are gone from
 * `config` are removed; other live fields (defaults, controller-set fields) stay. Lists that already agree with
 * the config keep their live (defaulted) form; otherwise the config's list replaces them.
 */
export function threeWayMerge(live: Json, lastApplied: Json, config: Json): Json {
  if (isObject(config) && isObject(live)) {
    const out: JsonObject = { ...live };
    const last = isObject(lastApplied) ? lastApplied : {};
    for (const k of Object.keys(last)) if (!(k in config)) delete out[k];
    for (const k of Object.keys(config)) {
      const v = config[k];
      if (v === null || v === undefined) delete out[k];
      else out[k] = threeWayMerge(live[k], last[k], v);
    }
    return out;
  }
  if (Array.isArray(config)) return isSubset(config, live) ? live : config;
  return config;
}

/** RFC 7386 merge patch. `strategic` merges lists of objects that all have a `name` by that name. */
export function mergePatch(target: Json, patch: Json, strategic = false): Json {
  if (isObject(patch)) {
    const out: JsonObject = isObject(target) ? { ...target } : {};
    for (const k of Object.keys(patch)) {
      const v = patch[k];
      if (v === null) delete out[k];
      else out[k] = mergePatch(out[k], v, strategic);
    }
    return out;
  }
  if (strategic && Array.isArray(patch) && Array.isArray(target) && namedList(patch) && namedList(target)) {
    const out = [...target] as JsonObject[];
    for (const item of patch as JsonObject[]) {
      const i = out.findIndex((t) => t.name === item.name);
      if (i >= 0) out[i] = mergePatch(out[i], item, true) as JsonObject;
      else out.push(item);
    }
    return out;
  }
  return patch;
}

const namedList = (a: Json[]): boolean => a.length > 0 && a.every((x) => isObject(x) && typeof x.name === 'string');

export interface JsonPatchOp { op: string; path: string; value?: Json; from?: string }

/** RFC 6902 (add, remove, replace, test). Returns an error text on failure. */
export function jsonPatch(target: Json, ops: readonly JsonPatchOp[]): { value: Json } | { error: string } {
  const doc: Json = structuredCloneJson(target);
  for (const op of ops) {
    const parts = op.path.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop();
    if (last === undefined) return { error: `invalid path "${op.path}"` };
    let parent: Json = doc;
    for (const p of parts) {
      parent = Array.isArray(parent) ? parent[Number(p)] : isObject(parent) ? parent[p] : undefined;
      if (parent === undefined) return { error: `doc is missing path: "${op.path}": missing value` };
    }
    const res = applyOp(parent, last, op);
    if (res) return { error: res };
  }
  return { value: doc };
}

function applyOp(parent: Json, last: string, op: JsonPatchOp): string | undefined {
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (op.op === 'add') parent.splice(i, 0, op.value);
    else if (op.op === 'remove') { if (i >= parent.length) return `unable to remove nonexistent key: ${last}: missing value`; parent.splice(i, 1); }
    else if (op.op === 'replace') { if (i >= parent.length) return `replace operation does not apply: doc is missing key: ${op.path}: missing value`; parent[i] = op.value; }
    else if (op.op === 'test') { if (!deepEqual(parent[i], op.value)) return 'testing value failed'; }
    else return `Unexpected kind: ${op.op}`;
    return undefined;
  }
  if (!isObject(parent)) return `doc is missing path: "${op.path}": missing value`;
  if (op.op === 'add') parent[last] = op.value;
  else if (op.op === 'remove') { if (!(last in parent)) return `unable to remove nonexistent key: ${last}: missing value`; delete parent[last]; }
  else if (op.op === 'replace') { if (!(last in parent)) return `replace operation does not apply: doc is missing key: ${op.path}: missing value`; parent[last] = op.value; }
  else if (op.op === 'test') { if (!deepEqual(parent[last], op.value)) return 'testing value failed'; }
  else return `Unexpected kind: ${op.op}`;
  return undefined;
}

function structuredCloneJson(v: Json): Json {
  return v === undefined ? undefined : JSON.parse(JSON.stringify(v));
}
