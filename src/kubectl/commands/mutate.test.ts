import { describe, expect, test, vi } from 'vitest';
import type { ClientRequest, RequestResult } from '../../sim/index';
import { planKubectl } from '../plan';
import type { KubectlEnv, KubectlOutput, KubectlPlan } from '../types';
import { MIN, pod, pv, snapshot, sts } from '../testing/builders';
vi.mock('../../sim/index', () => import('../testing/simApi'));

const MANIFEST = `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  ports:
  - port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  replicas: 2
`;
const env: KubectlEnv = {
  snapshot: snapshot([pod({ name: 'web-0' }), pod({ name: 'web-1' }), sts({ name: 'web', replicas: 2 }), pv({ name: 'pv0001' })], 5 * MIN),
  stdin: MANIFEST,
  files: { 'web.yaml': MANIFEST },
};

function request(line: string, e: KubectlEnv = env): { request: ClientRequest; render(r: RequestResult): KubectlOutput } {
  const plan: KubectlPlan = planKubectl(line, e);
  if (plan.type !== 'request') throw new Error('expected a request, got ' + JSON.stringify(plan));
  return plan;
}
function output(line: string, e: KubectlEnv = env): KubectlOutput {
  const plan = planKubectl(line, e);
  if (plan.type !== 'output') throw new Error('expected output');
  return { stdout: plan.stdout, stderr: plan.stderr, exitCode: plan.exitCode };
}

