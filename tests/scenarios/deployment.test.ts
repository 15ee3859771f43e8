// Deployments and ReplicaSets: generated names, RollingUpdate fence-posts, Recreate, rollout history/pause/resume/undo,
// a bad image stalling the rollout. Reference: kubernetes-behaviour.md §1.3, §3.1, §3.3, §4.2.
import { beforeAll, describe, expect, it } from 'vitest';
import { addedAt, addedNames, cols, objectAt, readyAt, runScenarioFile, tableRows, terminatingAt, type ScenarioResult } from './helpers';

const HASH = '[4-9bcdf]{8,10}';
const POD = new RegExp(`^nginx-${HASH}-[bcdfghjklmnpqrstvwxz2456789]{5}$`);
const scalingEvents = (describeOut: string) => describeOut.split('\n').filter((l) => l.includes('ScalingReplicaSet')).map((l) => l.replace(/^.*deployment-controller\s+/, ''));

describe('deployment-vs-statefulset-names.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('deployment-vs-statefulset-names.yaml')));

  it('names Deployment pods <rs>-<5 random chars>, the ReplicaSet <deployment>-<pod-template-hash>', () => {
    const [rs] = tableRows(r.out('kubectl get rs').stdout);
    expect(rs![0]).toMatch(new RegExp(`^nginx-${HASH}$`));
    const pods = cols(r.out('kubectl get pods').stdout, 1).filter((n) => n.startsWith('nginx-'));
    expect(pods).toHaveLength(3);
    for (const n of pods) {
      expect(n).toMatch(POD);
      expect(n.startsWith(`${rs![0]}-`)).toBe(true);
    }
    const labels = objectAt(r, 'Pod', pods[0]!, r.out('kubectl get pods').t)!.metadata.labels!;
    expect(labels['pod-template-hash']).toBe(rs![0]!.slice('nginx-'.length));
  });

  it('starts the Deployment pods together, the StatefulSet pods one by one', () => {
    const dep = addedNames(r, 'Pod', -1, r.out('kubectl delete pod --all').t).filter((n) => n.startsWith('nginx-'));
    const firstReady = Math.min(...dep.map((n) => readyAt(r, n)));
    for (const n of dep) expect(addedAt(r, 'Pod', n)).toBeLessThan(firstReady);
    expect(readyAt(r, 'web-0')).toBeLessThan(addedAt(r, 'Pod', 'web-1'));
    expect(readyAt(r, 'web-1')).toBeLessThan(addedAt(r, 'Pod', 'web-2'));
  });

  it('replaces deleted Deployment pods at once with new names, StatefulSet pods with the same names after the old are gone', () => {
    const del = r.out('kubectl delete pod --all');
    const before = cols(r.out('kubectl get pods').stdout, 1);
    expect(del.stdout.trimEnd().split('\n')).toEqual(before.map((n) => `pod "${n}" deleted from default namespace`));
    const after = cols(r.out('kubectl get pods', 1).stdout, 1);
    const depAfter = after.filter((n) => n.startsWith('nginx-'));
    expect(depAfter).toHaveLength(3);
    for (const n of depAfter) {
      expect(n).toMatch(POD);
      expect(before).not.toContain(n);
      // A ReplicaSet replaces a terminating pod immediately, without waiting for it to go.
      expect(addedAt(r, 'Pod', n)).toBeLessThan(Math.max(...before.filter((b) => b.startsWith('nginx-')).map((b) => r.watch('Pod', b).at(-1)!.t)));
    }
    expect(after.filter((n) => n.startsWith('web-'))).toEqual(['web-0', 'web-1', 'web-2']);
    expect(addedAt(r, 'Pod', 'web-0', del.t)).toBeGreaterThan(r.watch('Pod', 'web-0').filter((w) => w.event === 'DELETED')[0]!.t - 1);
  });
});

