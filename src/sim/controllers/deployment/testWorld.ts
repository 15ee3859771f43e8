// Test helpers: Deployments and a hand-advanced world where reconcile intents are applied and ReplicaSets
// "settle" (all their pods become available), standing in for the ReplicaSet controller and the kubelet.
import type { KObject, ObjectKey } from '../../api/types';
import { keyOf, objectKey } from '../../api/keys';
import { isoOf } from '../../engine/time';
import { deepEqual } from '../../util/equal';
import { fakeContext, fakeView } from '../../../testing/fakeView';
import type { ApiAction, ReconcileResult } from '../types';
import { reconcile } from './deploymentController';
import type { Deployment, ReplicaSet } from './types';
import { typed } from './types';
import { renderReason } from '../../reasons';

export interface DeploymentOpts {
  name?: string; replicas?: number; image?: string; strategy?: 'RollingUpdate' | 'Recreate';
  maxSurge?: number | string; maxUnavailable?: number | string; paused?: boolean; revisionHistoryLimit?: number;
  progressDeadlineSeconds?: number;
}

export function deployment(o: DeploymentOpts = {}): KObject {
  const name = o.name ?? 'nginx';
  const strategy = o.strategy === 'Recreate' ? { type: 'Recreate' }
    : { type: 'RollingUpdate', rollingUpdate: { maxSurge: o.maxSurge ?? '25%', maxUnavailable: o.maxUnavailable ?? '25%' } };
  return {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name, namespace: 'default', uid: `uid-${name}`, generation: 1, creationTimestamp: isoOf(0), labels: { app: name } },
    spec: {
      replicas: o.replicas ?? 3, selector: { matchLabels: { app: name } }, strategy,
      revisionHistoryLimit: o.revisionHistoryLimit ?? 10, progressDeadlineSeconds: o.progressDeadlineSeconds ?? 600,
      ...(o.paused ? { paused: true } : {}),
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image: o.image ?? 'nginx:1.25' }] } },
    },
    status: {},
  };
}

/** A tiny object store that applies intents like the applier would. */
export class World {
  readonly objects = new Map<ObjectKey, KObject>();
  nowMs = 0;
  readonly events: string[] = [];
  readonly whys: string[] = [];
  constructor(objs: readonly KObject[]) { for (const o of objs) this.objects.set(keyOf(o), o); }

  get<T>(kind: 'Deployment' | 'ReplicaSet' | 'Pod', name: string): T { return this.objects.get(objectKey(kind, 'default', name)) as unknown as T; }
  replicaSets(): ReplicaSet[] { return [...this.objects.values()].filter((o) => o.kind === 'ReplicaSet').map((o) => typed<ReplicaSet>(o)); }
  /** `name=spec` for every RS, oldest first. */
  sizes(): string[] {
    return this.replicaSets().sort((a, b) => (a.metadata.creationTimestamp ?? '').localeCompare(b.metadata.creationTimestamp ?? '')).map((rs) => `${rs.metadata.name}=${rs.spec?.replicas}`);
  }

  apply(actions: readonly ApiAction[]): void {
    for (const a of actions) {
      if (a.type === 'create') {
        const m = a.object.metadata;
        this.objects.set(keyOf(a.object), { ...a.object, metadata: { ...m, uid: `uid-${m.name}`, generation: 1, creationTimestamp: isoOf(this.nowMs) } });
      } else if (a.type === 'update') {
        const old = this.objects.get(keyOf(a.object))!;
        const gen = (old.metadata.generation ?? 1) + (deepEqual(old.spec, a.object.spec) ? 0 : 1);
        this.objects.set(keyOf(a.object), { ...a.object, status: old.status, metadata: { ...a.object.metadata, generation: gen } });
      } else if (a.type === 'updateStatus') {
        this.objects.set(a.key, { ...this.objects.get(a.key)!, status: a.status });
      } else if (a.type === 'delete') {
        this.objects.delete(a.key);
      }
    }
  }

  /** Run the deployment controller once on `name` and apply what it asks for. */
  reconcile(name = 'nginx'): ReconcileResult {
    const r = reconcile(objectKey('Deployment', 'default', name), fakeView([...this.objects.values()], this.nowMs), fakeContext());
    this.apply(r.actions);
    for (const e of r.events ?? []) this.events.push(e.message);
    if (r.why) this.whys.push(renderReason(r.why));
    return r;
  }

  /** Every RS's pods exist and are available (or only `available` of them for the named RS). */
  settle(partial: Record<string, number> = {}): void {
    for (const rs of this.replicaSets()) {
      const n = rs.spec?.replicas ?? 0;
      const avail = partial[rs.metadata.name ?? ''] ?? n;
      const status = { replicas: n, readyReplicas: avail, availableReplicas: avail, observedGeneration: rs.metadata.generation ?? 1 };
      this.objects.set(keyOf(rs as unknown as KObject), { ...(rs as unknown as KObject), status });
    }
  }

  /** Edit the Deployment's spec like `kubectl apply` would (generation bumps). */
  editSpec(f: (spec: Record<string, unknown>) => Record<string, unknown>, name = 'nginx'): void {
    const d = this.objects.get(objectKey('Deployment', 'default', name))!;
    const spec = f(JSON.parse(JSON.stringify(d.spec)) as Record<string, unknown>);
    this.objects.set(keyOf(d), { ...d, spec, metadata: { ...d.metadata, generation: (d.metadata.generation ?? 1) + 1 } });
  }

  /** Set the container image of the Deployment's template. */
  setImage(image: string, name = 'nginx'): void {
    this.editSpec((spec) => {
      const t = spec['template'] as { spec: { containers: { image: string }[] } };
      t.spec.containers[0]!.image = image;
      return spec;
    }, name);
  }

  deployment(name = 'nginx'): Deployment { return this.get<Deployment>('Deployment', name); }
}
