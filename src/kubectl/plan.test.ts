import { describe, expect, test, vi } from 'vitest';
import { formatApiError, planKubectl, printWatchRow } from './index';
import { parseFlags, tokenize } from './args';
import type { KubectlEnv, KubectlOutput } from './types';
import { MIN, S, pod, pvc, running, snapshot } from './testing/builders';
vi.mock('../sim/index', () => import('./testing/simApi'));

const env: KubectlEnv = { snapshot: snapshot([pod({ name: 'web-0' })], MIN) };
function run(line: string): KubectlOutput {
  const p = planKubectl(line, env);
  if (p.type !== 'output') throw new Error('expected output');
  return { stdout: p.stdout, stderr: p.stderr, exitCode: p.exitCode };
}

describe('tokenizing and flags', () => {
  test('quotes and escapes', () => {
    expect(tokenize(`get pods -l 'app in (a, b)' "x y" a\\ b`)).toEqual({ words: ['get', 'pods', '-l', 'app in (a, b)', 'x y', 'a b'] });
    expect(tokenize(`get "pods`)).toEqual({ error: 'unterminated quoted string' });
  });
  test('pflag forms', () => {
    const specs = [{ name: 'namespace', short: 'n', type: 'string' }, { name: 'all-namespaces', short: 'A', type: 'bool' }, { name: 'watch', short: 'w', type: 'bool' }] as const;
    expect(parseFlags(['pods', '-nkube-system', '-Aw'], specs)).toEqual({ args: ['pods'], flags: { namespace: 'kube-system', 'all-namespaces': true, watch: true } });
    expect(parseFlags(['-n=x', '--', '-A'], specs)).toEqual({ args: ['-A'], flags: { namespace: 'x' }, argsLenAtDash: 0 });
    expect(parseFlags(['--all-namespaces=false'], specs)).toEqual({ args: [], flags: { 'all-namespaces': false } });
    expect(parseFlags(['-n'], specs)).toEqual({ error: "flag needs an argument: 'n' in -n" });
    expect(parseFlags(['--namespace'], specs)).toEqual({ error: 'flag needs an argument: --namespace' });
    expect(parseFlags(['-x'], specs)).toEqual({ error: "unknown shorthand flag: 'x' in -x" });
  });
});

describe('command errors', () => {
  test('a leading kubectl is optional', () => {
    expect(run('get pods').stdout).toBe(run('kubectl get pods').stdout);
  });
  test('unknown command with and without suggestions', () => {
    expect(run('kubectl gett pods')).toEqual({ stdout: '', stderr: 'error: unknown command "gett" for "kubectl"\n\nDid you mean this?\n\tget\n\tset\n', exitCode: 1 });
    expect(run('kubectl delet pod x').stderr).toBe('error: unknown command "delet" for "kubectl"\n\nDid you mean this?\n\tdelete\n');
    expect(run('kubectl frobnicate')).toEqual({ stdout: '', stderr: 'error: unknown command "frobnicate" for "kubectl"\nRun \'kubectl --help\' for usage.\n', exitCode: 1 });
  });
  test('unknown flag', () => {
    expect(run('kubectl get pods --foo')).toEqual({ stdout: '', stderr: "error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n", exitCode: 1 });
    expect(run('kubectl delete pod web-0 --frce').stderr).toBe("error: unknown flag: --frce\nSee 'kubectl delete --help' for usage.\n");
  });
  test('real but unsimulated commands say so', () => {
    expect(run('kubectl top pods').stderr).toBe('error: "kubectl top" is not simulated by Podium yet\n');
  });
});

