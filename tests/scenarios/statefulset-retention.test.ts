// StatefulSet claims and identity: PVC retention policy, a claim being deleted, eviction, orphan + adoption.
// Reference: kubernetes-behaviour.md §2.3 (steps 6a/6b, re-created STS), §2.4, §2.9, §2.10, §5.7, §11.
import { beforeAll, describe, expect, it } from 'vitest';
import { addedAt, addedNames, cols, deletedAt, objectAt, readyAt, runScenarioFile, tableRows, terminatingAt, type ScenarioResult } from './helpers';

const owners = (r: ScenarioResult, kind: string, name: string, t: number) =>
  (objectAt(r, kind, name, t)?.metadata.ownerReferences ?? []).map((o) => `${o.kind}/${o.name}`);

describe('sts-pvc-retention-delete.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-pvc-retention-delete.yaml')));

  it('gives every claim an ownerReference to the StatefulSet (whenDeleted Delete)', () => {
    const t = r.out('kubectl get pvc').t;
    for (const n of ['www-web-0', 'www-web-1', 'www-web-2']) expect(owners(r, 'PersistentVolumeClaim', n, t)).toEqual(['StatefulSet/web']);
  });

  it('on scale-down, hands the condemned claims to their pods, then deletes them with the pods (whenScaled Delete)', () => {
    const down = r.out('kubectl scale sts web --replicas=1').t;
    expect(owners(r, 'PersistentVolumeClaim', 'www-web-2', terminatingAt(r, 'Pod', 'web-2', down))).toEqual(['Pod/web-2']);
    for (const n of ['1', '2']) {
      expect(deletedAt(r, 'PersistentVolumeClaim', `www-web-${n}`, down)).toBeGreaterThanOrEqual(terminatingAt(r, 'Pod', `web-${n}`, down));
      expect(deletedAt(r, 'PersistentVolumeClaim', `www-web-${n}`, down)).toBeLessThan(Infinity);
    }
    expect(cols(r.out('kubectl get pvc', 1).stdout, 2)).toEqual(['www-web-0 Bound']);
    expect(cols(r.out('kubectl get pods').stdout, 1)).toEqual(['web-0']);
  });

  it('deletes the remaining claim, and its dynamically provisioned volume, with the StatefulSet', () => {
    const del = r.out('kubectl delete sts web');
    expect(del.stdout).toBe('statefulset.apps "web" deleted from default namespace\n');
    expect(deletedAt(r, 'PersistentVolumeClaim', 'www-web-0', del.t)).toBeGreaterThanOrEqual(deletedAt(r, 'Pod', 'web-0', del.t) - 100);
    expect(r.out('kubectl get pvc', 2).stderr).toBe('No resources found in default namespace.\n');
    expect(r.out('kubectl get pv')).toMatchObject({ stdout: '', stderr: 'No resources found\n' });
  });

  it('keeps the claim while its pod still uses it (pvc-protection)', () => {
    const del = r.out('kubectl delete sts web').t;
    // The claim is only removed once web-0 has stopped: it shows Terminating until then.
    expect(deletedAt(r, 'PersistentVolumeClaim', 'www-web-0', del)).toBeGreaterThan(terminatingAt(r, 'Pod', 'web-0', del));
  });
});

describe('sts-pvc-retention-retain.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-pvc-retention-retain.yaml')));

  it('keeps all claims after scale-down and after deleting the StatefulSet', () => {
    expect(cols(r.out('kubectl get pvc').stdout, 2)).toEqual(['www-web-0 Bound', 'www-web-1 Bound', 'www-web-2 Bound']);
    expect(r.out('kubectl get pods').stderr).toBe('No resources found in default namespace.\n');
    expect(cols(r.out('kubectl get pvc', 1).stdout, 2)).toEqual(['www-web-0 Bound', 'www-web-1 Bound', 'www-web-2 Bound']);
    for (const n of ['www-web-0', 'www-web-1', 'www-web-2']) expect(owners(r, 'PersistentVolumeClaim', n, Infinity)).toEqual([]);
  });

  it('re-attaches the same claim (same volume) to the new web-0', () => {
    const volume = (nth: number) => tableRows(r.out('kubectl get pvc', nth).stdout)[0]![2];
    expect(volume(2)).toBe(volume(0));
    expect(r.watch('PersistentVolumeClaim').filter((w) => w.event === 'ADDED').map((w) => w.object.metadata.name)).toEqual(['www-web-0', 'www-web-1', 'www-web-2']);
    const web0 = objectAt(r, 'Pod', 'web-0')!;
    expect((web0.spec as { volumes: Array<{ name: string; persistentVolumeClaim?: { claimName: string } }> }).volumes.find((v) => v.name === 'www')?.persistentVolumeClaim?.claimName).toBe('www-web-0');
  });
});

