// `fault:` steps: {type: node-down|node-up, node} or {type: pod-unready|pod-ready|container-crash|pod-evict, pod}.
import type { Fault } from '../sim';
import type { Reader } from './yamlReader';
import { unknownName } from './yamlReader';

export const FAULT_TYPES: readonly Fault['type'][] = ['node-down', 'node-up', 'pod-unready', 'pod-ready', 'container-crash', 'pod-evict'];
const FAULT_KEYS = ['type', 'node', 'pod', 'namespace'] as const;

export function parseFault(r: Reader, node: unknown, line: number, nodes: number): Fault | undefined {
  const m = r.map(node, 'fault', line);
  if (!m) return undefined;
  const got: Partial<Record<(typeof FAULT_KEYS)[number], [string | undefined, number]>> = {};
  for (const [key, value, keyLine] of r.entries(m, FAULT_KEYS, 'fault')) {
    got[key as (typeof FAULT_KEYS)[number]] = [r.string(value, `fault.${key}`, keyLine), keyLine];
  }
  if (!got.type) return r.fail(line, `fault needs 'type' (one of: ${FAULT_TYPES.join(', ')})`);
  const [type, typeLine] = got.type;
  if (type === undefined) return undefined;
  if (!(FAULT_TYPES as readonly string[]).includes(type)) return r.fail(typeLine, unknownName(`fault type '${type}'`, type, FAULT_TYPES));
  const t = type as Fault['type'];
  if (t === 'node-down' || t === 'node-up') {
    if (got.pod || got.namespace) return r.fail((got.pod ?? got.namespace)?.[1] ?? line, `fault ${t} takes 'node', not 'pod' or 'namespace'`);
    if (!got.node) return r.fail(line, `fault ${t} needs 'node' (e.g. node: node-2)`);
    const name = got.node[0];
    if (name === undefined) return undefined;
    if (!isNodeName(name, nodes)) return r.fail(got.node[1], `fault ${t}: no node '${name}' (this cluster has node-1..node-${nodes})`);
    return { type: t, node: name };
  }
  if (got.node) return r.fail(got.node[1], `fault ${t} takes 'pod', not 'node'`);
  if (!got.pod) return r.fail(line, `fault ${t} needs 'pod' (e.g. pod: web-1)`);
  const [pod, podLine] = got.pod;
  if (pod === undefined) return undefined;
  if (pod.trim() === '') return r.fail(podLine, `fault ${t}: pod name is empty`);
  const namespace = got.namespace?.[0];
  return namespace === undefined ? { type: t, pod } : { type: t, pod, namespace };
}

function isNodeName(name: string, nodes: number): boolean {
  const m = /^node-([1-9]\d*)$/.exec(name);
  return m !== null && Number(m[1]) <= nodes;
}