describe('deployment-rolling-update.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('deployment-rolling-update.yaml')));

  it('scales new 1, old 2, new 2, old 1, new 3, old 0 (ScalingReplicaSet events)', () => {
    const [oldRs] = tableRows(r.out('kubectl get rs').stdout)[0]!;
    const newRs = tableRows(r.out('kubectl get rs', 1).stdout).map((c) => c[0]!).find((n) => n !== oldRs)!;
    expect(scalingEvents(r.out('kubectl describe deploy nginx').stdout)).toEqual([
      `Scaled up replica set ${oldRs} from 0 to 3`,
      `Scaled up replica set ${newRs} from 0 to 1`,
      `Scaled down replica set ${oldRs} from 3 to 2`,
      `Scaled up replica set ${newRs} from 1 to 2`,
      `Scaled down replica set ${oldRs} from 2 to 1`,
      `Scaled up replica set ${newRs} from 2 to 3`,
      `Scaled down replica set ${oldRs} from 1 to 0`,
    ]);
    expect(tableRows(r.out('kubectl get rs', 1).stdout).map((c) => c.slice(0, 4).join(' '))).toEqual([`${oldRs} 0 0 0`, `${newRs} 3 3 3`].sort());
  });

  it('never has more than replicas + maxSurge pods, nor fewer than 3 ready', () => {
    const t0 = r.out('kubectl apply -f -', 1).t;
    const live = new Map<string, { ready: boolean; term: boolean }>();
    let maxPods = 0;
    let minReady = Infinity;
    for (const w of r.watch('Pod')) {
      if (w.event === 'DELETED') live.delete(w.object.metadata.name!);
      else live.set(w.object.metadata.name!, { ready: (w.object.status as { conditions?: Array<{ type: string; status: string }> }).conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ?? false, term: !!w.object.metadata.deletionTimestamp });
      if (w.t < t0) continue;
      maxPods = Math.max(maxPods, [...live.values()].filter((p) => !p.term).length);
      minReady = Math.min(minReady, [...live.values()].filter((p) => p.ready && !p.term).length);
    }
    expect(maxPods).toBe(4);
    expect(minReady).toBe(3);
  });

  it('prints the Deployment columns and the strategy', () => {
    expect(r.out('kubectl get deploy nginx').stdout).toMatch(/^NAME\s+READY\s+UP-TO-DATE\s+AVAILABLE\s+AGE\nnginx\s+3\/3\s+3\s+3\s+\d+s\n$/);
    expect(r.out('kubectl describe deploy nginx').stdout).toContain('RollingUpdateStrategy:  0 max unavailable, 1 max surge\n');
  });
});

describe('deployment-recreate.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('deployment-recreate.yaml')));

  it('stops every old pod (terminal phase or gone) before the first new pod is created', () => {
    const t0 = r.out('kubectl apply -f -', 1).t;
    const oldPods = addedNames(r, 'Pod', -1, t0);
    const newPods = addedNames(r, 'Pod', t0);
    expect(oldPods).toHaveLength(3);
    expect(newPods).toHaveLength(3);
    const stopped = (n: string) => r.watch('Pod', n).find((w) => w.event === 'DELETED' || ['Succeeded', 'Failed'].includes((w.object.status as { phase?: string }).phase ?? ''))!.t;
    const lastOldGone = Math.max(...oldPods.map(stopped));
    for (const n of oldPods) expect(r.watch('Pod', n).at(-1)!.event).toBe('DELETED');
    expect(Math.min(...newPods.map((n) => addedAt(r, 'Pod', n)))).toBeGreaterThanOrEqual(lastOldGone);
    expect(Math.max(...oldPods.map((n) => terminatingAt(r, 'Pod', n, t0)))).toBeLessThan(Math.min(...newPods.map((n) => addedAt(r, 'Pod', n))));
  });

  it('ends with the old ReplicaSet at 0 and the new one at 3', () => {
    expect(tableRows(r.out('kubectl get rs').stdout).map((c) => c.slice(1, 4).join(' ')).sort()).toEqual(['0 0 0', '3 3 3']);
  });
});

