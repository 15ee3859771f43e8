// StatefulSet updates: RollingUpdate order, partition, OnDelete, maxUnavailable (feature gate), ControllerRevisions,
// kubectl rollout, forbidden spec updates. Reference: kubernetes-behaviour.md §1.2, §2.2, §2.5, §2.7, §2.8.
import { beforeAll, describe, expect, it } from 'vitest';
import { addedAt, cols, deletedAt, imageOf, objectAt, readyAt, runScenarioFile, tableRows, terminatingAt, type ScenarioResult } from './helpers';

const HASH = /^web-[4-9bcdf]{8,10}$/;
const revisionLabels = (stdout: string) => tableRows(stdout).map((r) => `${r[0]} ${/controller-revision-hash=([^,\s]+)/.exec(r.at(-1) ?? '')?.[1]}`);
const stsYamlStatus = (y: string) => Object.fromEntries([...y.slice(y.indexOf('\nstatus:')).matchAll(/\n {2}(\w+): (\S+)/g)].map((m) => [m[1], /^\d+$/.test(m[2]!) ? Number(m[2]) : m[2]]));
const crNames = (stdout: string) => tableRows(stdout).map((r) => r[0]!);

describe('sts-rolling-update.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-rolling-update.yaml')));

  it('stores each template as a ControllerRevision web-<hash> owned by the StatefulSet', () => {
    const first = r.out('kubectl get controllerrevisions').stdout;
    expect(first).toMatch(/^NAME\s+CONTROLLER\s+REVISION\s+AGE\n/);
    expect(tableRows(first).map((c) => c.slice(1, 3).join(' '))).toEqual(['statefulset.apps/web 1']);
    const second = tableRows(r.out('kubectl get controllerrevisions', 1).stdout);
    expect(second.map((c) => c.slice(1, 3).join(' '))).toEqual(['statefulset.apps/web 1', 'statefulset.apps/web 2']);
    for (const [name] of second) expect(name).toMatch(HASH);
    const cr = r.watch('ControllerRevision').find((w) => w.event === 'ADDED')!.object;
    expect(cr.metadata.ownerReferences).toEqual([expect.objectContaining({ kind: 'StatefulSet', name: 'web', controller: true, blockOwnerDeletion: true })]);
  });

  it('replaces web-2, then web-1, then web-0, one at a time, each after the previous is Ready', () => {
    const apply = r.out('kubectl apply -f -', 1);
    expect(apply.stdout).toBe('statefulset.apps/web configured\n');
    const t = apply.t;
    const [t2, t1, t0] = ['web-2', 'web-1', 'web-0'].map((n) => terminatingAt(r, 'Pod', n, t));
    expect(t2).toBeLessThan(t1!);
    expect(t1).toBeLessThan(t0!);
    expect(readyAt(r, 'web-2', deletedAt(r, 'Pod', 'web-2', t))).toBeLessThanOrEqual(t1!);
    expect(readyAt(r, 'web-1', deletedAt(r, 'Pod', 'web-1', t))).toBeLessThanOrEqual(t0!);
    for (const n of ['web-0', 'web-1', 'web-2']) expect(imageOf(objectAt(r, 'Pod', n))).toBe('registry.k8s.io/nginx-slim:0.24');
  });

  it('moves currentRevision to updateRevision when the rollout completes', () => {
    const [oldRev, newRev] = crNames(r.out('kubectl get controllerrevisions', 1).stdout);
    const during = objectAt(r, 'StatefulSet', 'web', terminatingAt(r, 'Pod', 'web-1', r.out('kubectl apply -f -', 1).t))!.status as Record<string, unknown>;
    expect(during).toMatchObject({ currentRevision: oldRev, updateRevision: newRev });
    expect(stsYamlStatus(r.out('kubectl get sts web -o yaml').stdout)).toMatchObject({ currentRevision: newRev, updateRevision: newRev, currentReplicas: 3, updatedReplicas: 3, readyReplicas: 3, replicas: 3 });
    expect(revisionLabels(r.out('kubectl get pods --show-labels').stdout)).toEqual([`web-0 ${newRev}`, `web-1 ${newRev}`, `web-2 ${newRev}`]);
  });
});

