// Node, Namespace, ConfigMap and Secret rows. Mirrors printers.go (printNode, getNodeExternalIP, findNodeRoles,
// printNamespace, printConfigMap, printSecret).
import type { ConfigMap, KObject, Namespace, Node, Secret } from '../../sim/index';
import { since } from './duration';
import type { KindPrinter, PrintContext } from './types';

export const SIMULATED_KUBELET_VERSION = 'v1.34.0';

function nodeStatus(node: Node): string {
  const ready = node.status?.conditions?.find((c) => c.type === 'Ready');
  const parts = [ready?.status === 'True' ? 'Ready' : 'NotReady'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

function nodeRoles(obj: KObject): string {
  const roles = new Set<string>();
  for (const [k, v] of Object.entries(obj.metadata.labels ?? {})) {
    if (k.startsWith('node-role.kubernetes.io/')) {
      const role = k.slice('node-role.kubernetes.io/'.length);
      if (role) roles.add(role);
    } else if (k === 'kubernetes.io/role' && v) roles.add(v);
  }
  return roles.size > 0 ? [...roles].sort().join(',') : '<none>';
}

function address(node: Node, type: string): string {
  return node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
}

export const nodePrinter: KindPrinter = {
  headers: ['NAME', 'STATUS', 'ROLES', 'AGE', 'VERSION'],
  wideHeaders: ['INTERNAL-IP', 'EXTERNAL-IP', 'OS-IMAGE', 'KERNEL-VERSION', 'CONTAINER-RUNTIME'],
  row(obj: KObject, ctx: PrintContext): string[] {
    const node = obj as unknown as Node;
    const info = node.status?.nodeInfo;
    const cells = [
      obj.metadata.name ?? '',
      nodeStatus(node),
      nodeRoles(obj),
      since(obj.metadata.creationTimestamp, ctx.nowMs),
      info?.kubeletVersion || SIMULATED_KUBELET_VERSION,
    ];
    if (!ctx.wide) return cells;
    const unknown = (s: string | undefined): string => (s ? s : '<unknown>');
    return [
      ...cells,
      address(node, 'InternalIP'),
      address(node, 'ExternalIP'),
      unknown(info?.osImage),
      unknown(info?.kernelVersion),
      unknown(info?.containerRuntimeVersion),
    ];
  },
};

export const namespacePrinter: KindPrinter = {
  headers: ['NAME', 'STATUS', 'AGE'],
  wideHeaders: [],
  row: (obj: KObject, ctx: PrintContext) => [
    obj.metadata.name ?? '',
    (obj as unknown as Namespace).status?.phase ?? 'Active',
    since(obj.metadata.creationTimestamp, ctx.nowMs),
  ],
};

export const configMapPrinter: KindPrinter = {
  headers: ['NAME', 'DATA', 'AGE'],
  wideHeaders: [],
  row(obj: KObject, ctx: PrintContext): string[] {
    const cm = obj as unknown as ConfigMap;
    const count = Object.keys(cm.data ?? {}).length + Object.keys(cm.binaryData ?? {}).length;
    return [obj.metadata.name ?? '', String(count), since(obj.metadata.creationTimestamp, ctx.nowMs)];
  },
};

export const secretPrinter: KindPrinter = {
  headers: ['NAME', 'TYPE', 'DATA', 'AGE'],
  wideHeaders: [],
  row(obj: KObject, ctx: PrintContext): string[] {
    const s = obj as unknown as Secret;
    const count = Object.keys(s.data ?? {}).length + Object.keys(s.stringData ?? {}).length;
    return [obj.metadata.name ?? '', s.type ?? 'Opaque', String(count), since(obj.metadata.creationTimestamp, ctx.nowMs)];
  },
};
