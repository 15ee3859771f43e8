// `kubectl version`, `kubectl cluster-info`, `kubectl api-resources` for the simulated v1.34.0 cluster.
import { RESOURCES } from '../../sim/index';
import { str, type FlagSpec, type ParsedArgs } from '../args';
import { fail, ok } from '../errors';
import { formatTable } from '../printers/table';
import type { KubectlOutput } from '../types';
import { GLOBAL_FLAGS } from './common';

export const SERVER_URL = 'https://127.0.0.1:6443';
export const KUBE_VERSION = 'v1.34.0';

export const VERSION_FLAGS: readonly FlagSpec[] = [...GLOBAL_FLAGS, { name: 'client', type: 'bool' }, { name: 'output', short: 'o', type: 'string' }];

export function runVersion(parsed: ParsedArgs): KubectlOutput {
  const o = str(parsed.flags['output']);
  const client = parsed.flags['client'] === true;
  if (o === 'json' || o === 'yaml') {
    const info = { gitVersion: KUBE_VERSION, major: '1', minor: '34', platform: 'js/wasm' };
    const v = { clientVersion: info, kustomizeVersion: 'v5.7.1', ...(client ? {} : { serverVersion: info }) };
    return ok(o === 'json' ? JSON.stringify(v, null, 2) + '\n' : Object.entries(v).map(([k, x]) => (typeof x === 'string' ? `${k}: ${x}\n` : `${k}:\n${Object.entries(x).map(([a, b]) => `  ${a}: "${b}"\n`).join('')}`)).join(''));
  }
  if (o) return fail(`--output must be 'yaml' or 'json'`);
  return ok(`Client Version: ${KUBE_VERSION}\nKustomize Version: v5.7.1\n` + (client ? '' : `Server Version: ${KUBE_VERSION}\n`));
}

export function runClusterInfo(): KubectlOutput {
  return ok(
    `Kubernetes control plane is running at ${SERVER_URL}\n` +
      `CoreDNS is running at ${SERVER_URL}/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\n` +
      "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
  );
}

export const API_RESOURCES_FLAGS: readonly FlagSpec[] = [...GLOBAL_FLAGS, { name: 'namespaced', type: 'bool' }, { name: 'output', short: 'o', type: 'string' }];

export function runApiResources(parsed: ParsedArgs): KubectlOutput {
  const rows = [
    ...RESOURCES.map((r) => ({ name: r.plural, short: r.shortNames.join(','), gv: r.group ? `${r.group}/${r.version}` : r.version, ns: r.namespaced, kind: r.kind as string, group: r.group })),
    { name: 'events', short: 'ev', gv: 'v1', ns: true, kind: 'Event', group: '' },
  ]
    .filter((r) => parsed.flags['namespaced'] === undefined || r.ns === parsed.flags['namespaced'])
    .sort((a, b) => (a.group !== b.group ? (a.group < b.group ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (str(parsed.flags['output']) === 'name') {
    return ok(rows.map((r) => (r.group ? `${r.name}.${r.group}` : r.name) + '\n').join(''));
  }
  return ok(formatTable([['NAME', 'SHORTNAMES', 'APIVERSION', 'NAMESPACED', 'KIND'], ...rows.map((r) => [r.name, r.short, r.gv, String(r.ns), r.kind])]));
}