describe('sts-partition.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-partition.yaml')));
  const revs = () => {
    const labels = revisionLabels(r.out('kubectl get pods --show-labels').stdout).map((l) => l.split(' ')[1]!);
    return { old: labels[0]!, neu: labels[2]! };
  };

  it('updates only web-2 (the canary) with partition 2', () => {
    const { old, neu } = revs();
    expect(old).not.toBe(neu);
    expect(revisionLabels(r.out('kubectl get pods --show-labels').stdout)).toEqual([`web-0 ${old}`, `web-1 ${old}`, `web-2 ${neu}`]);
    expect(stsYamlStatus(r.out('kubectl get sts web -o yaml').stdout)).toMatchObject({ currentRevision: old, updateRevision: neu, currentReplicas: 2, updatedReplicas: 1 });
    expect(r.out('kubectl rollout status sts/web').stdout).toBe('partitioned roll out complete: 1 new pods have been updated...\n');
  });

  it('recreates a deleted pod below the partition from the current (old) revision', () => {
    const { old, neu } = revs();
    const del = r.out('kubectl delete pod web-0');
    expect(del.stdout).toBe('pod "web-0" deleted from default namespace\n');
    expect(addedAt(r, 'Pod', 'web-0', del.t)).toBeLessThan(Infinity);
    expect(revisionLabels(r.out('kubectl get pods --show-labels', 1).stdout)).toEqual([`web-0 ${old}`, `web-1 ${old}`, `web-2 ${neu}`]);
    expect(imageOf(objectAt(r, 'Pod', 'web-0', r.out('kubectl get pods --show-labels', 1).t))).toBe('registry.k8s.io/nginx-slim:0.21');
  });

  it('continues with web-1 then web-0 when the partition is lowered to 0', () => {
    const { neu } = revs();
    const lower = r.out('kubectl apply -f -', 2);
    expect(lower.stdout).toBe('statefulset.apps/web configured\n');
    expect(terminatingAt(r, 'Pod', 'web-2', lower.t)).toBe(Infinity);
    expect(terminatingAt(r, 'Pod', 'web-1', lower.t)).toBeLessThan(terminatingAt(r, 'Pod', 'web-0', lower.t));
    expect(revisionLabels(r.out('kubectl get pods --show-labels', 2).stdout)).toEqual([`web-0 ${neu}`, `web-1 ${neu}`, `web-2 ${neu}`]);
    expect(stsYamlStatus(r.out('kubectl get sts web -o yaml', 1).stdout)).toMatchObject({ currentRevision: neu, updateRevision: neu, currentReplicas: 3, updatedReplicas: 3 });
    expect(r.out('kubectl rollout status sts/web', 1).stdout).toBe('partitioned roll out complete: 3 new pods have been updated...\n');
  });
});

describe('sts-on-delete.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-on-delete.yaml')));

  it('creates a new revision but touches no pod', () => {
    const apply = r.out('kubectl apply -f -', 1);
    expect(apply.stdout).toBe('statefulset.apps/web configured\n');
    expect(r.watch('Pod').filter((w) => w.t >= apply.t && w.t < r.out('kubectl delete pod web-1').t)).toEqual([]);
    const [oldRev, newRev] = crNames(r.out('kubectl get controllerrevisions').stdout);
    expect(revisionLabels(r.out('kubectl get pods --show-labels').stdout)).toEqual([`web-0 ${oldRev}`, `web-1 ${oldRev}`, `web-2 ${oldRev}`]);
    expect(newRev).toMatch(HASH);
  });

  it('recreates a deleted pod with the same name from the update revision', () => {
    const [oldRev, newRev] = crNames(r.out('kubectl get controllerrevisions').stdout);
    expect(revisionLabels(r.out('kubectl get pods --show-labels', 1).stdout)).toEqual([`web-0 ${oldRev}`, `web-1 ${newRev}`, `web-2 ${oldRev}`]);
    // currentRevision never advances under OnDelete in v1.34 (reference §0).
    expect(stsYamlStatus(r.out('kubectl get sts web -o yaml').stdout)).toMatchObject({ currentRevision: oldRev, updateRevision: newRev, currentReplicas: 2, updatedReplicas: 1 });
  });

  it('refuses rollout status for OnDelete', () => {
    expect(r.out('kubectl rollout status sts/web')).toMatchObject({ stdout: '', stderr: 'error: rollout status is only available for RollingUpdate strategy type\n', exitCode: 1 });
  });
});

