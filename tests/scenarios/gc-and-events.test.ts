// Garbage collection: background, foreground and orphan cascading deletion of a StatefulSet and of a Deployment,
// and the StatefulSet controller's events. Reference: kubernetes-behaviour.md §2.10, §2.11, §8, §11.
import { beforeAll, describe, expect, it } from 'vitest';
import { addedNames, cols, deletedAt, objectAt, runScenarioFile, tableRows, terminatingAt, type ScenarioResult } from './helpers';

const between = (r: ScenarioResult, kind: string, from: number, to: number) => r.watch(kind).filter((w) => w.t >= from && w.t < to);

describe('gc-statefulset-cascade.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('gc-statefulset-cascade.yaml')));

  it('background: the StatefulSet is gone at once, then all pods terminate together, and the ControllerRevision goes', () => {
    const del = r.out('kubectl delete sts web');
    expect(del.stdout).toBe('statefulset.apps "web" deleted from default namespace\n');
    expect(deletedAt(r, 'StatefulSet', 'web', del.t - 1)).toBe(del.t);
    expect(r.out('kubectl get sts').stderr).toBe('No resources found in default namespace.\n');
    const terms = ['web-0', 'web-1', 'web-2'].map((n) => terminatingAt(r, 'Pod', n, del.t - 1));
    const firstGone = Math.min(...['web-0', 'web-1', 'web-2'].map((n) => deletedAt(r, 'Pod', n, del.t - 1)));
    expect(Math.max(...terms)).toBeLessThan(firstGone);
    expect(r.out('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
    expect(r.out('kubectl get controllerrevisions').stderr).toBe('No resources found in default namespace.\n');
  });

  it('foreground: the StatefulSet stays with deletionTimestamp and foregroundDeletion until its pods are gone', () => {
    const del = r.out('kubectl delete sts web --cascade=foreground --wait=false');
    expect(del.stdout).toBe('statefulset.apps "web" deleted from default namespace\n');
    expect(cols(r.out('kubectl get sts', 1).stdout, 1)).toEqual(['web']);
    const sts = objectAt(r, 'StatefulSet', 'web', del.t)!;
    expect(sts.metadata.deletionTimestamp).toBeTruthy();
    expect(sts.metadata.finalizers).toContain('foregroundDeletion');
    const podsGone = Math.max(...['web-0', 'web-1', 'web-2'].map((n) => deletedAt(r, 'Pod', n, del.t - 1)));
    expect(deletedAt(r, 'StatefulSet', 'web', del.t - 1)).toBeGreaterThanOrEqual(podsGone);
    expect(r.out('kubectl get sts', 2).stderr).toBe('No resources found in default namespace.\n');
    // The StatefulSet controller does nothing while its set is being deleted: no pod is recreated.
    const nextApply = r.out('kubectl apply -f -', 2).t;
    expect(addedNames(r, 'Pod', del.t, nextApply)).toEqual([]);
  });

  it('orphan: the StatefulSet goes, the pods stay Running without an ownerReference', () => {
    const del = r.out('kubectl delete sts web --cascade=orphan');
    expect(r.out('kubectl get sts', 3).stderr).toBe('No resources found in default namespace.\n');
    expect(cols(r.out('kubectl get pods', 1).stdout, 3)).toEqual(['web-0 1/1 Running', 'web-1 1/1 Running', 'web-2 1/1 Running']);
    for (const n of ['web-0', 'web-1', 'web-2']) expect(objectAt(r, 'Pod', n)!.metadata.ownerReferences ?? []).toEqual([]);
    expect(between(r, 'Pod', del.t, Infinity).some((w) => w.event === 'DELETED' || w.object.metadata.deletionTimestamp)).toBe(false);
  });

  it('gives StatefulSet pods a controller ownerReference with blockOwnerDeletion', () => {
    const pod = r.watch('Pod', 'web-0').find((w) => w.event === 'ADDED')!.object;
    expect(pod.metadata.ownerReferences).toEqual([expect.objectContaining({ apiVersion: 'apps/v1', kind: 'StatefulSet', name: 'web', controller: true, blockOwnerDeletion: true })]);
  });
});

describe('gc-deployment-cascade.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('gc-deployment-cascade.yaml')));

  it('background: the Deployment goes at once, then the ReplicaSet, then its pods', () => {
    const del = r.out('kubectl delete deploy nginx');
    expect(del.stdout).toBe('deployment.apps "nginx" deleted from default namespace\n');
    expect(deletedAt(r, 'Deployment', 'nginx', del.t - 1)).toBe(del.t);
    const rsName = r.watch('ReplicaSet')[0]!.object.metadata.name!;
    const rsGone = deletedAt(r, 'ReplicaSet', rsName, del.t - 1);
    expect(rsGone).toBeGreaterThanOrEqual(del.t);
    const pods = addedNames(r, 'Pod', -1, del.t);
    expect(pods).toHaveLength(3);
    for (const p of pods) expect(terminatingAt(r, 'Pod', p, del.t - 1)).toBeGreaterThanOrEqual(rsGone);
    expect(r.out('kubectl get rs').stderr).toBe('No resources found in default namespace.\n');
    expect(r.out('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
  });

  it('foreground: Deployment and ReplicaSet stay (deletionTimestamp) until the pods are gone', () => {
    const del = r.out('kubectl delete deploy nginx --cascade=foreground --wait=false');
    expect(cols(r.out('kubectl get deploy').stdout, 1)).toEqual(['nginx']);
    expect(tableRows(r.out('kubectl get rs', 1).stdout)).toHaveLength(1);
    const dep = objectAt(r, 'Deployment', 'nginx', del.t)!;
    expect(dep.metadata.finalizers).toContain('foregroundDeletion');
    const rsName = tableRows(r.out('kubectl get rs', 1).stdout)[0]![0]!;
    const pods = addedNames(r, 'Pod', r.out('kubectl apply -f -', 1).t - 1, del.t);
    const podsGone = Math.max(...pods.map((p) => deletedAt(r, 'Pod', p, del.t - 1)));
    expect(deletedAt(r, 'ReplicaSet', rsName, del.t - 1)).toBeGreaterThanOrEqual(podsGone);
    expect(deletedAt(r, 'Deployment', 'nginx', del.t - 1)).toBeGreaterThanOrEqual(deletedAt(r, 'ReplicaSet', rsName, del.t - 1));
    expect(r.out('kubectl get deploy', 1).stderr).toBe('No resources found in default namespace.\n');
  });

  it('orphan: the ReplicaSet and its pods stay, the ReplicaSet without owner', () => {
    const del = r.out('kubectl delete deploy nginx --cascade=orphan');
    expect(r.out('kubectl get deploy', 2).stderr).toBe('No resources found in default namespace.\n');
    const rs = tableRows(r.out('kubectl get rs', 2).stdout);
    expect(rs.map((c) => c.slice(1, 4).join(' '))).toEqual(['3 3 3']);
    expect(objectAt(r, 'ReplicaSet', rs[0]![0]!)!.metadata.ownerReferences ?? []).toEqual([]);
    expect(tableRows(r.out('kubectl get pods', 1).stdout).map((c) => c[2])).toEqual(['Running', 'Running', 'Running']);
    expect(between(r, 'Pod', del.t, Infinity).some((w) => w.event === 'DELETED')).toBe(false);
  });
});

describe('StatefulSet controller events (sts-ordered-ready.yaml)', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-ordered-ready.yaml')));

  it('records SuccessfulCreate and SuccessfulDelete on statefulset/web in order', () => {
    const d = tableRows(r.out('kubectl get events').stdout).filter((c) => c[3] === 'statefulset/web').map((c) => `${c[1]} ${c[2]} ${c[4]}`);
    expect(d).toEqual([
      'Normal SuccessfulCreate create Pod web-0 in StatefulSet web successful',
      'Normal SuccessfulCreate create Pod web-1 in StatefulSet web successful',
      'Normal SuccessfulCreate create Pod web-2 in StatefulSet web successful',
      'Normal SuccessfulDelete delete Pod web-2 in StatefulSet web successful',
      'Normal SuccessfulDelete delete Pod web-1 in StatefulSet web successful',
      'Normal SuccessfulDelete delete Pod web-0 in StatefulSet web successful',
    ]);
  });
});