describe('sts-pvc-being-deleted.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-pvc-being-deleted.yaml')));

  it('keeps a claim in use Terminating (pvc-protection)', () => {
    expect(r.out('kubectl delete pvc www-web-0 --wait=false').stdout).toBe('persistentvolumeclaim "www-web-0" deleted from default namespace\n');
    expect(cols(r.out('kubectl get pvc').stdout, 2)).toEqual(['www-web-0 Terminating']);
  });

  it('does not create web-0 while its claim is being deleted, with the FailedCreate event', () => {
    expect(cols(r.out('kubectl get pods').stdout, 1)).toEqual(['reader']);
    const ev = tableRows(r.out('kubectl get events').stdout).filter((c) => c[3] === 'statefulset/web').map((c) => c.slice(1).join(' | '));
    expect(ev).toContain('Warning | FailedCreate | statefulset/web | create Pod web-0 in StatefulSet web failed error: pvc www-web-0 is being deleted');
    expect(ev).toContain('Normal | SuccessfulCreate | statefulset/web | create Claim www-web-0 Pod web-0 in StatefulSet web success');
    expect(ev).toContain('Normal | SuccessfulCreate | statefulset/web | create Pod web-0 in StatefulSet web successful');
  });

  it('creates a new claim, then web-0, once the old claim is gone', () => {
    const del = r.out('kubectl delete pod reader --wait=false').t;
    const gone = deletedAt(r, 'PersistentVolumeClaim', 'www-web-0', del);
    const newClaim = addedAt(r, 'PersistentVolumeClaim', 'www-web-0', gone - 1);
    expect(newClaim).toBeLessThanOrEqual(addedAt(r, 'Pod', 'web-0', del));
    expect(cols(r.out('kubectl get pods', 1).stdout, 3)).toEqual(['web-0 1/1 Running']);
    const [oldVol, newVol] = [tableRows(r.out('kubectl get pvc').stdout)[0]![2], tableRows(r.out('kubectl get pvc', 1).stdout)[0]![2]];
    expect(newVol).toMatch(/^pvc-[0-9a-f-]{36}$/);
    expect(newVol).not.toBe(oldVol);
  });
});

describe('sts-evicted-pod.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-evicted-pod.yaml')));

  it('shows the evicted pod as Evicted (phase Failed)', () => {
    expect(cols(r.out('kubectl get pods').stdout, 3)).toEqual(['web-0 1/1 Running', 'web-1 0/1 Evicted', 'web-2 1/1 Running']);
    const evicted = objectAt(r, 'Pod', 'web-1', r.out('kubectl get pods').t)!;
    expect(evicted.status).toMatchObject({ phase: 'Failed', reason: 'Evicted' });
  });

  it('deletes it and recreates web-1 with the same name, a new uid and the same claim', () => {
    const t = r.faultAt('fault pod-evict web-1');
    const uids = [...new Set(r.watch('Pod', 'web-1').map((w) => w.object.metadata.uid))];
    expect(uids).toHaveLength(2);
    expect(deletedAt(r, 'Pod', 'web-1', t)).toBeLessThan(addedAt(r, 'Pod', 'web-1', t));
    expect(addedNames(r, 'Pod', t)).toEqual(['web-1']);
    expect(cols(r.out('kubectl get pods', 1).stdout, 3)).toEqual(['web-0 1/1 Running', 'web-1 1/1 Running', 'web-2 1/1 Running']);
    expect(cols(r.out('kubectl get pvc').stdout, 2)).toEqual(['www-web-0 Bound', 'www-web-1 Bound', 'www-web-2 Bound']);
    expect(r.watch('PersistentVolumeClaim').filter((w) => w.t > t && w.event !== 'MODIFIED')).toEqual([]);
  });
});

describe('sts-orphan-adopt.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-orphan-adopt.yaml')));

  it('orphan delete removes the StatefulSet and the pods\' ownerReferences, and the pods keep running', () => {
    const del = r.out('kubectl delete sts web --cascade=orphan');
    expect(del.stdout).toBe('statefulset.apps "web" deleted from default namespace\n');
    expect(cols(r.out('kubectl get pods').stdout, 3)).toEqual(['web-0 1/1 Running', 'web-1 1/1 Running', 'web-2 1/1 Running']);
    for (const n of ['web-0', 'web-1', 'web-2']) expect(owners(r, 'Pod', n, r.out('kubectl get pods').t)).toEqual([]);
    expect(deletedAt(r, 'StatefulSet', 'web')).toBeLessThan(Infinity);
  });

  it('does not recreate a deleted orphan', () => {
    expect(cols(r.out('kubectl get pods', 1).stdout, 1)).toEqual(['web-1', 'web-2']);
  });

  it('re-created with 2 replicas: creates web-0, adopts web-1, then removes web-2', () => {
    const apply = r.out('kubectl apply -f -', 1);
    expect(apply.stdout).toBe('statefulset.apps/web created\n');
    expect(addedNames(r, 'Pod', apply.t)).toEqual(['web-0']);
    expect(owners(r, 'Pod', 'web-1', Infinity)).toEqual(['StatefulSet/web']);
    const web1 = r.watch('Pod', 'web-1');
    expect(new Set(web1.map((w) => w.object.metadata.uid)).size).toBe(1);
    expect(readyAt(r, 'web-0', apply.t)).toBeLessThanOrEqual(terminatingAt(r, 'Pod', 'web-2', apply.t));
    expect(cols(r.out('kubectl get pods', 2).stdout, 3)).toEqual(['web-0 1/1 Running', 'web-1 1/1 Running']);
    expect(cols(r.out('kubectl get pvc').stdout, 2)).toEqual(['www-web-0 Bound', 'www-web-1 Bound', 'www-web-2 Bound']);
  });
});
