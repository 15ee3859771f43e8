// Strict decoding: unknown fields are rejected like the API server does with fieldValidation=Strict (the kubectl
// default since 1.27). Mirrors the behaviour of sigs.k8s.io/json UnmarshalStrict as wired in
// k8s.io/apimachinery/pkg/runtime/serializer/json (strict decoding error text).
// Deviations: only unknown fields are detected; type mismatches are left to validation.
import type { ApiError } from '../../api/errors';
import type { KObject } from '../../api/types';
import { isRec } from './util';

/** One field of a schema definition: a def name, `""` (leaf/any), or a one-element list of either (arrays). */
export type FieldSchema = string | readonly [string];

/** The format of src/sim/api/knownFields.json (generated from the Kubernetes OpenAPI schema). */
export interface KnownFields {
  readonly kinds: Readonly<Record<string, string>>;
  readonly defs: Readonly<Record<string, Readonly<Record<string, FieldSchema>>>>;
}

/**
 * The path to the current field, as a stack of keys and array indexes: joined only when a field is reported, so the
 * common case (every field known) builds no strings.
 */
type PathStack = (string | number)[];

const joinPath = (path: PathStack): string =>
  path.reduce<string>((p, part) => (typeof part === 'number' ? `${p}[${part}]` : p ? `${p}.${part}` : part), '');

function walk(value: unknown, defName: string, path: PathStack, schema: KnownFields, out: string[]): void {
  const def = schema.defs[defName];
  if (!def || !isRec(value)) return;
  for (const key in value) {
    if (!Object.prototype.hasOwnProperty.call(value, key)) continue;
    const v = value[key];
    const field = def[key];
    path.push(key);
    if (field === undefined) out.push(joinPath(path));
    else if (typeof field === 'string') {
      if (field) walk(v, field, path, schema, out);
    } else if (field[0] && Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i], field[0], path, schema, out);
        path.pop();
      }
    }
    path.pop();
  }
}

/** Paths of fields the schema does not know, in document order (`spec.template.spec.containers[0].imagePullPolicyy`). */
export function unknownFields(obj: unknown, kind: string, schema: KnownFields): string[] {
  const root = schema.kinds[kind];
  const out: string[] = [];
  if (root) walk(obj, root, [], schema, out);
  return out;
}

/**
 * The BadRequest the API server answers for unknown fields, or undefined when there are none.
 * @example `StatefulSet in version "v1" cannot be handled as a StatefulSet: strict decoding error: unknown field "spec.replicaz"`
 */
export function strictDecodingError(obj: KObject, schema: KnownFields | undefined): ApiError | undefined {
  if (!schema) return undefined;
  const unknown = unknownFields(obj, obj.kind, schema);
  if (unknown.length === 0) return undefined;
  const version = obj.apiVersion.includes('/') ? obj.apiVersion.slice(obj.apiVersion.indexOf('/') + 1) : obj.apiVersion;
  const list = unknown.map((p) => `unknown field "${p}"`).join(', ');
  return {
    reason: 'BadRequest',
    message: `${obj.kind} in version "${version}" cannot be handled as a ${obj.kind}: strict decoding error: ${list}`,
  };
}

/** The fields the schema knows at `path` in a `kind` (`spec` → replicas, selector, …), or [] when unknown. */
export function fieldsAt(kind: string, path: string, schema: KnownFields): string[] {
  let def = schema.kinds[kind];
  for (const part of path.split('.').filter(Boolean)) {
    if (!def) return [];
    const field = schema.defs[def]?.[part.replace(/\[\d+\]$/, '')];
    def = typeof field === 'string' ? field : field?.[0];
  }
  const fields = def ? schema.defs[def] : undefined;
  return fields ? Object.keys(fields) : [];
}

/** Edit distance (insertions, deletions, substitutions, adjacent swaps), for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** The known field an unknown one was probably meant to be (`spec.replicaz` → `spec.replicas`), or undefined. */
export function didYouMean(kind: string, unknownPath: string, schema: KnownFields): string | undefined {
  const cut = unknownPath.lastIndexOf('.');
  const parent = cut < 0 ? '' : unknownPath.slice(0, cut);
  const name = unknownPath.slice(cut + 1);
  let best: [string, number] | undefined;
  for (const f of fieldsAt(kind, parent, schema)) {
    const dist = distance(name, f);
    if (dist <= Math.max(1, Math.floor(f.length / 4)) && (!best || dist < best[1])) best = [f, dist];
  }
  return best ? (parent ? `${parent}.${best[0]}` : best[0]) : undefined;
}
