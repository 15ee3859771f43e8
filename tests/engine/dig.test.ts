// `dig` for SRV records, from the DNS debugging image (busybox has no dig).
import { describe, expect, it } from 'vitest';
import { createCluster, runUntilStable, submit } from '../../src/sim';
import type { ClusterState } from '../../src/sim';
import { planKubectl } from '../../src/kubectl';
import { statefulSetManifests } from '../../src/sim/bench/fixtures';

function run(line: string, s: ClusterState): ClusterState {
  const plan = planKubectl(line, { snapshot: s });
  if (plan.type !== 'request') throw new Error(`not a request: ${line}`);
  return runUntilStable(submit(s, plan.request).state).state;
}

describe('dig in the dnsutils image', () => {
  it('shows the SRV records of a headless service named port, one per ready pod', () => {
    let s = runUntilStable(submit(createCluster(), { type: 'apply', objects: statefulSetManifests(2, 'OrderedReady') }).state).state;
    s = run('kubectl run dnsutils --image=registry.k8s.io/e2e-test-images/jessie-dnsutils:1.3 --restart=Never -- sleep infinity', s);
    expect((s.objects.Pod['default/dnsutils']?.status as { phase: string }).phase).toBe('Running');
    const out = planKubectl('kubectl exec dnsutils -- dig +short SRV _web._tcp.nginx.default.svc.cluster.local', { snapshot: s });
    expect(out.type === 'output' && out.stdout.trim().split('\n').sort()).toEqual([
      '0 50 80 web-0.nginx.default.svc.cluster.local.',
      '0 50 80 web-1.nginx.default.svc.cluster.local.',
    ]);
    const busybox = planKubectl('kubectl exec web-0 -- dig nginx', { snapshot: s });
    expect(busybox.type === 'output' && busybox.exitCode).not.toBe(0);
  });
});
