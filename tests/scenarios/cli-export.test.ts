// `podium export FILE`: the bash script that replays a scenario with kubectl on a real cluster.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args';
import { cli, scenarioPath } from './helpers';

const SMALL = `title: Small
seed: 3
cluster: {nodes: 2, defaultStorageClass: none, featureGates: {MaxUnavailableStatefulSet: true}}
steps:
  - note: |
      One pod and a StatefulSet.
      It's a test.
  - apply: |
      apiVersion: v1
      kind: Pod
      metadata:
        name: solo
      spec:
        containers:
        - name: c
          image: nginx
          args: ["$HOME"]
          command:
          - sh
          - -c
          - |
            cat <<EOF
            hello
            EOF
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: web, namespace: shop}
      spec:
        serviceName: nginx
        selector: {matchLabels: {app: web}}
        template:
          metadata: {labels: {app: web}}
          spec: {containers: [{name: nginx, image: nginx}]}
  - wait: {for: pod/solo, condition: Ready, timeout: 1m}
  - wait: {for: sts/web, condition: Ready, timeout: 5m}
  - wait: {for: pvc/www-web-0, condition: Bound, timeout: 90s}
  - wait: {for: pod/web-1, condition: Deleted, timeout: 5m}
  - wait: 1m30s
  - wait: stable
  - kubectl: get pods -o wide | grep node-2
  - kubectl: get pods -w
  - kubectl: drain node-1 --ignore-daemonsets
  - fault: {type: node-down, node: node-2}
  - fault: {type: container-crash, pod: solo}
  - fault: {type: pod-evict, pod: solo}
`;

async function exported(text: string): Promise<string> {
  const run = await cli(['export', 'small.yaml'], { 'small.yaml': text });
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return run.stdout;
}

describe('podium export', () => {
  it('parses its command line', () => {
    expect(parseArgs(['export', 'a.yaml'])).toEqual({ type: 'export', file: 'a.yaml' });
    expect(parseArgs(['export'])).toMatchObject({ type: 'usage-error', message: "'export' needs a scenario file" });
    expect(parseArgs(['export', 'a.yaml', '--json'])).toMatchObject({ type: 'usage-error' });
  });

  it('writes applies as quoted heredocs, with a terminator the manifest does not contain', async () => {
    const out = await exported(SMALL);
    expect(out.startsWith('#!/usr/bin/env bash\n')).toBe(true);
    expect(out).toContain("kubectl apply -f - <<'EOF1'\napiVersion: v1\nkind: Pod\n");
    expect(out).toContain('  args: ["$HOME"]\n'); // quoted heredoc: $HOME stays literal
    expect(out).toMatch(/\n {4}spec: \{containers: \[\{name: nginx, image: nginx\}\]\}\nEOF1\n/);
  });

  it('turns waits into kubectl wait, rollout status and sleep', async () => {
    const out = await exported(SMALL);
    expect(out).toContain('kubectl wait --for=condition=Ready pod/solo --timeout=60s\n');
    expect(out).toContain('kubectl rollout status sts/web --timeout=300s\n');
    expect(out).toContain("kubectl wait --for=jsonpath='{.status.phase}'=Bound pvc/www-web-0 --timeout=90s\n");
    expect(out).toContain('kubectl wait --for=delete pod/web-1 --timeout=300s\n');
    expect(out).toContain('sleep 90\n');
    // stable: the rollouts of every workload applied so far, in its namespace
    expect(out).toContain('kubectl rollout status statefulset/web -n shop --timeout=5m\n');
  });

  it('keeps kubectl commands, bounds watches, and names real nodes through variables', async () => {
    const out = await exported(SMALL);
    expect(out).toContain(`echo '$ kubectl get pods -o wide | grep node-2'\nkubectl get pods -o wide | grep "$NODE_2"\n`);
    expect(out).toContain('timeout 30s kubectl get pods -w');
    expect(out).toContain('kubectl drain "$NODE_1" --ignore-daemonsets\n');
    expect(out).toContain('NODE_1="${NODE_1:-kind-worker}"\nNODE_2="${NODE_2:-kind-worker2}"\n');
  });

  it('says how to cause faults by hand instead of pretending kubectl can', async () => {
    const out = await exported(SMALL);
    expect(out).toContain('#   kind:     docker stop "$NODE_2"\n');
    expect(out).toContain('read -r -p "Stop node $NODE_2 now, then press Enter " _\n');
    expect(out).toContain("kubectl exec solo -- /bin/sh -c 'kill 1'\n");
    expect(out).toMatch(/# fault: pod-evict solo\..*\n# reason Evicted/);
    expect(out).not.toMatch(/^kubectl (evict|drain) solo/m);
  });

  it('carries the cluster settings and the narration as comments and echoes', async () => {
    const out = await exported(SMALL);
    expect(out).toContain('#   kubectl annotate storageclass standard storageclass.kubernetes.io/is-default-class-\n');
    expect(out).toContain('#   MaxUnavailableStatefulSet=true\n');
    expect(out).toContain('#     - role: worker\n#     - role: worker\n#   or: minikube start --nodes 2\n');
    expect(out).toContain("# One pod and a StatefulSet.\n# It's a test.\necho '# One pod and a StatefulSet.'\n");
    expect(out).toContain('# step 2 (small.yaml:8)\n');
  });

  it('refuses an invalid scenario with FILE:LINE, like run', async () => {
    const run = await cli(['export', 'bad.yaml'], { 'bad.yaml': 'steps:\n  - nope: 1\n' });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^bad\.yaml:2: /);
  });

  it('exports every bundled scenario to a script bash can parse', async () => {
    const files = readdirSync(new URL('../../scenarios/', import.meta.url)).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(30);
    for (const f of files) {
      const run = await cli(['export', scenarioPath(f)]);
      expect(run.code, f).toBe(0);
      // `bash -n` reads the whole script (heredocs included) without running anything.
      expect(() => execFileSync('bash', ['-n'], { input: run.stdout }), f).not.toThrow();
    }
  });
});

