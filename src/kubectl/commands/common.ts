// Flags every command accepts, and the namespace scope they select.
import { bool, str, type FlagSpec, type FlagValue } from '../args';
import type { NamespaceScope } from '../types';

export const GLOBAL_FLAGS: readonly FlagSpec[] = [
  { name: 'namespace', short: 'n', type: 'string' },
  { name: 'kubeconfig', type: 'string' },
  { name: 'context', type: 'string' },
  { name: 'cluster', type: 'string' },
  { name: 'user', type: 'string' },
  { name: 'request-timeout', type: 'string' },
  { name: 'v', short: 'v', type: 'int' },
];

export const ALL_NAMESPACES_FLAG: FlagSpec = { name: 'all-namespaces', short: 'A', type: 'bool' };

export function scopeOf(flags: Record<string, FlagValue>): NamespaceScope {
  const ns = str(flags['namespace']);
  return { namespace: ns || 'default', explicit: ns !== undefined && ns !== '', all: bool(flags['all-namespaces']) };
}

/** `No resources found in default namespace.` (namespaced, one namespace) or `No resources found`. */
export function noResourcesMessage(scope: NamespaceScope, namespaced: boolean): string {
  return !scope.all && namespaced ? `No resources found in ${scope.namespace} namespace.\n` : 'No resources found\n';
}
