// Client requests (what kubectl sends) carried out against the working state: apply, create, replace,
// delete, scale, patch. Mirrors the API server's REST handlers plus kubectl apply's three-way merge.
import type { KObject, KindName, ObjectKey } from '../api/types';
import { isKnownKind, qualifiedResource, resourceOf } from '../api/resources';
import { keyOf, keyOfRef, objectKey } from '../api/keys';
import type { ApiError } from '../api/errors';
import type { ClientRequest, ItemResult, ObjectChange, ObjectRef, RequestResult } from '../engine/types';
import { createObject, deleteObject, removeObject, updateObject, updateStatus } from '../engine/applier';
import { budgetsOfPod } from '../controllers/disruption';
import { isoOf } from '../engine/time';
import { viewOf } from '../engine/loop';
import type { Work } from '../engine/work';
import { deepEqual } from '../util/equal';
import { admitCreate, admitUpdate } from './admission';
import { allocateService } from './services';
import { threeWayMerge, mergePatch, jsonPatch, type JsonPatchOp } from './merge';
import { applyFault } from './faults';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** `touched`: objects whose simulated reality changed without an API write (faults); controllers must look. */
export interface Handled { result: RequestResult; changes: ObjectChange[]; touched: ObjectKey[] }

const refOf = (obj: KObject): ObjectRef => ({ kind: obj.kind as KindName, namespace: obj.metadata.namespace ?? '', name: obj.metadata.name ?? '' });

/** Namespaced objects without a namespace go to `default`, as kubectl does. */
function withNamespace(obj: KObject): KObject {
  if (!isKnownKind(obj.kind) || !resourceOf(obj.kind).namespaced || obj.metadata?.namespace) return obj;
  return { ...obj, metadata: { ...obj.metadata, namespace: 'default' } };
}

/** Namespaces the NamespaceLifecycle admission plugin never lets go (plugin/pkg/admission/namespace/lifecycle). */
const IMMORTAL_NAMESPACES: ReadonlySet<string> = new Set(['default', 'kube-system', 'kube-public']);

/** NamespaceLifecycle on create: the namespace must exist and not be terminating. */
function namespaceMissing(work: Work, obj: KObject): ApiError | undefined {
  if (!resourceOf(obj.kind as KindName).namespaced) return undefined;
  const ns = obj.metadata.namespace ?? 'default';
  const live = work.get(objectKey('Namespace', '', ns));
  if (!live) return { reason: 'NotFound', resource: 'namespaces', name: ns };
  if (live.metadata.deletionTimestamp) {
    const name = obj.metadata.name ?? '';
    return { reason: 'Forbidden', message: `${qualifiedResource(obj.kind as KindName)} "${name}" is forbidden: unable to create new content in namespace ${ns} because it is being terminated` };
  }
  return undefined;
}

function create(work: Work, raw: KObject, changes: ObjectChange[]): ApiError | undefined {
  const missing = namespaceMissing(work, raw);
  if (missing) return missing;
  const admitted = admitCreate(raw, viewOf(work));
  if (!admitted.ok) return admitted.error;
  let obj = admitted.object;
  if (obj.kind === 'Service') {
    const alloc = allocateService(work, obj);
    if ('causes' in alloc) return { reason: 'Invalid', kind: 'Service', name: obj.metadata.name ?? '', causes: alloc.causes };
    obj = alloc.object;
  }
  const out = createObject(work, obj);
  changes.push(...out.changes);
  return out.error;
}

/** Validate and store a new desired state for an existing object. Returns true if anything changed. */
function update(work: Work, desired: KObject, live: KObject, changes: ObjectChange[]): ApiError | boolean {
  let obj = desired;
  if (obj.kind === 'Service') {
    const alloc = allocateService(work, obj, live);
    if ('causes' in alloc) return { reason: 'Invalid', kind: 'Service', name: obj.metadata.name ?? '', causes: alloc.causes };
    obj = alloc.object;
  }
  const admitted = admitUpdate(obj, live, viewOf(work));
  if (!admitted.ok) return admitted.error;
  const out = updateObject(work, admitted.object);
  if (out.error) return out.error;
  changes.push(...out.changes);
  return out.changes.length > 0;
}

function applyOne(work: Work, raw: KObject, changes: ObjectChange[], warnings: string[]): Omit<ItemResult, 'ref'> {
  const config = withNamespace(raw);
  const annotated: KObject = { ...config, metadata: { ...config.metadata, annotations: { ...(config.metadata.annotations ?? {}), [LAST_APPLIED]: JSON.stringify(config) + '\n' } } };
  const live = work.get(keyOf(config));
  if (!live) {
    const err = create(work, annotated, changes);
    return err ? { error: err } : { outcome: 'created' };
  }
  const lastText = live.metadata.annotations?.[LAST_APPLIED];
  if (!lastText) {
    const r = resourceOf(config.kind as KindName);
    warnings.push(`resource ${r.plural}/${config.metadata.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.`);
  }
  let last: unknown;
  try { last = lastText ? JSON.parse(lastText) : undefined; } catch { last = undefined; }
  const merged = threeWayMerge(live, last, annotated) as KObject;
  if (deepEqual(merged, live)) return { outcome: 'unchanged' };
  const res = update(work, merged, live, changes);
  return typeof res === 'boolean' ? { outcome: 'configured' } : { error: res };
}