describe('podium export: lesson steps', () => {
  it('exports page, editor, task (its solution), expect and question steps', async () => {
    const { exportScript } = await import('../../src/cli/exportScript');
    const step = (s: Record<string, unknown>) => s as never;
    const out = exportScript({
      file: 'l.yaml', seed: 1, cluster: { nodes: 3, defaultStorageClass: 'standard', featureGates: {} },
      steps: [
        step({ type: 'page', line: 2, title: { en: 'Hand-made volumes', 'zh-CN': '手动创建的卷' } }),
        step({ type: 'editor', line: 3, manifest: 'kind: Pod\n' }),
        step({ type: 'task', line: 4, text: { en: 'Apply it.' }, solution: [{ type: 'kubectl', line: 5, command: 'kubectl get pods' }] }),
        step({ type: 'expect', line: 6, expect: { type: 'kubectl', command: 'kubectl get pvc www-web-0', contains: 'Bound' } }),
        step({ type: 'expect', line: 7, expect: { type: 'for', wait: { type: 'for', target: 'pod/web-2', ref: { kind: 'Pod', namespace: 'default', name: 'web-2' }, condition: 'Ready', timeoutMs: 300_000 } } }),
        step({ type: 'question', line: 8, text: 'Why?' }),
      ],
    });
    expect(out).toContain("# ── page: Hand-made volumes\necho '# ── Hand-made volumes'\n");
    expect(out).toContain("cat > editor.yaml <<'EOF'\nkind: Pod\nEOF\n");
    expect(out).toContain("# task: Apply it.\n# the solution:\necho '$ kubectl get pods'\nkubectl get pods\n");
    expect(out).toContain(`if kubectl get pvc www-web-0 2>&1 | grep -qF -- 'Bound'; then echo "ok: "'kubectl get pvc www-web-0 contains Bound'; else echo "FAIL: "'kubectl get pvc www-web-0 contains Bound'; fi\n`);
    expect(out).toContain('# expect:\nkubectl wait --for=condition=Ready pod/web-2 --timeout=300s\n');
    expect(out).toContain('# question: Why?\n');
    expect(() => execFileSync('bash', ['-n'], { input: out })).not.toThrow();
  });
});
