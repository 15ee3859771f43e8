// The seed's StatefulSet-vs-Deployment experiments, reproduced as scenarios and checked end to end.
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, firstTime, isReady, jsonLines, output, scenarioPath, watches, type JsonLine } from './helpers';

async function runJson(file: string): Promise<JsonLine[]> {
  const run = await cli(['run', scenarioPath(file), '--json']);
  expect([run.code, run.stderr]).toEqual([0, '']);
  return jsonLines(run.stdout);
}

const image = (o: { spec?: unknown }) => (o.spec as { containers: Array<{ image: string }> }).containers[0]?.image;
const podNames = (lines: JsonLine[], after = -1, before = Infinity) =>
  [...new Set(watches(lines, 'Pod').filter((w) => w.t > after && w.t < before && w.event === 'ADDED').map((w) => w.object.metadata.name ?? ''))].sort();

describe('seed-hostpath-partition', () => {
  let lines: JsonLine[];
  beforeAll(async () => void (lines = await runJson('seed-hostpath-partition.yaml')));

  it('creates the hand-made PVs, which become Available', () => {
    expect(output(lines, 'kubectl apply -f -', 0).stdout).toBe('persistentvolume/test-0 created\npersistentvolume/test-1 created\npersistentvolume/test-2 created\n');
    const rows = output(lines, 'kubectl get pv').stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^NAME\s+CAPACITY\s+ACCESS MODES\s+RECLAIM POLICY\s+STATUS\s+CLAIM\s+STORAGECLASS/);
    expect(rows.slice(1).map((r) => r.split(/\s+/).slice(0, 5).join(' '))).toEqual([
      'test-0 1Gi RWO Retain Available', 'test-1 1Gi RWO Retain Available', 'test-2 1Gi RWO Retain Available',
    ]);
  });

  it('binds every claim to one of the hostPath PVs', () => {
    const rows = output(lines, 'kubectl get pvc').stdout.trimEnd().split('\n').slice(1);
    expect(rows.map((r) => r.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      'www-statefulset-test-0 Bound', 'www-statefulset-test-1 Bound', 'www-statefulset-test-2 Bound',
    ]);
    expect(rows.map((r) => r.split(/\s+/)[2]).sort()).toEqual(['test-0', 'test-1', 'test-2']);
  });

  it('updates only statefulset-test-2 (partition 2) when the image changes', () => {
    const apply = output(lines, 'kubectl apply -f -', 2);
    expect(apply.stdout).toBe('service/test-statefulset-svc unchanged\nstatefulset.apps/statefulset-test configured\n');
    const del = output(lines, 'kubectl delete statefulset statefulset-test');
    expect(podNames(lines, apply.t, del.t)).toEqual(['statefulset-test-2']);
    const after = watches(lines, 'Pod').filter((w) => w.t > apply.t && w.t < del.t);
    const newest = (n: string) => [...watches(lines, 'Pod')].filter((w) => w.t < del.t && w.object.metadata.name === n).at(-1)!.object;
    expect(image(newest('statefulset-test-2'))).toBe('nginx:1.19');
    expect(image(newest('statefulset-test-0'))).toBe('nginx');
    expect(image(newest('statefulset-test-1'))).toBe('nginx');
    expect(after.some((w) => w.object.metadata.name !== 'statefulset-test-2')).toBe(false);
  });

  it('recreates a deleted pod with the same name', () => {
    const del = output(lines, 'kubectl delete pod statefulset-test-2');
    expect(firstTime(lines, 'statefulset-test-2', (w) => w.t > del.t && w.event === 'ADDED')).toBeLessThan(Infinity);
  });

  it('keeps the claims Bound after the StatefulSet is deleted', () => {
    expect(output(lines, 'kubectl get pods', 0).stdout).toBe('');
    expect(output(lines, 'kubectl get pods', 0).stderr).toBe('No resources found in default namespace.\n');
    const rows = output(lines, 'kubectl get pvc', 1).stdout.trimEnd().split('\n').slice(1);
    expect(rows.map((r) => r.split(/\s+/)[1])).toEqual(['Bound', 'Bound', 'Bound']);
  });
});

