// `kubectl create deployment NAME --image=IMG [--replicas=N] [--port=P] [-- CMD…]` and `kubectl create service
// clusterip|nodeport|loadbalancer|externalname NAME [--tcp=port[:target]] [--clusterip=None] [--node-port=N]
// [--external-name=X]`, with `--dry-run=client -o yaml|json|name`. Mirrors kubectl pkg/cmd/create
// (create_deployment.go: createDeployment, buildPodSpec container names from the image; create_service.go:
// createService, port names `port-target`; "failed to create … " errors). Other `create` forms read -f.
import type { KObject, RequestResult } from '../../sim/index';
import { int, str, strs, type FlagSpec, type ParsedArgs } from '../args';
import { fail, formatApiError } from '../errors';
import { nameOf, toJson, toYaml } from '../printers/yaml';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { APPLY_FLAGS } from './apply';
import { scopeOf } from './common';

export const CREATE_SUB_FLAGS: readonly FlagSpec[] = [
  ...APPLY_FLAGS,
  { name: 'image', type: 'strings' },
  { name: 'replicas', short: 'r', type: 'int' },
  { name: 'port', type: 'int' },
  { name: 'tcp', type: 'strings' },
  { name: 'clusterip', type: 'string' },
  { name: 'node-port', type: 'int' },
  { name: 'external-name', type: 'string' },
  { name: 'dry-run', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
];

const out = (o: KubectlOutput): KubectlPlan => ({ type: 'output', ...o });

/** The create forms handled here, by the word after `create`. */
export const CREATE_SUBCOMMANDS: Readonly<Record<string, (p: ParsedArgs, env: KubectlEnv) => KubectlPlan>> = {
  deployment: planCreateDeployment,
  deploy: planCreateDeployment,
  service: planCreateService,
  svc: planCreateService,
};

/** buildPodSpec: the container name is the image's last path part without tag or digest, made DNS-safe. */
function containerName(image: string): string {
  const base = image.split('/').at(-1)!.split('@')[0]!.split(':')[0]!;
  return base.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

function finish(obj: KObject, parsed: ParsedArgs, what: string): KubectlPlan {
  const scope = scopeOf(parsed.flags);
  const printed = scope.explicit ? withNamespace(obj, scope.namespace) : obj;
  const dryRun = str(parsed.flags['dry-run']);
  if (dryRun !== undefined && dryRun !== 'none') {
    if (!['client', 'server'].includes(dryRun)) return out(fail(`Invalid dry-run value (${dryRun}). Must be "none", "server", or "client".`));
    const o = str(parsed.flags['output']);
    if (o === 'yaml') return out({ stdout: toYaml(printed), stderr: '', exitCode: 0 });
    if (o === 'json') return out({ stdout: toJson(printed), stderr: '', exitCode: 0 });
    return out({ stdout: `${nameOf(obj)} created (${dryRun} dry run)\n`, stderr: '', exitCode: 0 });
  }
  return {
    type: 'request',
    request: { type: 'create', objects: [withNamespace(obj, scope.namespace)] },
    render: (result: RequestResult) => {
      const item = result.items[0];
      if (item?.error) {
        const msg = formatApiError(item.error).replace(/^Error from server \([A-Za-z]+\): /, '');
        return item.error.reason === 'AlreadyExists' ? fail(`failed to create ${what}: ${msg}`) : { stdout: '', stderr: formatApiError(item.error) + '\n', exitCode: 1 };
      }
      return { stdout: `${nameOf(obj)} created\n`, stderr: '', exitCode: 0 };
    },
  };
}

function planCreateDeployment(parsed: ParsedArgs): KubectlPlan {
  const [name, ...rest] = parsed.args.slice(1);
  const dash = parsed.argsLenAtDash ?? -1;
  if (!name || dash === 1) return out(fail('exactly one NAME is required, got 0\nSee \'kubectl create deployment -h\' for help and examples'));
  if (rest.length > 0 && dash < 0) return out(fail(`exactly one NAME is required, got ${rest.length + 1}\nSee 'kubectl create deployment -h' for help and examples`));
  const images = strs(parsed.flags['image']);
  if (images.length === 0) return out(fail('required flag(s) "image" not set'));
  if (images.length > 1 && rest.length > 0) return out(fail('cannot specify multiple --image options and command'));
  const replicas = int(parsed.flags['replicas']) ?? 1;
  const port = int(parsed.flags['port']);
  const labels = { app: name };
  const containers = images.map((image) => ({
    image, name: containerName(image), resources: {},
    ...(rest.length ? { command: rest } : {}),
    ...(port !== undefined && port >= 0 ? { ports: [{ containerPort: port }] } : {}),
  }));
  const obj = {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { creationTimestamp: null, labels, name },
    spec: { replicas, selector: { matchLabels: labels }, strategy: {}, template: { metadata: { creationTimestamp: null, labels }, spec: { containers } } },
    status: {},
  } as unknown as KObject;
  return finish(obj, parsed, 'deployment');
}

const SERVICE_TYPES: Readonly<Record<string, string>> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' };

function planCreateService(parsed: ParsedArgs): KubectlPlan {
  const [sub, name, ...rest] = parsed.args.slice(1);
  const type = sub ? SERVICE_TYPES[sub] : undefined;
  if (!type) return out(fail(sub ? `unknown command "${sub}" for "kubectl create service"` : 'Create a service using a specified subcommand.\nAvailable Commands:\n  clusterip\n  externalname\n  loadbalancer\n  nodeport'));
  if (!name || rest.length) return out(fail(`exactly one NAME is required, got ${name ? rest.length + 1 : 0}`));
  const tcp = strs(parsed.flags['tcp']).flatMap((x) => x.split(','));
  const clusterIP = str(parsed.flags['clusterip']);
  const externalName = str(parsed.flags['external-name']);
  if (type === 'ExternalName' && !externalName) return out(fail('required flag(s) "external-name" not set'));
  if (tcp.length === 0 && type !== 'ExternalName' && clusterIP !== 'None') return out(fail('at least one tcp port specifier must be provided'));
  const ports: Record<string, unknown>[] = [];
  for (const spec of tcp) {
    const [p, target = p] = spec.split(':');
    const port = Number(p);
    const targetNum = Number(target);
    if (!/^\d+$/.test(p ?? '') || port < 1 || port > 65535) return out(fail(`${p} is not a valid port number`));
    const entry: Record<string, unknown> = { name: `${p}-${target}`, port, protocol: 'TCP', targetPort: /^\d+$/.test(target ?? '') ? targetNum : target };
    const nodePort = int(parsed.flags['node-port']);
    if (type === 'NodePort' && nodePort !== undefined && nodePort > 0) entry['nodePort'] = nodePort;
    ports.push(entry);
  }
  const labels = { app: name };
  const spec: Record<string, unknown> = {
    ...(ports.length ? { ports } : {}),
    ...(type === 'ExternalName' ? { externalName } : { selector: labels }),
    type,
    ...(clusterIP !== undefined && clusterIP !== '' ? { clusterIP } : {}),
  };
  const obj = {
    apiVersion: 'v1', kind: 'Service',
    metadata: { creationTimestamp: null, labels, name },
    spec,
    status: { loadBalancer: {} },
  } as unknown as KObject;
  return finish(obj, parsed, `${type} service`);
}

/** The request carries the namespace; the dry-run print shows it only when -n was given (as kubectl does). */
function withNamespace(obj: KObject, namespace: string): KObject {
  return { ...obj, metadata: { ...obj.metadata, namespace } };
}
