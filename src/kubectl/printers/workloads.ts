// StatefulSet, Deployment, ReplicaSet and ControllerRevision rows. Mirrors printers.go (printStatefulSet,
// printDeployment, printReplicaSet, printControllerRevision).
import type { ControllerRevision, Deployment, KObject, LabelSelector, ReplicaSet, StatefulSet } from '../../sim/index';
import { since } from './duration';
import { formatLabels, type KindPrinter, type PrintContext } from './types';

interface PodTemplateHolder { template?: PodTemplateLike }

interface PodTemplateLike {
  spec?: { containers?: readonly { name?: string; image?: string }[] };
}

/** CONTAINERS and IMAGES cells of a pod template. */
export function containersAndImages(template: PodTemplateLike | undefined): [string, string] {
  const cs = template?.spec?.containers ?? [];
  return [cs.map((c) => c.name ?? '').join(','), cs.map((c) => c.image ?? '').join(',')];
}

/** metav1.LabelSelectorAsSelector(...).String(): `app=nginx,tier in (a,b)`, sorted by key; `<none>` if empty. */
export function formatSelector(sel: LabelSelector | undefined): string {
  if (!sel) return '<none>';
  const parts: { key: string; text: string }[] = [];
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) parts.push({ key: k, text: `${k}=${v}` });
  for (const e of sel.matchExpressions ?? []) {
    const values = [...(e.values ?? [])].sort().join(',');
    const text =
      e.operator === 'In' ? `${e.key} in (${values})`
      : e.operator === 'NotIn' ? `${e.key} notin (${values})`
      : e.operator === 'Exists' ? e.key
      : `!${e.key}`;
    parts.push({ key: e.key, text });
  }
  if (parts.length === 0) return '<none>';
  parts.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return parts.map((p) => p.text).join(',');
}

const n = (x: number | undefined): string => String(x ?? 0);

export const statefulSetPrinter: KindPrinter = {
  headers: ['NAME', 'READY', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES'],
  row(obj: KObject, ctx: PrintContext): string[] {
    const sts = obj as unknown as StatefulSet;
    const cells = [
      obj.metadata.name ?? '',
      `${n(sts.status?.readyReplicas)}/${n(sts.spec?.replicas)}`,
      since(obj.metadata.creationTimestamp, ctx.nowMs),
    ];
    return ctx.wide ? [...cells, ...containersAndImages(sts.spec?.template)] : cells;
  },
};

export const deploymentPrinter: KindPrinter = {
  headers: ['NAME', 'READY', 'UP-TO-DATE', 'AVAILABLE', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row(obj: KObject, ctx: PrintContext): string[] {
    const d = obj as unknown as Deployment;
    const cells = [
      obj.metadata.name ?? '',
      `${n(d.status?.readyReplicas)}/${n(d.spec?.replicas)}`,
      n(d.status?.updatedReplicas),
      n(d.status?.availableReplicas),
      since(obj.metadata.creationTimestamp, ctx.nowMs),
    ];
    return ctx.wide ? [...cells, ...containersAndImages(d.spec?.template), formatSelector(d.spec?.selector)] : cells;
  },
};

type Replicated = { spec?: { replicas?: number } & PodTemplateHolder; status?: { replicas?: number; readyReplicas?: number } };

/** A ReplicaSet's or ReplicationController's row (printReplicaSet / printReplicationController share their columns). */
function replicatedRow(obj: KObject, ctx: PrintContext, selector: string): string[] {
  const r = obj as unknown as Replicated;
  const cells = [
    obj.metadata.name ?? '',
    n(r.spec?.replicas),
    n(r.status?.replicas),
    n(r.status?.readyReplicas),
    since(obj.metadata.creationTimestamp, ctx.nowMs),
  ];
  return ctx.wide ? [...cells, ...containersAndImages(r.spec?.template), selector] : cells;
}

export const replicaSetPrinter: KindPrinter = {
  headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row: (obj: KObject, ctx: PrintContext) => replicatedRow(obj, ctx, ctx.wide ? formatSelector((obj as unknown as ReplicaSet).spec?.selector) : ''),
};

/** printReplicationController: like a ReplicaSet's row; the selector is a plain label map. */
export const replicationControllerPrinter: KindPrinter = {
  headers: ['NAME', 'DESIRED', 'CURRENT', 'READY', 'AGE'],
  wideHeaders: ['CONTAINERS', 'IMAGES', 'SELECTOR'],
  row: (obj: KObject, ctx: PrintContext) => replicatedRow(obj, ctx, ctx.wide ? formatLabels((obj as unknown as { spec?: { selector?: Record<string, string> } }).spec?.selector) : ''),
};

export const controllerRevisionPrinter: KindPrinter = {
  headers: ['NAME', 'CONTROLLER', 'REVISION', 'AGE'],
  wideHeaders: [],
  row(obj: KObject, ctx: PrintContext): string[] {
    const cr = obj as unknown as ControllerRevision;
    const owner = obj.metadata.ownerReferences?.find((r) => r.controller);
    let controller = '<none>';
    if (owner) {
      const group = owner.apiVersion.includes('/') ? owner.apiVersion.split('/')[0] : '';
      controller = `${owner.kind.toLowerCase()}${group ? '.' + group : ''}/${owner.name}`;
    }
    return [obj.metadata.name ?? '', controller, String(cr.revision ?? 0), since(obj.metadata.creationTimestamp, ctx.nowMs)];
  },
};