describe('apply / create', () => {
  test('apply -f - : objects with namespace filled, lines in document order', () => {
    const p = request('kubectl apply -f -');
    expect(p.request.type).toBe('apply');
    const objs = p.request.type === 'apply' ? p.request.objects : [];
    expect(objs.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`)).toEqual(['Service/default/nginx', 'StatefulSet/default/web']);
    const out = p.render({
      items: [
        { ref: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, outcome: 'configured', index: 1 },
        { ref: { kind: 'Service', namespace: 'default', name: 'nginx' }, outcome: 'created', index: 0 },
      ],
      warnings: [],
    });
    expect(out).toEqual({ stdout: 'service/nginx created\nstatefulset.apps/web configured\n', stderr: '', exitCode: 0 });
  });
  test('-n fills the namespace; a conflicting object namespace is refused', () => {
    const p = request('apply -n team -f web.yaml');
    expect(p.request.type === 'apply' && p.request.objects[0]?.metadata.namespace).toBe('team');
    const other = { ...env, stdin: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: s\n  namespace: prod\n' };
    expect(output('apply -n team -f -', other).stderr).toBe(
      `error: the namespace from the provided object "prod" does not match the namespace "team". You must pass '--namespace=prod' to perform this operation.\n`,
    );
  });
  test('create: AlreadyExists keeps the source prefix, Invalid drops it; exit code 1', () => {
    const p = request('create -f web.yaml');
    expect(p.request.type).toBe('create');
    const out = p.render({
      items: [
        { ref: { kind: 'Service', namespace: 'default', name: 'nginx' }, outcome: 'created', index: 0 },
        { ref: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, error: { reason: 'AlreadyExists', resource: 'statefulsets.apps', name: 'web' }, index: 1 },
      ],
      warnings: [],
    });
    expect(out).toEqual({
      stdout: 'service/nginx created\n',
      stderr: 'Error from server (AlreadyExists): error when creating "web.yaml": statefulsets.apps "web" already exists\n',
      exitCode: 1,
    });
    const invalid = request('apply -f -').render({
      items: [
        {
          ref: { kind: 'StatefulSet', namespace: 'default', name: 'web' },
          index: 1,
          error: { reason: 'Invalid', kind: 'StatefulSet', name: 'web', causes: [
            { field: 'spec.selector', type: 'Required', message: 'spec.selector: Required value' },
            { field: 'spec.template.metadata.labels', type: 'Invalid', message: 'spec.template.metadata.labels: Invalid value: {"app":"nginx"}: `selector` does not match template `labels`' },
          ] },
        },
      ],
      warnings: ['resource statefulsets/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation'],
    });
    expect(invalid.stderr).toBe(
      'Warning: resource statefulsets/web is missing the kubectl.kubernetes.io/last-applied-configuration annotation\n' +
        'The StatefulSet "web" is invalid: \n* spec.selector: Required value\n* spec.template.metadata.labels: Invalid value: {"app":"nginx"}: `selector` does not match template `labels`\n',
    );
    expect(invalid.exitCode).toBe(1);
  });
  test('apply to an existing object reports server errors as patching', () => {
    const out = request('apply -f web.yaml').render({
      items: [{ ref: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, index: 1, error: { reason: 'Conflict', message: 'the object has been modified' } }],
      warnings: [],
    });
    expect(out.stderr).toBe('Error from server (Conflict): error when patching "web.yaml": the object has been modified\n');
  });
  test('client-side errors', () => {
    const bad = (stdin: string) => output('apply -f -', { ...env, stdin });
    expect(bad('metadata:\n  name: x\n')).toEqual({
      stdout: '',
      stderr: 'error: error validating "STDIN": error validating data: [apiVersion not set, kind not set]; if you choose to ignore these errors, turn validation off with --validate=false\n',
      exitCode: 1,
    });
    expect(bad('apiVersion: apps/v1\nkind: StatefulSett\nmetadata:\n  name: web\n').stderr).toBe(
      'error: resource mapping not found for name: "web" namespace: "" from "STDIN": no matches for kind "StatefulSett" in version "apps/v1"\nensure CRDs are installed first\n',
    );
    expect(bad('apiVersion: v1\nkind: Pod\nmetadata:\n  name: x: y\n').stderr).toBe(
      'error: error parsing STDIN: error converting YAML to JSON: yaml: line 4: mapping values are not allowed in this context\n',
    );
    expect(bad('')).toEqual({ stdout: '', stderr: 'error: no objects passed to apply\n', exitCode: 1 });
    expect(output('apply -f nope.yaml').stderr).toBe('error: the path "nope.yaml" does not exist\nPodium: the workspace\'s files (the editor\'s tabs) are: web.yaml\n');
    expect(output('apply').stderr).toBe('error: must specify one of -f and -k\n');
  });
  test('a mapping error does not stop the other documents', () => {
    const stdin = 'apiVersion: apps/v1\nkind: StatefulSett\nmetadata:\n  name: web\n---\n' + MANIFEST.split('---\n')[0];
    const p = request('apply -f -', { ...env, stdin });
    const out = p.render({ items: [{ ref: { kind: 'Service', namespace: 'default', name: 'nginx' }, outcome: 'created', index: 0 }], warnings: [] });
    expect(out.stdout).toBe('service/nginx created\n');
    expect(out.stderr).toMatch(/^error: resource mapping not found for name: "web"/);
    expect(out.exitCode).toBe(1);
  });
});

describe('delete', () => {
  const deleted = (kind: 'Pod' | 'StatefulSet' | 'PersistentVolume', name: string, outcome: 'deleted' | 'force deleted' = 'deleted') => ({
    ref: { kind, namespace: kind === 'PersistentVolume' ? '' : 'default', name },
    outcome,
  });
  test('v1.34 lines: namespaced "from default namespace", cluster-scoped plain', () => {
    const p = request('delete pod web-1');
    expect(p.request).toEqual({ type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name: 'web-1' }], propagation: 'Background' });
    expect(p.render({ items: [deleted('Pod', 'web-1')], warnings: [] }).stdout).toBe('pod "web-1" deleted from default namespace\n');
    expect(request('delete sts/web').render({ items: [deleted('StatefulSet', 'web')], warnings: [] }).stdout).toBe(
      'statefulset.apps "web" deleted from default namespace\n',
    );
    expect(request('delete pv pv0001').render({ items: [deleted('PersistentVolume', 'pv0001')], warnings: [] }).stdout).toBe('persistentvolume "pv0001" deleted\n');
  });
  test('--force --grace-period=0 warns and force deletes', () => {
    const p = request('delete pod web-0 --grace-period=0 --force');
    expect(p.request).toMatchObject({ gracePeriodSeconds: 0, force: true });
    expect(p.render({ items: [deleted('Pod', 'web-0', 'force deleted')], warnings: [] })).toEqual({
      stdout: 'pod "web-0" force deleted from default namespace\n',
      stderr:
        'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n',
      exitCode: 0,
    });
  });
  test('grace-period rules, --now, --cascade', () => {
    expect(request('delete pod web-0 --grace-period=0').request).toMatchObject({ gracePeriodSeconds: 1 });
    expect(request('delete pod web-0 --now').request).toMatchObject({ gracePeriodSeconds: 1 });
    expect(request('delete pod web-0 --grace-period 5 --wait=false').request).toMatchObject({ gracePeriodSeconds: 5 });
    expect(request('delete sts web --cascade=orphan').request).toMatchObject({ propagation: 'Orphan' });
    expect(request('delete sts web --cascade=foreground').request).toMatchObject({ propagation: 'Foreground' });
    expect(output('delete sts web --cascade=sideways').stderr).toBe('error: invalid cascade value (sideways). Must be "background", "foreground", or "orphan".\n');
    expect(output('delete pod web-0 --force --grace-period=5').stderr).toBe('error: --force and --grace-period greater than 0 cannot be specified together\n');
  });
  test('-l and --all resolve targets; nothing matched prints No resources found', () => {
    expect(request('delete pods --all').request).toMatchObject({ targets: [{ name: 'web-0' }, { name: 'web-1' }] });
    expect(output('delete pods -l app=none')).toEqual({ stdout: 'No resources found\n', stderr: '', exitCode: 0 });
  });
  test('-f deletes the manifest objects', () => {
    const p = request('delete -f web.yaml');
    expect(p.request).toMatchObject({ targets: [{ kind: 'StatefulSet', name: 'web' }] });
    const out = p.render({ items: [deleted('StatefulSet', 'web')], warnings: [] });
    expect(out.stdout).toBe('statefulset.apps "web" deleted from default namespace\n');
    expect(out.stderr).toBe('Error from server (NotFound): error when deleting "web.yaml": services "nginx" not found\n');
    expect(out.exitCode).toBe(1);
  });
  test('NotFound and usage errors', () => {
    expect(output('delete pod web-9')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "web-9" not found\n', exitCode: 1 });
    expect(output('delete pods').stderr).toBe('error: resource(s) were provided, but no name was specified\n');
    expect(output('delete').stderr).toMatch(/^error: You must provide one or more resources by argument or filename.\n/);
    const partial = request('delete pod web-9 web-0').render({ items: [deleted('Pod', 'web-0')], warnings: [] });
    expect(partial).toEqual({ stdout: 'pod "web-0" deleted from default namespace\n', stderr: 'Error from server (NotFound): pods "web-9" not found\n', exitCode: 1 });
  });
});

describe('scale', () => {
  test('both spellings', () => {
    for (const line of ['scale sts/web --replicas=5', 'scale statefulset web --replicas 5']) {
      const p = request(line);
      expect(p.request).toEqual({ type: 'scale', target: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, replicas: 5 });
      expect(p.render({ items: [{ ref: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, outcome: 'scaled' }], warnings: [] })).toEqual({
        stdout: 'statefulset.apps/web scaled\n', stderr: '', exitCode: 0,
      });
    }
  });
  test('errors', () => {
    expect(output('scale sts web').stderr).toBe('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n');
    expect(output('scale sts web --replicas=-1').stderr).toBe('error: The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0\n');
    expect(output('scale sts nope --replicas=1')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): statefulsets.apps "nope" not found\n', exitCode: 1 });
    expect(output('scale sts web --replicas=x').stderr).toBe(
      `error: invalid argument "x" for "--replicas" flag: strconv.ParseInt: parsing "x": invalid syntax\nSee 'kubectl scale --help' for usage.\n`,
    );
    const invalid = request('scale sts web --replicas=5').render({
      items: [{ ref: { kind: 'StatefulSet', namespace: 'default', name: 'web' }, error: { reason: 'Forbidden', message: 'forbidden' } }],
      warnings: [],
    });
    expect(invalid).toEqual({ stdout: '', stderr: 'Error from server (Forbidden): forbidden\n', exitCode: 1 });
  });
});
