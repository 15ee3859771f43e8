// kubectl drain in the page console: a blocking command that retries a refused eviction every 5 s as the playhead
// passes, going on past the end of a settled history until the budget allows it (issue 10 part 2).
import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { realDeps } from './realDeps';
import { installTestApi } from '../e2eApi';

const YAML = `apiVersion: apps/v1
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
`;

describe('console: kubectl drain retries refused evictions as the playhead moves', () => {
  it('refused while the only pod is needed; after a scale-up the retry evicts it and the drain completes', () => {
    const app = createAppStore(realDeps);
    const s = () => app.store.getState();
    s().setText(YAML);
    s().applyEditor();
    const api = installTestApi(app.store);
    api.runToEnd();
    s().clearConsole();
    s().runCommand('kubectl get pods -o wide --no-headers');
    const [pod, , , , , , node] = s().consoleLines[1]!.text.split(/\s+/);
    s().clearConsole();
    s().runCommand('kubectl drain ' + node + ' --ignore-daemonsets');
    const refusal = `error when evicting pods/"${pod}" -n "default" (will retry after 5s): Cannot evict pod as it would violate the pod's disruption budget.`;
    expect(s().consoleLines.map((l) => l.text)).toEqual([`$ kubectl drain ${node} --ignore-daemonsets`, `node/${node} cordoned`, `evicting pod default/${pod}`, refusal]);
    expect(s().consoleWatch?.mode).toBe('block');
    // Time passes past the settled history: the drain retries every 5 s.
    api.runToEnd(20_000);
    const lines = () => s().consoleLines.map((l) => l.text);
    expect(lines().filter((l) => l === refusal).length).toBeGreaterThan(2);
    expect(s().consoleWatch?.mode).toBe('block');
    // Another terminal scales up; once the new pod is Ready a retry is allowed.
    const t2 = s().addTerminal()!;
    s().runCommand('kubectl scale deployment web --replicas=2', t2);
    api.runToEnd(120_000);
    expect(s().consoleWatch).toBeNull();
    expect(lines().slice(-3)).toEqual([`evicting pod default/${pod}`, `pod/${pod} evicted`, `node/${node} drained`]);
  });

  it('scrubbing back does not send an attempt again: the recorded ones replay with the timeline', () => {
    const app = createAppStore(realDeps);
    const s = () => app.store.getState();
    s().setText(YAML);
    s().applyEditor();
    const api = installTestApi(app.store);
    api.runToEnd();
    const start = s().playheadMs;
    s().runCommand('kubectl drain node-1 --ignore-daemonsets');
    api.runToEnd(20_000);
    const actions = () => s().timeline!.log.actions.length;
    const sent = actions();
    const rows = s().consoleLines.map((l) => l.text);
    api.seekMs(start + 7_000);
    expect(s().consoleLines.filter((l) => l.text.startsWith('evicting pod')).length).toBe(2);
    api.runToEnd(13_000);
    expect(actions()).toBe(sent);
    expect(s().consoleLines.map((l) => l.text)).toEqual(rows);
  });
});
