// Containers as a learner writes them: init containers, volumes and env from ConfigMaps/Secrets, commands that
// exit, probes. Issue 10 part 1. Upstream: kuberuntime_manager.go computePodActions, printers.go printPod,
// volume/configmap SetUpAt, kubelet_pods.go makeEnvironmentVariables, prober.
import { describe, expect, it } from 'vitest';
import { runText } from './inlineScenario';

const statusOf = (stdout: string, pod: string): string | undefined =>
  stdout.split('\n').find((l) => l.startsWith(pod + ' '))?.trim().split(/\s+/)[2];

describe('init containers', () => {
  const r = runText(`steps:
  - apply: |
      apiVersion: v1
      kind: Pod
      metadata: {name: ok}
      spec:
        initContainers:
        - {name: wait-a-bit, image: busybox:1.36, command: [sh, -c, "echo waiting; sleep 10"]}
        - {name: quick, image: busybox:1.36, command: [sh, -c, "exit 0"]}
        containers:
        - {name: web, image: nginx:1.25}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: failing}
      spec:
        initContainers:
        - {name: check, image: busybox:1.36, command: [sh, -c, "echo checking; exit 3"]}
        containers:
        - {name: web, image: nginx:1.25}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: once}
      spec:
        restartPolicy: Never
        initContainers:
        - {name: check, image: busybox:1.36, command: [sh, -c, "exit 3"]}
        containers:
        - {name: web, image: nginx:1.25}
  - wait: 4s
  - kubectl: get pods
  - wait: 30s
  - kubectl: get pods
  - kubectl: logs failing -c check
`);
  it('run in order before the app containers: Init:0/2, then Running', () => {
    expect(statusOf(r.out('kubectl get pods').stdout, 'ok')).toBe('Init:0/2');
    const rows = r.watch('Pod', 'ok').map((w) => (w.object.status as { initContainerStatuses?: { state?: { terminated?: unknown } }[] }).initContainerStatuses?.filter((s) => s.state?.terminated).length ?? 0);
    expect(Math.max(...rows)).toBe(2);
    expect(statusOf(r.out('kubectl get pods', 1).stdout, 'ok')).toBe('Running');
    const first = r.watch('Pod', 'ok').find((w) => (w.object.status as { phase?: string }).phase === 'Running')!;
    const inits = (first.object.status as { initContainerStatuses: { state: { terminated: { finishedAt: string } } }[] }).initContainerStatuses;
    expect(inits.map((s) => s.state.terminated.finishedAt <= (first.object.status as { containerStatuses: { state: { running: { startedAt: string } } }[] }).containerStatuses[0]!.state.running.startedAt)).toEqual([true, true]);
  });
  it('a failing init container: Init:Error, then Init:CrashLoopBackOff; the app never starts; logs show its output', () => {
    type St = { initContainerStatuses?: { state?: { waiting?: { reason?: string }; terminated?: { exitCode: number } } }[]; containerStatuses?: { state?: { running?: unknown } }[] };
    const sts = r.watch('Pod', 'failing').map((w) => w.object.status as St);
    expect(sts.some((s) => s.initContainerStatuses?.[0]?.state?.terminated?.exitCode === 3)).toBe(true);
    expect(sts.some((s) => s.initContainerStatuses?.[0]?.state?.waiting?.reason === 'CrashLoopBackOff')).toBe(true);
    expect(sts.some((s) => s.containerStatuses?.[0]?.state?.running)).toBe(false);
    expect(['Init:Error', 'Init:CrashLoopBackOff']).toContain(statusOf(r.out('kubectl get pods', 1).stdout, 'failing'));
    expect(r.out('kubectl logs failing -c check').stdout).toBe('checking\n');
  });
  it('with restartPolicy Never the pod fails for good: Init:Error', () => {
    expect(statusOf(r.out('kubectl get pods', 1).stdout, 'once')).toBe('Init:Error');
    expect(r.watch('Pod', 'once').at(-1)!.object.status).toMatchObject({ phase: 'Failed' });
  });
});