describe('sts-max-unavailable-gate-on.yaml / -gate-off.yaml', () => {
  let on: ScenarioResult;
  let off: ScenarioResult;
  beforeAll(() => {
    on = runScenarioFile('sts-max-unavailable-gate-on.yaml');
    off = runScenarioFile('sts-max-unavailable-gate-off.yaml');
  });

  it('keeps maxUnavailable with the gate on, drops it with the gate off (v1.34 default)', () => {
    expect(on.out('kubectl get sts web -o yaml').stdout).toContain('    rollingUpdate:\n      maxUnavailable: 2\n      partition: 0\n');
    expect(off.out('kubectl get sts web -o yaml').stdout).toContain('    rollingUpdate:\n      partition: 0\n    type: RollingUpdate\n');
  });

  it('gate on: deletes web-3 and web-2 together, never more than 2 unavailable', () => {
    const t = on.out('kubectl apply -f -', 1).t;
    expect(terminatingAt(on, 'Pod', 'web-3', t)).toBe(terminatingAt(on, 'Pod', 'web-2', t));
    expect(terminatingAt(on, 'Pod', 'web-1', t)).toBeGreaterThan(terminatingAt(on, 'Pod', 'web-3', t));
    // web-1 goes while one of the first pair is still not Ready again: two replaced at a time.
    const pairReady = [readyAt(on, 'web-3', deletedAt(on, 'Pod', 'web-3', t)), readyAt(on, 'web-2', deletedAt(on, 'Pod', 'web-2', t))];
    expect(terminatingAt(on, 'Pod', 'web-1', t)).toBeLessThan(Math.max(...pairReady));
    expect(terminatingAt(on, 'Pod', 'web-1', t)).toBeGreaterThan(Math.min(...pairReady));
  });

  it('gate off: one pod at a time in reverse order', () => {
    const t = off.out('kubectl apply -f -', 1).t;
    const order = ['web-3', 'web-2', 'web-1', 'web-0'];
    for (let i = 0; i + 1 < order.length; i++) {
      expect(readyAt(off, order[i]!, deletedAt(off, 'Pod', order[i]!, t))).toBeLessThanOrEqual(terminatingAt(off, 'Pod', order[i + 1]!, t));
    }
  });
});