function deleteOne(work: Work, ref: ObjectRef, req: Extract<ClientRequest, { type: 'delete' }>, changes: ObjectChange[]): Omit<ItemResult, 'ref'> {
  const key = keyOfRef(ref);
  if (!work.get(key)) return { error: { reason: 'NotFound', resource: qualifiedResource(ref.kind), name: ref.name } };
  if (ref.kind === 'Namespace' && IMMORTAL_NAMESPACES.has(ref.name)) {
    return { error: { reason: 'Forbidden', message: `namespaces "${ref.name}" is forbidden: this namespace may not be deleted` } };
  }
  if (req.eviction && ref.kind === 'Pod') {
    const refused = evictionRefusal(work, work.get(key)!, changes);
    if (refused) return { error: refused };
  }
  const force = req.force === true && req.gracePeriodSeconds === 0;
  const out = force && ref.kind === 'Pod'
    ? removeObject(work, key)
    : deleteObject(work, key, { ...(req.gracePeriodSeconds !== undefined ? { gracePeriodSeconds: req.gracePeriodSeconds } : {}), ...(req.propagation ? { propagation: req.propagation } : {}) });
  changes.push(...out.changes);
  return out.error ? { error: out.error } : { outcome: force ? 'force deleted' : 'deleted' };
}

/**
 * The eviction subresource's budget check (pkg/registry/core/pod/storage/eviction.go): a pod selected by more than
 * one budget cannot be evicted; a budget with no disruption allowed refuses (429); otherwise the budget's
 * disruptionsAllowed goes down by one and the pod is recorded in disruptedPods until the controller catches up.
 */
function evictionRefusal(work: Work, pod: KObject, changes: ObjectChange[]): ApiError | undefined {
  const phase = (pod.status as { phase?: string } | undefined)?.phase;
  if (phase === 'Succeeded' || phase === 'Failed' || pod.metadata.deletionTimestamp) return undefined;
  const budgets = budgetsOfPod(pod, viewOf(work));
  if (budgets.length > 1) return { reason: 'InternalError', message: 'This pod has more than one PodDisruptionBudget, which the eviction subresource does not support.' };
  const pdb = budgets[0];
  if (!pdb) return undefined;
  const status = pdb.status;
  if (!status || (status.observedGeneration ?? 0) < (pdb.metadata.generation ?? 1) || status.disruptionsAllowed <= 0) {
    return { reason: 'TooManyRequests', message: "Cannot evict pod as it would violate the pod's disruption budget." };
  }
  const next = { ...status, disruptionsAllowed: status.disruptionsAllowed - 1, disruptedPods: { ...(status.disruptedPods ?? {}), [pod.metadata.name ?? '']: isoOf(work.nowMs) } };
  changes.push(...updateStatus(work, keyOf(pdb), next).changes);
  return undefined;
}

function patchOne(work: Work, req: Extract<ClientRequest, { type: 'patch' | 'scale' }>, changes: ObjectChange[]): Omit<ItemResult, 'ref'> {
  const key: ObjectKey = keyOfRef(req.target);
  const live = work.get(key);
  if (!live) return { error: { reason: 'NotFound', resource: qualifiedResource(req.target.kind), name: req.target.name } };
  let desired: unknown;
  if (req.type === 'scale') {
    if (!['StatefulSet', 'Deployment', 'ReplicaSet', 'ReplicationController'].includes(req.target.kind)) return { error: { reason: 'NotFound', resource: qualifiedResource(req.target.kind), name: req.target.name } };
    desired = { ...live, spec: { ...(live.spec as object), replicas: req.replicas } };
  } else if (req.patchType === 'json') {
    const res = jsonPatch(live, req.patch as JsonPatchOp[]);
    if ('error' in res) return { error: { reason: 'BadRequest', message: res.error } };
    desired = res.value;
  } else {
    desired = mergePatch(live, req.patch, req.patchType === 'strategic');
  }
  const res = update(work, desired as KObject, live, changes);
  if (typeof res !== 'boolean') return { error: res };
  if (req.type === 'scale') return { outcome: 'scaled' };
  return { outcome: res ? 'patched' : 'patched (no change)' };
}

/** Carry out a client request. Each object is handled in order; failures do not stop the others. */
export function handleRequest(work: Work, req: ClientRequest): Handled {
  const changes: ObjectChange[] = [];
  const warnings: string[] = [];
  const items: ItemResult[] = [];
  const touched: ObjectKey[] = [];
  switch (req.type) {
    case 'apply':
    case 'create':
    case 'replace':
      req.objects.forEach((raw, index) => {
        const obj = withNamespace(raw);
        const ref = refOf(obj);
        if (req.type === 'apply') { items.push({ ref, index, ...applyOne(work, obj, changes, warnings) }); return; }
        const live = work.get(keyOf(obj));
        if (req.type === 'create') {
          const err = live ? { reason: 'AlreadyExists' as const, resource: qualifiedResource(ref.kind), name: ref.name } : create(work, obj, changes);
          items.push(err ? { ref, index, error: err } : { ref, index, outcome: 'created' });
          return;
        }
        if (!live) { items.push({ ref, index, error: { reason: 'NotFound', resource: qualifiedResource(ref.kind), name: ref.name } }); return; }
        const res = update(work, obj, live, changes);
        items.push(typeof res === 'boolean' ? { ref, index, outcome: 'replaced' } : { ref, index, error: res });
      });
      break;
    case 'delete':
      for (const ref of req.targets) items.push({ ref, ...deleteOne(work, ref, req, changes) });
      break;
    case 'scale':
    case 'patch':
      items.push({ ref: req.target, ...patchOne(work, req, changes) });
      break;
    case 'fault':
      items.push(applyFault(work, req.fault, changes, touched));
      break;
    default: {
      const never: never = req;
      throw new Error('unreachable: ' + JSON.stringify(never));
    }
  }
  return { result: { items, warnings }, changes, touched };
}
