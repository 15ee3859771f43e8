// `kubectl drain` as the real kubectl runs it (k8s.io/kubectl pkg/drain evictPods, waitForDelete; cmd/drain):
// it blocks; a refused eviction (429, a PodDisruptionBudget allows no disruption) is retried every 5 s with
// `evicting pod` again and the API's message; each evicted pod is waited for (`pod/NAME evicted` when it is gone);
// `node/NAME drained` at the end; `--timeout` gives up with `global timeout reached`.
import { describe, expect, it } from 'vitest';
import { runText, scenario } from './inlineScenario';

const DEPLOY = (replicas: number, pdb: string) => `  - apply: |
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        replicas: ${replicas}
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            nodeSelector: {kubernetes.io/hostname: node-1}
            containers: [{name: nginx, image: "nginx:1.27"}]
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: web}
      spec: {selector: {matchLabels: {app: web}}, ${pdb}}
  - wait: stable
`;
const ONE_NODE = 'cluster: {nodes: 1}\n';

describe('kubectl drain blocks and retries evictions (inline)', () => {
  it('waits for each evicted pod to be gone before `pod/NAME evicted`, then `node/NAME drained`', () => {
    const r = runText(scenario(`${DEPLOY(2, 'maxUnavailable: 2')}  - kubectl: drain node-1 --ignore-daemonsets
  - kubectl: get pods
`, ONE_NODE));
    const d = r.out('kubectl drain node-1 --ignore-daemonsets');
    const pods = [...d.stdout.matchAll(/evicting pod default\/(\S+)/g)].map((m) => m[1]!);
    expect(pods).toHaveLength(2);
    expect(d.stdout).toBe(`node/node-1 cordoned\nevicting pod default/${pods[0]}\nevicting pod default/${pods[1]}\npod/${pods[0]} evicted\npod/${pods[1]} evicted\nnode/node-1 drained\n`);
    expect(d.stderr).toBe('');
    // The command ended once the pods were removed from the API, so the next command sees none of them.
    const after = r.out('kubectl get pods');
    for (const p of pods) expect(after.stdout).not.toContain(p);
    const removed = r.watch('Pod').filter((w) => w.event === 'DELETED').map((w) => w.t);
    expect(after.t).toBe(Math.max(...removed));
  });

  it('a 429 is retried every 5 s for as long as the budget refuses (here for ever: Podium stops at its 10-minute bound)', () => {
    const r = runText(scenario(`${DEPLOY(1, 'minAvailable: 1')}  - kubectl: drain node-1 --ignore-daemonsets
  - kubectl: get pods
`, ONE_NODE).replace('  - kubectl: drain node-1', `  - kubectl: get pdb web
  - kubectl: drain node-1`));
    const d = r.out('kubectl drain node-1 --ignore-daemonsets');
    const refusal = (p: string) => `error when evicting pods/"${p}" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n`;
    const pod = /evicting pod default\/(\S+)/.exec(d.stdout)![1]!;
    const attempts = 1 + 600 / 5;
    expect(d.stdout).toBe(`node/node-1 cordoned\n${`evicting pod default/${pod}\n`.repeat(attempts)}`);
    expect(d.stderr).toBe(refusal(pod).repeat(attempts) + 'podium: still waiting after 10m of simulated time; stopped (kubectl would go on waiting: give it --timeout)\n');
  });

  it('--timeout: the attempt after the deadline gives up with `global timeout reached`, and the node is reported pending', () => {
    const r = runText(scenario(`${DEPLOY(1, 'minAvailable: 1')}  - kubectl: drain node-1 --ignore-daemonsets --timeout=12s
`, ONE_NODE));
    const d = r.out('kubectl drain node-1 --ignore-daemonsets --timeout=12s');
    const pod = /evicting pod default\/(\S+)/.exec(d.stdout)![1]!;
    // Attempts at 0, 5 and 10 s are refused; the one at 15 s finds the deadline passed.
    expect(d.stdout).toBe(`node/node-1 cordoned\n${`evicting pod default/${pod}\n`.repeat(4)}`);
    const refusal = `error when evicting pods/"${pod}" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.\n`;
    const err = `error when evicting pods/"${pod}" -n "default": global timeout reached: 12s`;
    expect(d.stderr).toBe(refusal.repeat(3) + `There are pending pods in node "node-1" when an error occurred: ${err}\npod/${pod}\nerror: unable to drain node "node-1" due to error: ${err}, aborting command...\nThere are pending nodes to be drained:\n node-1\nerror: ${err}\n`);
    expect(d.exitCode).toBe(1);
  });

  it('a drain under a budget completes once another pod becomes Ready (a scale-up just before)', () => {
    const r = runText(scenario(`  - apply: |
      apiVersion: apps/v1
      kind: Deployment
      metadata: {name: web}
      spec:
        replicas: 1
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec:
            affinity:
              podAntiAffinity:
                requiredDuringSchedulingIgnoredDuringExecution:
                - {labelSelector: {matchLabels: {app: web}}, topologyKey: kubernetes.io/hostname}
            containers: [{name: nginx, image: "nginx:1.27"}]
      ---
      apiVersion: policy/v1
      kind: PodDisruptionBudget
      metadata: {name: web}
      spec: {selector: {matchLabels: {app: web}}, minAvailable: 1}
  - wait: stable
  - kubectl: get pods -o wide
  - kubectl: scale deployment web --replicas=2
  - kubectl: drain node-1 --ignore-daemonsets
  - wait: stable
  - kubectl: get pods -o wide
`));
    expect(r.out('kubectl get pods -o wide').stdout).toMatch(/ node-1 /);
    const d = r.out('kubectl drain node-1 --ignore-daemonsets');
    const pod = /evicting pod default\/(\S+)/.exec(d.stdout)![1]!;
    const refusals = d.stderr.split('\n').filter(Boolean);
    expect(refusals.length).toBeGreaterThan(0);
    for (const l of refusals) expect(l).toBe(`error when evicting pods/"${pod}" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.`);
    expect(d.stdout).toBe(`node/node-1 cordoned\n${`evicting pod default/${pod}\n`.repeat(refusals.length + 1)}pod/${pod} evicted\nnode/node-1 drained\n`);
    // The allowed attempt came at a 5 s step after the refused ones, once the new pod was Ready.
    const evictedAt = r.watch('Pod', pod).find((w) => w.object.metadata.deletionTimestamp)!.t;
    expect(evictedAt - d.t).toBe(refusals.length * 5000);
    const rows = r.out('kubectl get pods -o wide', 1).stdout.trim().split('\n').slice(1);
    expect(rows.map((l) => l.split(/\s+/).slice(1, 3).join(' '))).toEqual(['1/1 Running', '1/1 Running']);
  });
});