describe('seed-deployment-vs-statefulset', () => {
  let lines: JsonLine[];
  beforeAll(async () => void (lines = await runJson('seed-deployment-vs-statefulset.yaml')));
  const mynginx = /^mynginx-[a-z0-9]{6,10}-[a-z0-9]{5}$/;

  it('creates the Deployment\'s pods together, with random suffixes', () => {
    const apply = output(lines, 'kubectl apply -f -', 2);
    expect(apply.stdout).toBe('service/test-nfs-svc created\ndeployment.apps/mynginx created\n');
    const relabel = output(lines, 'kubectl delete pod -l app=mynginx');
    const first = podNames(lines, apply.t - 1, relabel.t).filter((n) => n.startsWith('mynginx-'));
    expect(first).toHaveLength(3);
    for (const n of first) expect(n).toMatch(mynginx);
    const created = first.map((n) => firstTime(lines, n, (w) => w.event === 'ADDED'));
    const ready = first.map((n) => firstTime(lines, n, (w) => isReady(w.object)));
    expect(Math.max(...created)).toBeLessThan(Math.min(...ready));
  });

  it('replaces deleted Deployment pods with new names, StatefulSet pods with the same name', () => {
    const sts = output(lines, 'kubectl delete pod statefulset-test-2');
    expect(firstTime(lines, 'statefulset-test-2', (w) => w.t > sts.t && w.event === 'ADDED')).toBeLessThan(Infinity);
    const del = output(lines, 'kubectl delete pod -l app=mynginx');
    const before = podNames(lines, -1, del.t).filter((n) => n.startsWith('mynginx-'));
    const after = podNames(lines, del.t).filter((n) => n.startsWith('mynginx-'));
    expect(after).toHaveLength(3);
    for (const n of after) expect(n).toMatch(mynginx);
    expect(after.filter((n) => before.includes(n))).toEqual([]);
    expect(del.stdout.trimEnd().split('\n').sort()).toEqual(before.map((n) => expect.stringMatching(new RegExp(`^pod "${n}" deleted`))));
  });

  it('deletes the Deployment, its ReplicaSet and pods, and leaves the StatefulSet alone', () => {
    const del = output(lines, 'kubectl delete service/test-nfs-svc deployment.apps/mynginx');
    expect(del.stdout).toMatch(/^service "test-nfs-svc" deleted.*\ndeployment.apps "mynginx" deleted.*\n$/);
    const pods = output(lines, 'kubectl get pods', 0).stdout.trimEnd().split('\n').slice(1).map((r) => r.split(/\s+/)[0]);
    expect(pods).toEqual(['statefulset-test-0', 'statefulset-test-1', 'statefulset-test-2']);
    const rs = watches(lines, 'ReplicaSet');
    expect(rs.at(-1)?.event).toBe('DELETED');
  });
});

describe('parallel-pod-management', () => {
  let lines: JsonLine[];
  beforeAll(async () => void (lines = await runJson('parallel-pod-management.yaml')));
  const added = (n: string, after = -1) => firstTime(lines, n, (w) => w.event === 'ADDED' && w.t > after);

  it('creates all pods before any is Ready', () => {
    const ready0 = firstTime(lines, 'statefulset-test-0', (w) => isReady(w.object));
    expect(added('statefulset-test-1')).toBeLessThan(ready0);
    expect(added('statefulset-test-2')).toBeLessThan(ready0);
  });

  it('scales up and down without waiting for neighbours', () => {
    const up = output(lines, 'kubectl scale statefulset statefulset-test --replicas=5');
    expect(up.stdout).toBe('statefulset.apps/statefulset-test scaled\n');
    expect(added('statefulset-test-4', up.t)).toBeLessThan(firstTime(lines, 'statefulset-test-3', (w) => w.t > up.t && isReady(w.object)));
    const down = output(lines, 'kubectl scale statefulset statefulset-test --replicas=1');
    const terminating = ['1', '2', '3', '4'].map((i) =>
      firstTime(lines, `statefulset-test-${i}`, (w) => w.t > down.t && w.object.metadata.deletionTimestamp !== undefined));
    const firstGone = Math.min(...['1', '2', '3', '4'].map((i) => firstTime(lines, `statefulset-test-${i}`, (w) => w.t > down.t && w.event === 'DELETED')));
    expect(Math.max(...terminating)).toBeLessThan(firstGone);
    expect(output(lines, 'kubectl get pods', 1).stdout).toMatch(/^NAME.*\nstatefulset-test-0\s+1\/1\s+Running\s+0\s+\S+\n$/);
  });
});
