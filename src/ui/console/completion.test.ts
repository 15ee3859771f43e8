import { describe, expect, it } from 'vitest';
import type { ClusterSnapshot, KObject } from '../../sim';
import { complete } from './completion';

const pod = (name: string, namespace = 'default'): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace } });
const snap = {
  objects: {
    Pod: Object.fromEntries(['web-0', 'web-1', 'dns-test'].map((n) => [`default/${n}`, pod(n)]).concat([['kube-system/coredns', pod('coredns', 'kube-system')]])),
    Namespace: { '/default': { kind: 'Namespace', metadata: { name: 'default' } }, '/kube-system': { kind: 'Namespace', metadata: { name: 'kube-system' } } },
    StatefulSet: { 'default/web': { kind: 'StatefulSet', metadata: { name: 'web', namespace: 'default' } } },
  },
} as unknown as ClusterSnapshot;

describe('console completion', () => {
  it('commands', () => {
    expect(complete('kubectl ge', snap, false)).toEqual({ line: 'kubectl get ', candidates: [] });
    expect(complete('exe', snap, false)).toEqual({ line: 'exec ', candidates: [] });
    expect(complete('ex', snap, false)).toEqual({ line: 'ex', candidates: ['exec', 'explain'] });
    expect(complete('kubectl c', snap, false).line).toBe('kubectl c');
    expect(complete('kubectl c', snap, false).candidates).toEqual(expect.arrayContaining(['cluster-info', 'create']));
  });
  it('resource types and names from the snapshot', () => {
    expect(complete('kubectl get statef', snap, false).line).toBe('kubectl get statefulsets ');
    expect(complete('kubectl get pers', snap, false)).toEqual({ line: 'kubectl get persistentvolume', candidates: [] });
    expect(complete('kubectl get persistentvolume', snap, false).candidates).toEqual(['persistentvolumeclaims', 'persistentvolumes']);
    expect(complete('kubectl delete pod web-', snap, false)).toEqual({ line: 'kubectl delete pod web-', candidates: ['web-0', 'web-1'] });
    expect(complete('kubectl get sts w', snap, false).line).toBe('kubectl get sts web ');
    expect(complete('kubectl describe pod/d', snap, false).line).toBe('kubectl describe pod/dns-test ');
    expect(complete('kubectl exec -it d', snap, false).line).toBe('kubectl exec -it dns-test ');
    expect(complete('kubectl -n kube-system exec c', snap, false).line).toBe('kubectl -n kube-system exec coredns ');
    expect(complete('kubectl get pods -n kube-s', snap, false).line).toBe('kubectl get pods -n kube-system ');
    expect(complete('kubectl get pods --outp', snap, false).line).toBe('kubectl get pods --output');
    expect(complete('kubectl get pods --output', snap, false).candidates).toEqual(['--output', '--output-watch-events']);
  });
  it('shell mode', () => {
    expect(complete('nsl', snap, true).line).toBe('nslookup ');
    expect(complete('cat /etc/h', snap, true)).toEqual({ line: 'cat /etc/host', candidates: [] });
    expect(complete('cat /etc/r', snap, true).line).toBe('cat /etc/resolv.conf ');
  });

  it('completes -f with the workspace files (the editor tabs)', () => {
    expect(complete('kubectl apply -f te', null, false, ['statefulset-pv.yaml', 'test-statefulset.yaml', 'test-deployment.yaml'])).toEqual({ line: 'kubectl apply -f test-', candidates: [] });
    expect(complete('kubectl delete -f st', null, false, ['statefulset-pv.yaml'])).toEqual({ line: 'kubectl delete -f statefulset-pv.yaml ', candidates: [] });
  });
});
