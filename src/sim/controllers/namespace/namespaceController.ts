// The namespace controller. Mirrors kubernetes/kubernetes pkg/controller/namespace/namespace_controller.go and
// deletion/namespaced_resources_deleter.go: a namespace being deleted (phase Terminating) has every object in
// it deleted, reports what remains in its status conditions, and once nothing remains its `kubernetes`
// finalizer (spec.finalizers) is removed, so the API server removes the namespace.
// Deviations: one pass deletes every kind at once (upstream walks the discovered resources in order); the
// conditions carry the real types and reasons with the counts of what remains.
import type { KObject, KindName, ObjectKey } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import { RESOURCES } from '../../api/resources';
import type { ObjectChange } from '../../engine/types';
import { isoOf } from '../../engine/time';
import type { ApiAction, ClusterView, Controller, ReconcileResult } from '../types';
import { reason } from '../../reasons';

/** How often the controller looks again while content remains (upstream requeues with a rate limiter). */
const RECHECK_MS = 1_000;

const NAMESPACED: readonly KindName[] = RESOURCES.filter((r) => r.namespaced).map((r) => r.kind);

interface NamespaceLike extends KObject {
  spec?: { finalizers?: string[] };
  status?: { phase?: string; conditions?: { type: string; status: string; reason?: string; message?: string; lastTransitionTime?: string }[] };
}

/** Objects still in the namespace, by plural resource name. */
function remaining(view: ClusterView, ns: string): Map<string, KObject[]> {
  const out = new Map<string, KObject[]>();
  for (const kind of NAMESPACED) {
    const items = view.list(kind, ns);
    if (items.length) out.set(RESOURCES.find((r) => r.kind === kind)!.plural, [...items]);
  }
  return out;
}

function conditionsFor(left: Map<string, KObject[]>, now: string, prev: NamespaceLike['status']): NonNullable<NamespaceLike['status']>['conditions'] {
  const total = [...left.values()].reduce((n, l) => n + l.length, 0);
  const finalizers = [...new Set([...left.values()].flat().flatMap((o) => o.metadata.finalizers ?? []))].sort();
  const keep = (type: string, status: string, reason: string, message?: string) => {
    const old = prev?.conditions?.find((c) => c.type === type);
    const lastTransitionTime = old && old.status === status ? old.lastTransitionTime : now;
    return { lastTransitionTime, ...(message ? { message } : {}), reason, status, type };
  };
  const summary = [...left].map(([plural, items]) => `${plural}. has ${items.length} resource instances`).join(', ');
  return [
    keep('NamespaceDeletionDiscoveryFailure', 'False', 'ResourcesDiscovered', 'All resources successfully discovered'),
    keep('NamespaceDeletionGroupVersionParsingFailure', 'False', 'ParsedGroupVersions', 'All legacy kube types successfully parsed'),
    keep('NamespaceDeletionContentFailure', 'False', 'ContentDeleted', 'All content successfully deleted, may be waiting on finalization'),
    total ? keep('NamespaceContentRemaining', 'True', 'SomeResourcesRemain', `Some resources are remaining: ${summary}`)
      : keep('NamespaceContentRemaining', 'False', 'ContentRemoved', 'All content successfully removed'),
    finalizers.length ? keep('NamespaceFinalizersRemaining', 'True', 'SomeFinalizersRemain', `Some content in the namespace has finalizers remaining: ${finalizers.map((f) => `${f} in ${[...left.values()].flat().filter((o) => o.metadata.finalizers?.includes(f)).length} resource instances`).join(', ')}`)
      : keep('NamespaceFinalizersRemaining', 'False', 'ContentHasNoFinalizers', 'All content-preserving finalizers finished'),
  ];
}

function reconcile(key: ObjectKey, view: ClusterView): ReconcileResult {
  const ns = view.get(key) as NamespaceLike | undefined;
  if (!ns) return { actions: [], why: reason('ns.gone') };
  const name = ns.metadata.name ?? '';
  if (!ns.metadata.deletionTimestamp) return { actions: [], why: reason('ns.active', { namespace: name }) };
  const left = remaining(view, name);
  const actions: ApiAction[] = [];
  for (const items of left.values()) {
    for (const o of items) if (!o.metadata.deletionTimestamp) actions.push({ type: 'delete', key: keyOf(o), ...(o.metadata.uid ? { uid: o.metadata.uid } : {}) });
  }
  const conditions = conditionsFor(left, isoOf(view.nowMs), ns.status);
  const status = { ...(ns.status ?? {}), phase: 'Terminating', conditions };
  if (JSON.stringify(status) !== JSON.stringify(ns.status)) actions.push({ type: 'updateStatus', key, status });
  if (left.size > 0) {
    const count = [...left.values()].reduce((n, l) => n + l.length, 0);
    return { actions, requeueAfterMs: RECHECK_MS, why: reason('ns.deletingContent', { namespace: name, count, kinds: [...left.keys()] }) };
  }
  const finalizers = ns.spec?.finalizers ?? [];
  if (finalizers.includes('kubernetes')) {
    actions.push({ type: 'update', object: { ...ns, status, spec: { ...ns.spec, finalizers: finalizers.filter((f) => f !== 'kubernetes') } } as KObject });
  }
  return { actions, why: reason('ns.finalized', { namespace: name }) };
}

export const namespaceController: Controller = {
  name: 'namespace-controller',
  latencyMs: 40,
  keysFor(change: ObjectChange, view: ClusterView): readonly ObjectKey[] {
    const o = change.object;
    if (o.kind === 'Namespace') return change.type === 'DELETED' ? [] : [change.key];
    const ns = o.metadata.namespace;
    if (!ns) return [];
    const nsKey = objectKey('Namespace', '', ns);
    return view.get(nsKey)?.metadata.deletionTimestamp ? [nsKey] : [];
  },
  reconcile: (key, view) => reconcile(key, view),
};
