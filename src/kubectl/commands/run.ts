// `kubectl run NAME --image=IMAGE [--restart=Never] [--rm] [-i] [-t] [--command] [-- ARGS...]`: creates a Pod.
// With -i the page console then waits for the pod to run, attaches (a shell, or the one-shot command's output)
// and with --rm deletes the pod afterwards. Mirrors kubectl pkg/cmd/run/run.go (Run, generator run-pod/v1).
// Deviations: the one-shot command's output is computed when the pod starts; the pod does not then complete.
import type { KObject } from '../../sim/index';
import { bool, str, strs, type FlagSpec, type ParsedArgs } from '../args';
import { fail, formatApiError } from '../errors';
import type { KubectlOutput, KubectlPlan } from '../types';
import { GLOBAL_FLAGS, scopeOf } from './common';

export const RUN_FLAGS: readonly FlagSpec[] = [
  ...GLOBAL_FLAGS,
  { name: 'image', type: 'string' },
  { name: 'restart', type: 'string' },
  { name: 'rm', type: 'bool' },
  { name: 'stdin', short: 'i', type: 'bool' },
  { name: 'tty', short: 't', type: 'bool' },
  { name: 'attach', type: 'bool' },
  { name: 'command', type: 'bool' },
  { name: 'labels', short: 'l', type: 'string' },
  { name: 'env', type: 'strings' },
  { name: 'port', type: 'string' },
  { name: 'image-pull-policy', type: 'string' },
  { name: 'quiet', short: 'q', type: 'bool' },
];

export const PROMPT_HINT = "If you don't see a command prompt, try pressing enter.\n";
const out = (o: KubectlOutput): KubectlPlan => ({ type: 'output', ...o });
const SHELLS = /^(\/(usr\/)?bin\/)?(sh|bash|ash)$/;

function parseLabels(text: string | undefined, name: string): Record<string, string> | undefined {
  if (text === undefined) return { run: name };
  const labels: Record<string, string> = {};
  for (const pair of text.split(',')) {
    const [k, v, extra] = pair.split('=');
    if (!k || v === undefined || extra !== undefined) return undefined;
    labels[k] = v;
  }
  return labels;
}

/** The Pod `kubectl run` sends (what `--dry-run=client -o yaml` prints). */
export function runPod(name: string, namespace: string, o: { image: string; restart: string; labels: Record<string, string>; args: string[]; command: boolean; stdin: boolean; tty: boolean; env: string[]; port?: string }): KObject {
  const container: Record<string, unknown> = { name, image: o.image, resources: {} };
  if (o.args.length) container[o.command ? 'command' : 'args'] = o.args;
  if (o.env.length) container['env'] = o.env.map((e) => ({ name: e.split('=')[0], value: e.slice(e.indexOf('=') + 1) }));
  if (o.port) container['ports'] = [{ containerPort: Number(o.port) }];
  if (o.stdin) Object.assign(container, { stdin: true, stdinOnce: true });
  if (o.tty) container['tty'] = true;
  return {
    apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace, labels: o.labels },
    spec: { containers: [container], dnsPolicy: 'ClusterFirst', restartPolicy: o.restart },
  } as KObject;
}

export function planRun(parsed: ParsedArgs): KubectlPlan {
  const { flags, args } = parsed;
  const dash = parsed.argsLenAtDash ?? -1;
  const name = args[0];
  if (!name || dash === 0) return out(fail("NAME is required for run\nSee 'kubectl run -h' for help and examples"));
  const image = str(flags['image']);
  if (!image) return out(fail('--image is required'));
  const restart = str(flags['restart']) ?? 'Always';
  if (!['Always', 'OnFailure', 'Never'].includes(restart)) return out(fail(`invalid restart policy: ${restart}`));
  const stdin = bool(flags['stdin']);
  const tty = bool(flags['tty']);
  if (tty && !stdin) return out(fail('-i/--stdin is required for containers with -t/--tty=true'));
  const attach = flags['attach'] === undefined ? stdin : bool(flags['attach']);
  const rm = bool(flags['rm']);
  if (rm && !attach) return out(fail('--rm should only be used for attached containers'));
  const labels = parseLabels(str(flags['labels']), name);
  if (!labels) return out(fail(`invalid label spec: ${str(flags['labels'])}`));
  const scope = scopeOf(flags);
  const cmd = args.slice(1);
  const pod = runPod(name, scope.namespace, { image, restart, labels, args: cmd, command: bool(flags['command']), stdin, tty, env: strs(flags['env']), ...(str(flags['port']) ? { port: str(flags['port']) } : {}) });
  const shell = cmd.length === 0 || (cmd.length === 1 && SHELLS.test(cmd[0]!));
  const render = (result: Parameters<Extract<KubectlPlan, { type: 'request' }>['render']>[0]): KubectlOutput => {
    const item = result.items[0];
    if (item?.error) return { stdout: '', stderr: formatApiError(item.error) + '\n', exitCode: 1 };
    if (!attach) return { stdout: `pod/${name} created\n`, stderr: '', exitCode: 0 };
    return { stdout: '', stderr: tty && shell && !bool(flags['quiet']) ? PROMPT_HINT : '', exitCode: 0 };
  };
  return {
    type: 'request', request: { type: 'create', objects: [pod] }, render,
    ...(attach ? { follow: { type: 'run' as const, namespace: scope.namespace, pod: name, container: name, ...(cmd.length && !shell ? { command: cmd } : {}), shell: shell ? (cmd[0] ?? 'sh') : 'sh', rm, tty } } : {}),
  };
}
