// `kubectl set image TYPE/NAME CONTAINER=IMAGE ...` (`*=IMAGE` for every container). Mirrors kubectl
// pkg/cmd/set/set_image.go: `<kind.group>/<name> image updated`; an unknown container name is
// `error: unable to find container named "x"`. Sent as a strategic merge patch of the pod template's containers.
import type { FlagSpec, ParsedArgs } from '../args';
import { fail } from '../errors';
import type { KubectlEnv, KubectlPlan } from '../types';
import { GLOBAL_FLAGS, scopeOf } from './common';
import { patchPlan, resolveOne } from './target';

export const SET_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'all', type: 'bool' },
  { name: 'selector', short: 'l', type: 'string' },
  { name: 'local', type: 'bool' },
  { name: 'dry-run', type: 'string' },
  { name: 'record', type: 'bool' },
];

const SUBCOMMANDS = ['env', 'image', 'resources', 'selector', 'serviceaccount', 'subject'];

interface PodSpecLike {
  containers?: { name: string; image?: string }[];
  initContainers?: { name: string; image?: string }[];
}

export function planSet(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const out = (o: { stdout: string; stderr: string; exitCode: number }): KubectlPlan => ({ type: 'output', ...o });
  const [sub, ...rest] = parsed.args;
  if (!sub) return out({ stdout: 'Configure application resources.\n\nAvailable Commands:\n' + SUBCOMMANDS.map((s) => `  ${s}\n`).join(''), stderr: '', exitCode: 0 });
  if (sub !== 'image') return out(fail(SUBCOMMANDS.includes(sub) ? `"kubectl set ${sub}" is not simulated by Podium yet` : `unknown command "${sub}" for "kubectl set"`));
  const resources = rest.filter((a) => !a.includes('='));
  const pairs = rest.filter((a) => a.includes('='));
  if (pairs.length === 0) return out(fail('at least one image update is required'));
  const target = resolveOne(resources, scopeOf(parsed.flags).namespace, env);
  if ('error' in target) return out(target.error);
  const spec = target.obj.spec as { template?: { spec?: PodSpecLike } } & PodSpecLike;
  const podSpec = target.kind === 'Pod' ? spec : spec?.template?.spec;
  if (!podSpec) return out(fail(`error: ${target.kind} is not supported by "kubectl set image"`));
  const all = [...(podSpec.initContainers ?? []).map((c) => ({ ...c, init: true })), ...(podSpec.containers ?? []).map((c) => ({ ...c, init: false }))];
  const containers: { name: string; image: string }[] = [];
  const initContainers: { name: string; image: string }[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    const image = pair.slice(eq + 1);
    const matches = name === '*' ? all : all.filter((c) => c.name === name);
    if (matches.length === 0) return out(fail(`unable to find container named "${name}"`));
    for (const c of matches) (c.init ? initContainers : containers).push({ name: c.name, image });
  }
  const podPatch = { ...(containers.length ? { containers } : {}), ...(initContainers.length ? { initContainers } : {}) };
  const patch = target.kind === 'Pod' ? { spec: podPatch } : { spec: { template: { spec: podPatch } } };
  const ref = { kind: target.kind, namespace: target.obj.metadata.namespace ?? '', name: target.name };
  return patchPlan(ref, 'strategic', patch, 'image updated');
}
