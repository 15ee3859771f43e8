// Field selectors as `kubectl get --field-selector` sends them (apimachinery fields.ParseSelector: `a=b`, `a==b`,
// `a!=b`, comma-separated, AND) and as the API server evaluates them: for each kind only the supported field labels
// (metadata.name, metadata.namespace, plus per kind: events' involvedObject.*, reason, type, source; pods'
// spec.nodeName, status.phase, ...). An unsupported label is the server's BadRequest.
import type { KObject } from '../sim/index';

export interface FieldRequirement {
  readonly field: string;
  readonly op: 'eq' | 'neq';
  readonly value: string;
}

export function parseFieldSelector(text: string): FieldRequirement[] | { error: string } {
  const out: FieldRequirement[] = [];
  if (text.trim() === '') return out;
  for (const raw of text.split(',')) {
    const m = /^\s*([^=!\s]+)\s*(==|=|!=)\s*(.*?)\s*$/.exec(raw);
    if (!m) return { error: `invalid selector: '${text}'; can't understand '${raw}'` };
    out.push({ field: m[1]!, op: m[2] === '!=' ? 'neq' : 'eq', value: m[3]! });
  }
  return out;
}

const COMMON = ['metadata.name', 'metadata.namespace'];
const SUPPORTED: Readonly<Record<string, readonly string[]>> = {
  Event: [
    ...COMMON, 'involvedObject.kind', 'involvedObject.namespace', 'involvedObject.name', 'involvedObject.uid',
    'involvedObject.apiVersion', 'involvedObject.resourceVersion', 'involvedObject.fieldPath', 'reason', 'reportingComponent', 'source', 'type',
  ],
  Pod: [...COMMON, 'spec.nodeName', 'spec.restartPolicy', 'spec.schedulerName', 'spec.serviceAccountName', 'spec.hostNetwork', 'status.phase', 'status.podIP', 'status.nominatedNodeName'],
  Node: [...COMMON, 'spec.unschedulable'],
  Secret: [...COMMON, 'type'],
  Namespace: [...COMMON, 'status.phase'],
  ReplicaSet: [...COMMON, 'status.replicas'],
  PersistentVolumeClaim: [...COMMON],
};

/** The unsupported field label of `reqs` for `kind`, if any. */
export function unsupportedField(kind: string, reqs: readonly FieldRequirement[]): string | undefined {
  const ok = SUPPORTED[kind] ?? COMMON;
  return reqs.find((r) => !ok.includes(r.field))?.field;
}

function valueAt(obj: KObject, field: string): string {
  if (field === 'source') return String((obj['source'] as { component?: string } | undefined)?.component ?? '');
  let cur: unknown = obj;
  for (const part of field.split('.')) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[part] : undefined;
  return cur === undefined || cur === null ? '' : String(cur);
}

export function matchesFields(reqs: readonly FieldRequirement[], obj: KObject): boolean {
  return reqs.every((r) => (valueAt(obj, r.field) === r.value) === (r.op === 'eq'));
}
