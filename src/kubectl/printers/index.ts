// The kind -> table printer registry and table assembly (NAMESPACE column, kind-prefixed names, LABELS).
import type { KObject, KindName } from '../../sim/index';
import { kubectlKindPrefix } from '../../sim/index';
import { nodePrinter, namespacePrinter, configMapPrinter, secretPrinter } from './nodes';
import { podPrinter } from './pods';
import { pdbPrinter } from './policy';
import { roleBindingPrinter, rolePrinter, serviceAccountPrinter } from './rbac';
import { endpointSlicePrinter, endpointsPrinter, servicePrinter } from './services';
import { pvPrinter, pvcPrinter, storageClassPrinter } from './storage';
import { formatLabels, type KindPrinter } from './types';
import { controllerRevisionPrinter, deploymentPrinter, replicaSetPrinter, replicationControllerPrinter, statefulSetPrinter } from './workloads';

export const PRINTERS: Readonly<Record<KindName, KindPrinter>> = {
  Pod: podPrinter,
  PersistentVolumeClaim: pvcPrinter,
  PersistentVolume: pvPrinter,
  StorageClass: storageClassPrinter,
  StatefulSet: statefulSetPrinter,
  Deployment: deploymentPrinter,
  ReplicaSet: replicaSetPrinter,
  ControllerRevision: controllerRevisionPrinter,
  Service: servicePrinter,
  Endpoints: endpointsPrinter,
  EndpointSlice: endpointSlicePrinter,
  Node: nodePrinter,
  Namespace: namespacePrinter,
  ConfigMap: configMapPrinter,
  Secret: secretPrinter,
  PodDisruptionBudget: pdbPrinter,
  ReplicationController: replicationControllerPrinter,
  ServiceAccount: serviceAccountPrinter,
  Role: rolePrinter,
  ClusterRole: rolePrinter,
  RoleBinding: roleBindingPrinter,
  ClusterRoleBinding: roleBindingPrinter,
};

export interface TableOptions {
  readonly nowMs: number;
  readonly wide?: boolean;
  readonly showLabels?: boolean;
  /** Prefix a NAMESPACE column (`-A`). */
  readonly withNamespace?: boolean;
  /** Print names as `statefulset.apps/web` (several kinds requested). */
  readonly withKind?: boolean;
}

export function tableHeader(kind: KindName, opts: TableOptions): string[] {
  const p = PRINTERS[kind];
  const h = [...p.headers, ...(opts.wide ? p.wideHeaders : [])];
  if (opts.showLabels) h.push('LABELS');
  return opts.withNamespace ? ['NAMESPACE', ...h] : h;
}

export function tableRow(obj: KObject, opts: TableOptions): string[] {
  const kind = obj.kind as KindName;
  const cells = PRINTERS[kind].row(obj, { nowMs: opts.nowMs, wide: opts.wide ?? false });
  if (opts.withKind) cells[0] = `${kubectlKindPrefix(kind)}/${cells[0] ?? ''}`;
  if (opts.showLabels) cells.push(formatLabels(obj.metadata.labels));
  return opts.withNamespace ? [obj.metadata.namespace ?? '', ...cells] : cells;
}

/** Header row + one row per object (not laid out). */
export function tableRows(kind: KindName, objects: readonly KObject[], opts: TableOptions): string[][] {
  return [tableHeader(kind, opts), ...objects.map((o) => tableRow(o, opts))];
}
