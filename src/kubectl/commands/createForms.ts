// `kubectl create configmap|secret generic|namespace|serviceaccount NAME …` (and `create -f`). Mirrors kubectl
// pkg/cmd/create/create_configmap.go, create_secret.go, create_namespace.go and create_serviceaccount.go: --from-literal (key=value),
// --from-file ([key=]path, read from the workspace's files), --from-env-file, --type, --dry-run=client with
// -o yaml|json; the printed line is `configmap/NAME created` (`(dry run)` when not sent).
import type { KObject } from '../../sim/index';
import { encodeBase64 } from '../../sim/index';
import { str, strs, type FlagSpec, type ParsedArgs } from '../args';
import { fail, flagError, formatApiError } from '../errors';
import { toJson, toYaml } from '../printers/yaml';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { APPLY_FLAGS, planApply } from './apply';
import { scopeOf } from './common';

export const CREATE_FORM_FLAGS: readonly FlagSpec[] = [
  ...APPLY_FLAGS,
  { name: 'from-literal', type: 'strings' },
  { name: 'from-file', type: 'strings' },
  { name: 'from-env-file', type: 'strings' },
  { name: 'type', type: 'string' },
  { name: 'dry-run', type: 'string' },
  { name: 'output', short: 'o', type: 'string' },
  { name: 'append-hash', type: 'bool' },
];

type Form = 'configmap' | 'secret' | 'namespace' | 'serviceaccount';
const FORMS: Readonly<Record<string, Form>> = { configmap: 'configmap', cm: 'configmap', secret: 'secret', namespace: 'namespace', ns: 'namespace', serviceaccount: 'serviceaccount', sa: 'serviceaccount' };


type Data = { data: Record<string, string> } | { error: string };

/** Key/value pairs from the --from-* flags, with kubectl's errors. */
function collect(parsed: ParsedArgs, env: KubectlEnv): Data {
  const data: Record<string, string> = {};
  const put = (k: string, v: string): string | undefined => {
    if (!/^[-._a-zA-Z0-9]+$/.test(k)) return `"${k}" is not a valid key name: a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')`;
    if (k in data) return `cannot add key "${k}", another key by that name already exists in Data for ConfigMap "${parsed.args[1] ?? ''}"`;
    data[k] = v;
    return undefined;
  };
  for (const lit of strs(parsed.flags['from-literal'])) {
    const eq = lit.indexOf('=');
    if (eq <= 0) return { error: `invalid literal source ${lit}, expected key=value` };
    const e = put(lit.slice(0, eq), lit.slice(eq + 1));
    if (e) return { error: e };
  }
  for (const spec of strs(parsed.flags['from-file'])) {
    const eq = spec.indexOf('=');
    const path = eq >= 0 ? spec.slice(eq + 1) : spec;
    const key = eq >= 0 ? spec.slice(0, eq) : path.slice(path.lastIndexOf('/') + 1);
    const text = env.files?.[path] ?? env.files?.[path.replace(/^\.\//, '')];
    if (text === undefined) return { error: `error reading ${path}: no such file or directory` };
    const e = put(key, text);
    if (e) return { error: e };
  }
  for (const path of strs(parsed.flags['from-env-file'])) {
    const text = env.files?.[path] ?? env.files?.[path.replace(/^\.\//, '')];
    if (text === undefined) return { error: `open ${path}: no such file or directory` };
    for (const line of text.split('\n')) {
      const l = line.trim();
      if (!l || l.startsWith('#')) continue;
      const eq = l.indexOf('=');
      const e = put(eq >= 0 ? l.slice(0, eq) : l, eq >= 0 ? l.slice(eq + 1) : '');
      if (e) return { error: e };
    }
  }
  return { data };
}

function build(form: Form, name: string, parsed: ParsedArgs, env: KubectlEnv): KObject | string {
  if (form === 'namespace') return { apiVersion: 'v1', kind: 'Namespace', metadata: { name } };
  // create_serviceaccount.go: just the name (and namespace).
  if (form === 'serviceaccount') return { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name, namespace: scopeOf(parsed.flags).namespace } };
  const c = collect(parsed, env);
  if ('error' in c) return c.error;
  const namespace = scopeOf(parsed.flags).namespace;
  if (form === 'configmap') return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace }, data: c.data };
  const data = Object.fromEntries(Object.entries(c.data).map(([k, v]) => [k, encodeBase64(String(v))]));
  return { apiVersion: 'v1', kind: 'Secret', metadata: { name, namespace }, type: str(parsed.flags['type']) ?? 'Opaque', data };
}

/** `kubectl create …`: a generator form, or `-f` files. */
export function planCreate(parsed: ParsedArgs, env: KubectlEnv): KubectlPlan {
  const form = FORMS[parsed.args[0] ?? ''];
  if (!form) return planApply('create', parsed, env);
  let args = parsed.args.slice(1);
  if (form === 'secret') {
    if (args[0] !== 'generic') {
      const sub = args[0];
      if (sub === 'tls' || sub === 'docker-registry') return { type: 'output', ...fail(`kubectl create secret ${sub} is not simulated in Podium (only secret generic)`) };
      return { type: 'output', ...flagError('Create a secret with specified type.\n\n A docker-registry type secret is for accessing a container registry.\n\n A generic type secret indicate an Opaque secret type.\n\n A tls type secret holds TLS certificate and its associated key.', 'create secret') };
    }
    args = args.slice(1);
  }
  const name = args[0];
  const usage = form === 'namespace' || form === 'serviceaccount' ? `create ${form} NAME [--dry-run=server|client|none]` : form === 'configmap' ? 'create configmap NAME [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]' : 'create secret generic NAME [--type=string] [--from-file=[key=]source] [--from-literal=key1=value1] [--dry-run=server|client|none]';
  if (!name || args.length > 1) return { type: 'output', stdout: '', stderr: `error: exactly one NAME is required, got ${args.length}\nSee 'kubectl ${usage.split(' NAME')[0]} -h' for help and examples\n`, exitCode: 1 };
  const obj = build(form, name, parsed, env);
  if (typeof obj === 'string') return { type: 'output', ...fail(obj) };
  const prefix = `${form}/${name}`;
  const dryRun = str(parsed.flags['dry-run']);
  const output = str(parsed.flags['output']);
  const print = (o: KObject, suffix: string): KubectlOutput => {
    if (output === 'yaml') return { stdout: toYaml(o), stderr: '', exitCode: 0 };
    if (output === 'json') return { stdout: toJson(o), stderr: '', exitCode: 0 };
    if (output === 'name') return { stdout: `${prefix}\n`, stderr: '', exitCode: 0 };
    return { stdout: `${prefix} ${suffix}\n`, stderr: '', exitCode: 0 };
  };
  if (dryRun === 'client') return { type: 'output', ...print(obj, 'created (dry run)') };
  return {
    type: 'request',
    request: { type: 'create', objects: [obj] },
    render: (r) => {
      const err = r.items[0]?.error;
      return err ? { stdout: '', stderr: formatApiError(err) + '\n', exitCode: 1 } : print(obj, 'created');
    },
  };
}