describe('info commands', () => {
  test('version', () => {
    expect(run('version')).toEqual({ stdout: 'Client Version: v1.34.0\nKustomize Version: v5.7.1\nServer Version: v1.34.0\n', stderr: '', exitCode: 0 });
  });
  test('cluster-info', () => {
    expect(run('cluster-info').stdout).toBe(
      'Kubernetes control plane is running at https://127.0.0.1:6443\n' +
        'CoreDNS is running at https://127.0.0.1:6443/api/v1/namespaces/kube-system/services/kube-dns:dns/proxy\n\n' +
        "To further debug and diagnose cluster problems, use 'kubectl cluster-info dump'.\n",
    );
  });
  test('api-resources', () => {
    const lines = run('api-resources').stdout.split('\n');
    expect(lines[0]).toBe('NAME                     SHORTNAMES   APIVERSION                     NAMESPACED   KIND');
    expect(lines).toContain('pods                     po           v1                             true         Pod');
    expect(lines).toContain('statefulsets             sts          apps/v1                        true         StatefulSet');
    expect(lines).toContain('replicationcontrollers   rc           v1                             true         ReplicationController');
    expect(lines).toContain('clusterroles                          rbac.authorization.k8s.io/v1   false        ClusterRole');
  });
});

describe('formatApiError', () => {
  test('reasons and sources', () => {
    expect(formatApiError({ reason: 'NotFound', resource: 'pods', name: 'web-9' })).toBe('Error from server (NotFound): pods "web-9" not found');
    expect(formatApiError({ reason: 'AlreadyExists', resource: 'statefulsets.apps', name: 'web' }, 'creating', 'STDIN')).toBe(
      'Error from server (AlreadyExists): error when creating "STDIN": statefulsets.apps "web" already exists',
    );
    expect(
      formatApiError({ reason: 'Invalid', kind: 'StatefulSet', name: 'web', causes: [{ field: 'spec', type: 'Forbidden', message: 'spec: Forbidden: nope' }] }, 'applying', 'STDIN'),
    ).toBe('The StatefulSet "web" is invalid: spec: Forbidden: nope');
  });
});

describe('printWatchRow', () => {
  test('rows line up with their header', () => {
    const p = pod({ name: 'web-0', createdMs: 0, containers: [{ state: { waiting: { reason: 'ContainerCreating' } } }], phase: 'Pending' });
    expect(printWatchRow(p, 3 * S, { header: true })).toBe(
      'NAME    READY   STATUS              RESTARTS   AGE\nweb-0   0/1     ContainerCreating   0          3s',
    );
    expect(printWatchRow(pod({ name: 'web-0', containers: [{ ready: true, state: running() }] }), 96 * S)).toBe('web-0   1/1     Running   0          96s');
  });
  test('pvc watch rows: pending then bound', () => {
    expect(printWatchRow(pvc({ name: 'www-web-0', storageClass: 'standard' }), 0)).toBe(
      'www-web-0   Pending' + ' '.repeat(38) + 'standard       <unset>                 0s',
    );
    expect(printWatchRow(pvc({ name: 'www-web-0', phase: 'Bound', volume: 'pvc-2bf0', capacity: '1Gi', modes: ['ReadWriteOnce'], storageClass: 'standard' }), 1000)).toBe(
      'www-web-0   Bound    pvc-2bf0   1Gi        RWO            standard       <unset>                 1s',
    );
  });
});

describe('createWatchPrinter', () => {
  test('widths remembered and only growing, as in the tutorial transcripts', async () => {
    const { createWatchPrinter } = await import('./index');
    const w = createWatchPrinter('Pod');
    const pending = pod({ name: 'web-0', phase: 'Pending', containers: [{}] });
    expect(w.list([pending], 0)).toEqual(['NAME    READY   STATUS    RESTARTS   AGE', 'web-0   0/1     Pending   0          0s']);
    const creating = pod({ name: 'web-0', phase: 'Pending', containers: [{ state: { waiting: { reason: 'ContainerCreating' } } }] });
    expect(w.row(creating, 1000)).toBe('web-0   0/1     ContainerCreating   0          1s');
    expect(w.row(pod({ name: 'web-0', containers: [{ ready: true, state: running() }] }), 5000)).toBe('web-0   1/1     Running             0          5s');
  });
});