describe('ConfigMaps and Secrets in pods', () => {
  const r = runText(`steps:
  - apply: |
      apiVersion: v1
      kind: Pod
      metadata: {name: vol}
      spec:
        containers:
        - {name: c, image: nginx:1.25, volumeMounts: [{name: cfg, mountPath: /etc/cfg}]}
        volumes:
        - {name: cfg, configMap: {name: settings}}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: env}
      spec:
        containers:
        - name: c
          image: mysql:8.0
          env:
          - name: MYSQL_ROOT_PASSWORD
            valueFrom: {secretKeyRef: {name: db, key: password}}
  - wait: 20s
  - kubectl: get pods
  - kubectl: describe pod vol
  - apply: |
      apiVersion: v1
      kind: ConfigMap
      metadata: {name: settings}
      data: {color: blue}
      ---
      apiVersion: v1
      kind: Secret
      metadata: {name: db}
      stringData: {password: hunter2}
  - wait: 30s
  - kubectl: get pods
`);
  it('a missing ConfigMap volume keeps the pod ContainerCreating with a FailedMount event', () => {
    expect(statusOf(r.out('kubectl get pods').stdout, 'vol')).toBe('ContainerCreating');
    expect(r.out('kubectl describe pod vol').stdout).toMatch(/Warning\s+FailedMount\s+.*MountVolume\.SetUp failed for volume "cfg" : configmap "settings" not found/);
  });
  it('a missing Secret in env is CreateContainerConfigError', () => {
    expect(statusOf(r.out('kubectl get pods').stdout, 'env')).toBe('CreateContainerConfigError');
  });
  it('once they exist the volume mounts and the password from the Secret lets mysql start', () => {
    expect(statusOf(r.out('kubectl get pods', 1).stdout, 'vol')).toBe('Running');
    expect(statusOf(r.out('kubectl get pods', 1).stdout, 'env')).toBe('Running');
  });
});

describe('commands and probes', () => {
  const r = runText(`steps:
  - apply: |
      apiVersion: v1
      kind: Pod
      metadata: {name: sleeper}
      spec:
        restartPolicy: Never
        containers:
        - {name: c, image: busybox:1.36, command: [sh, -c, "sleep 5; exit 0"]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: crasher}
      spec:
        restartPolicy: Never
        containers:
        - {name: c, image: busybox:1.36, command: [sh, -c, "sleep 2; exit 7"]}
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: probe}
      spec:
        containers:
        - name: c
          image: nginx:1.25
          readinessProbe:
            exec: {command: [redis-cli, ping]}
            initialDelaySeconds: 1
      ---
      apiVersion: v1
      kind: Pod
      metadata: {name: pg}
      spec:
        containers:
        - {name: c, image: postgres:16}
  - wait: 60s
  - kubectl: get pods
  - kubectl: describe pod probe
  - kubectl: logs pg
`);
  it('sleep then exit 0: Completed (Succeeded); exit 7: Error (Failed) with the exit code', () => {
    const out = r.out('kubectl get pods').stdout;
    expect(statusOf(out, 'sleeper')).toBe('Completed');
    expect(statusOf(out, 'crasher')).toBe('Error');
    const last = r.watch('Pod', 'crasher').at(-1)!.object.status as { phase: string; containerStatuses: { state: { terminated: { exitCode: number } } }[] };
    expect(last.phase).toBe('Failed');
    expect(last.containerStatuses[0]!.state.terminated.exitCode).toBe(7);
  });
  it('an exec probe running a program the image lacks never passes, with the runtime error', () => {
    expect(r.out('kubectl get pods').stdout).toMatch(/probe\s+0\/1\s+Running/);
    expect(r.out('kubectl describe pod probe').stdout).toContain('exec: "redis-cli": executable file not found in $PATH');
  });
  it('postgres without POSTGRES_PASSWORD crash-loops with its entrypoint message', () => {
    expect(statusOf(r.out('kubectl get pods').stdout, 'pg')).toBe('CrashLoopBackOff');
    expect(r.out('kubectl logs pg').stdout).toContain('Error: Database is uninitialized and superuser password is not specified.');
  });
});
