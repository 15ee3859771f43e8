// `kubectl describe TYPE [NAME_PREFIX] | TYPE/NAME | TYPE -l SELECTOR`. Mirrors kubectl pkg/cmd/describe
// (exact name first, else every object whose name has the prefix; objects separated by "\n\n") and the
// per-kind describers of pkg/describe/describe.go (see src/kubectl/describe/).
import type { ClusterSnapshot, KObject, KindName } from '../../sim/index';
import { qualifiedResource } from '../../sim/index';
import { str, strs, type FlagSpec, type ParsedArgs } from '../args';
import { describeNode } from '../describe/node';
import { describeConfigMap, describeEndpoints, describePdb } from '../describe/other';
import { describePod } from '../describe/pod';
import { describeService } from '../describe/service';
import { describePv, describePvc, describeStorageClass } from '../describe/storage';
import { describeDeployment, describeReplicaSet, describeReplicationController, describeStatefulSet } from '../describe/workloads';
import { fail, formatApiError } from '../errors';
import { getObject, isNamespaced, listObjects } from '../resources';
import { matchesSelector, parseSelector } from '../selector';
import type { KubectlEnv, KubectlOutput } from '../types';
import { ALL_NAMESPACES_FLAG, GLOBAL_FLAGS, noResourcesMessage, scopeOf } from './common';
import { parseTargets } from './getTargets';
import { readManifests } from './manifestInput';
import type { NamespaceScope } from '../types';

export const DESCRIBE_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  ALL_NAMESPACES_FLAG,
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'show-events', type: 'bool' },
  { name: 'chunk-size', type: 'int' },
  { name: 'filename', short: 'f', type: 'strings' },
];

type Describer = (obj: KObject, snapshot: ClusterSnapshot) => string;

const DESCRIBERS: Partial<Record<KindName, Describer>> = {
  Pod: describePod,
  StatefulSet: describeStatefulSet,
  Deployment: describeDeployment,
  ReplicaSet: describeReplicaSet,
  ReplicationController: describeReplicationController,
  PersistentVolumeClaim: describePvc,
  PersistentVolume: describePv,
  StorageClass: describeStorageClass,
  Service: describeService,
  Node: describeNode,
  Endpoints: describeEndpoints,
  ConfigMap: describeConfigMap,
  PodDisruptionBudget: describePdb,
};

const ENDPOINTS_WARNING = 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\n';

const NO_TYPE =
  'You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.\n';

export function runDescribe(parsed: ParsedArgs, env: KubectlEnv): KubectlOutput {
  const { flags, args } = parsed;
  const scope = scopeOf(flags);
  const files = strs(flags['filename']);
  if (files.length > 0) return describeFiles(files, flags['show-events'] === false, env, scope);
  if (args.length === 0) return { stdout: '', stderr: NO_TYPE + '\n', exitCode: 1 };
  const targets = parseTargets(args);
  if ('error' in targets) return fail(targets.error);
  const selector = parseSelector(str(flags['selector']) ?? '');
  if ('error' in selector) return fail(selector.error);
  const noEvents = flags['show-events'] === false;
  const snapshot: ClusterSnapshot = noEvents ? { ...env.snapshot, events: [] } : env.snapshot;
  const found: { obj: KObject; describe: Describer }[] = [];
  const errors: string[] = [];
  let listed = false;
  for (const t of targets.targets) {
    if (t.type.kind === 'Event') return fail('Podium does not describe events; use "kubectl get events"');
    const kind = t.type.kind;
    const describe = DESCRIBERS[kind];
    if (!describe) return fail(`"kubectl describe ${t.type.info.plural}" is not simulated by Podium yet`);
    const ns = scope.all ? undefined : scope.namespace;
    if (!t.names) {
      listed = true;
      for (const o of listObjects(env.snapshot, kind, ns)) if (matchesSelector(selector, o.metadata.labels)) found.push({ obj: o, describe });
      continue;
    }
    for (const name of t.names) {
      const exact = getObject(env.snapshot, kind, scope.namespace, name);
      const matches = exact ? [exact] : listObjects(env.snapshot, kind, scope.namespace).filter((o) => (o.metadata.name ?? '').startsWith(name));
      if (matches.length === 0) errors.push(formatApiError({ reason: 'NotFound', resource: qualifiedResource(kind), name }));
      for (const o of matches) found.push({ obj: o, describe });
    }
  }
  const stdout = found.map((f) => f.describe(f.obj, snapshot)).join('\n\n');
  let stderr = targets.targets.some((t) => t.type.kind === 'Endpoints') ? ENDPOINTS_WARNING : '';
  stderr += errors.map((e) => e + '\n').join('');
  if (listed && found.length === 0 && errors.length === 0) {
    stderr += noResourcesMessage(scope, targets.targets.every((t) => t.type.kind === 'Event' || isNamespaced(t.type.kind)));
  }
  return { stdout, stderr, exitCode: errors.length > 0 ? 1 : 0 };
}


/** `describe -f FILE`: each object the file names, looked up by kind, namespace and name (describe.go with -f). */
function describeFiles(files: readonly string[], noEvents: boolean, env: KubectlEnv, scope: NamespaceScope): KubectlOutput {
  const input = readManifests(files, env, scope);
  if ('fatal' in input) return fail(input.fatal);
  const snapshot: ClusterSnapshot = noEvents ? { ...env.snapshot, events: [] } : env.snapshot;
  const parts: string[] = [];
  const errors = input.errors.map((e) => 'error: ' + e);
  for (const it of input.items) {
    const kind = it.object.kind as KindName;
    const describe = DESCRIBERS[kind];
    if (!describe) return fail(`"kubectl describe ${qualifiedResource(kind)}" is not simulated by Podium yet`);
    const name = it.object.metadata.name ?? '';
    const obj = getObject(env.snapshot, kind, it.object.metadata.namespace ?? '', name);
    if (obj) parts.push(describe(obj, snapshot));
    else errors.push(formatApiError({ reason: 'NotFound', resource: qualifiedResource(kind), name }));
  }
  return { stdout: parts.join('\n\n'), stderr: errors.map((e) => e + '\n').join(''), exitCode: errors.length > 0 ? 1 : 0 };
}