describe('sts-rollout-commands.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-rollout-commands.yaml')));

  it('prints the history table with change causes', () => {
    expect(r.out('kubectl rollout history sts/web').stdout).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         nginx-slim 0.21\n\n');
    expect(r.out('kubectl rollout history sts/web', 1).stdout).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n1         nginx-slim 0.21\n2         nginx-slim 0.24\n\n');
    expect(r.out('kubectl rollout history sts/web --revision=7')).toMatchObject({ stderr: 'error: unable to find the specified revision\n', exitCode: 1 });
  });

  it('refuses undo with a single revision', () => {
    expect(r.out('kubectl rollout undo sts/web')).toMatchObject({ stdout: '', stderr: 'error: no last revision to roll back to\n', exitCode: 1 });
  });

  it('reports rollout status while rolling and when complete', () => {
    expect(r.out('kubectl rollout status sts/web').stdout).toMatch(/^(Waiting for \d+ pods to be ready\.\.\.|Waiting for partitioned roll out to finish: \d out of 3 new pods have been updated\.\.\.)\n/);
    expect(r.out('kubectl rollout status sts/web', 1)).toMatchObject({ stdout: 'partitioned roll out complete: 3 new pods have been updated...\n', exitCode: 0 });
  });

  it('rolls back by renumbering the old revision (1 becomes 3, same name)', () => {
    expect(r.out('kubectl rollout undo sts/web', 1)).toMatchObject({ stdout: 'statefulset.apps/web rolled back\n', exitCode: 0 });
    expect(r.out('kubectl rollout history sts/web', 2).stdout).toBe('statefulset.apps/web \nREVISION  CHANGE-CAUSE\n2         nginx-slim 0.24\n3         nginx-slim 0.21\n\n');
    const before = tableRows(r.out('kubectl get controllerrevisions').stdout)[0]![0];
    expect(tableRows(r.out('kubectl get controllerrevisions', 1).stdout).find((c) => c[2] === '3')?.[0]).toBe(before);
    expect(tableRows(r.out('kubectl get controllerrevisions', 1).stdout)).toHaveLength(2);
    for (const n of ['web-0', 'web-1', 'web-2']) expect(imageOf(objectAt(r, 'Pod', n, r.out('kubectl rollout history sts/web', 2).t))).toBe('registry.k8s.io/nginx-slim:0.21');
  });

  it('skips an undo to the current template and rejects an unknown revision', () => {
    expect(r.out('kubectl rollout undo sts/web --to-revision=3').stdout).toBe('statefulset.apps/web skipped rollback (current template already matches revision 3)\n');
    expect(r.out('kubectl rollout undo sts/web --to-revision=9')).toMatchObject({ stderr: 'error: unable to find specified revision 9 in history\n', exitCode: 1 });
  });

  it('restarts: a new revision with restartedAt, every pod replaced in reverse order', () => {
    const restart = r.out('kubectl rollout restart sts/web');
    expect(restart.stdout).toBe('statefulset.apps/web restarted\n');
    const sts = objectAt(r, 'StatefulSet', 'web')!;
    expect(((sts.spec as { template: { metadata: { annotations?: Record<string, string> } } }).template.metadata.annotations ?? {})['kubectl.kubernetes.io/restartedAt']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(tableRows(r.out('kubectl get controllerrevisions', 2).stdout).map((c) => c[2]).sort()).toEqual(['2', '3', '4']);
    const [t2, t1, t0] = ['web-2', 'web-1', 'web-0'].map((n) => terminatingAt(r, 'Pod', n, restart.t));
    expect(t2).toBeLessThan(t1!);
    expect(t1).toBeLessThan(t0!);
  });

  it('refuses to pause a StatefulSet', () => {
    expect(r.out('kubectl rollout pause sts/web')).toMatchObject({ stderr: 'error: statefulsets.apps "web" pausing is not supported\n', exitCode: 1 });
  });
});

describe('sts-forbidden-update.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-forbidden-update.yaml')));
  const FORBIDDEN = 'The StatefulSet "web" is invalid: spec: Forbidden: updates to statefulset spec for fields other than \'replicas\', \'ordinals\', \'template\', \'updateStrategy\', \'revisionHistoryLimit\', \'persistentVolumeClaimRetentionPolicy\' and \'minReadySeconds\' are forbidden\n';

  it('rejects a podManagementPolicy change with the exact API error', () => {
    expect(r.out('kubectl apply -f -', 1)).toMatchObject({ stdout: '', stderr: FORBIDDEN, exitCode: 1 });
  });

  it('rejects a serviceName change with the same error', () => {
    expect(r.out('kubectl apply -f -', 2)).toMatchObject({ stdout: '', stderr: FORBIDDEN, exitCode: 1 });
  });

  it('leaves the StatefulSet and its pods untouched', () => {
    expect(r.watch('StatefulSet').filter((w) => w.t > r.out('kubectl apply -f -', 1).t - 1 && w.event !== 'ADDED').every((w) => (w.object.metadata.generation ?? 1) === 1)).toBe(true);
    expect(cols(r.out('kubectl get pods').stdout, 3)).toEqual(['web-0 1/1 Running', 'web-1 1/1 Running']);
    expect((objectAt(r, 'StatefulSet', 'web')!.spec as { podManagementPolicy: string; serviceName: string })).toMatchObject({ podManagementPolicy: 'OrderedReady', serviceName: 'nginx' });
  });
});