describe('deployment-rollout.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('deployment-rollout.yaml')));

  it('lists revisions and reports a finished rollout', () => {
    expect(r.out('kubectl rollout history deploy/nginx').stdout).toBe('deployment.apps/nginx \nREVISION  CHANGE-CAUSE\n1         <none>\n2         <none>\n\n');
    expect(r.out('kubectl rollout status deploy/nginx').stdout).toBe('deployment "nginx" successfully rolled out\n');
  });

  it('pause holds a template change; undo is refused while paused; resume rolls it out', () => {
    expect(r.out('kubectl rollout pause deploy/nginx').stdout).toBe('deployment.apps/nginx paused\n');
    expect(tableRows(r.out('kubectl get rs').stdout)).toHaveLength(2);
    expect(r.out('kubectl rollout undo deploy/nginx')).toMatchObject({ stderr: "error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again\n", exitCode: 1 });
    expect(r.out('kubectl rollout resume deploy/nginx').stdout).toBe('deployment.apps/nginx resumed\n');
    const rs = tableRows(r.out('kubectl get rs', 1).stdout);
    expect(rs).toHaveLength(3);
    expect(rs.map((c) => c.slice(1, 4).join(' '))).toEqual(['0 0 0', '0 0 0', '2 2 2']);
  });

  it('undo reuses the 1.26 ReplicaSet and moves its revision (2 -> 4, revision-history 2)', () => {
    expect(r.out('kubectl rollout undo deploy/nginx', 1).stdout).toBe('deployment.apps/nginx rolled back\n');
    expect(r.out('kubectl rollout history deploy/nginx', 1).stdout).toBe('deployment.apps/nginx \nREVISION  CHANGE-CAUSE\n1         <none>\n3         <none>\n4         <none>\n\n');
    const rsRows = tableRows(r.out('kubectl get rs', 2).stdout);
    const active = rsRows.find((c) => c[1] === '2')![0]!;
    expect(tableRows(r.out('kubectl get rs').stdout).find((c) => c[1] === '2')![0]).toBe(active);
    expect(objectAt(r, 'ReplicaSet', active)!.metadata.annotations).toMatchObject({ 'deployment.kubernetes.io/revision': '4', 'deployment.kubernetes.io/revision-history': '2' });
    expect(r.out('kubectl rollout undo deploy/nginx --to-revision=42')).toMatchObject({ stderr: 'error: unable to find specified revision 42 in history\n', exitCode: 1 });
  });
});

describe('deployment-bad-image.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('deployment-bad-image.yaml')));

  it('stalls with the new ReplicaSet at 1 1 0 and the old at 3 3 3', () => {
    const rows = tableRows(r.out('kubectl get rs').stdout).map((c) => c.slice(1, 4).join(' ')).sort();
    expect(rows).toEqual(['1 1 0', '3 3 3']);
    const pods = tableRows(r.out('kubectl get pods').stdout).map((c) => c.slice(1, 3).join(' ')).sort();
    expect(pods).toEqual(['0/1 ImagePullBackOff', '1/1 Running', '1/1 Running', '1/1 Running']);
    expect(r.out('kubectl rollout status deploy/nginx').stdout).toBe('Waiting for deployment "nginx" rollout to finish: 1 out of 3 new replicas have been updated...\n');
  });

  it('recovers with rollout undo', () => {
    expect(r.out('kubectl rollout undo deploy/nginx').stdout).toBe('deployment.apps/nginx rolled back\n');
    expect(tableRows(r.out('kubectl get rs', 1).stdout).map((c) => c.slice(1, 4).join(' ')).sort()).toEqual(['0 0 0', '3 3 3']);
    expect(r.run.stable).toBe(true);
  });
});
