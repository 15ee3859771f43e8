// The default demo, run end to end through the CLI (--json), as a learner would see it.
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, firstTime, isReady, jsonLines, output, scenarioPath, watches, type JsonLine } from './helpers';

let lines: JsonLine[];
beforeAll(async () => {
  const run = await cli(['run', scenarioPath('statefulset-basics.yaml'), '--json']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  lines = jsonLines(run.stdout);
});

const addedAt = (name: string, after = -1) => firstTime(lines, name, (w) => w.event === 'ADDED' && w.t > after);
const readyAt = (name: string, after = -1) => firstTime(lines, name, (w) => w.t > after && isReady(w.object));

describe('statefulset-basics', () => {
  it('creates the Service and the StatefulSet', () => {
    expect(output(lines, 'kubectl apply -f -')).toMatchObject({ t: 0, step: 1, stdout: 'service/nginx created\nstatefulset.apps/web created\n', stderr: '', exitCode: 0 });
  });

  it('starts pods in order: each is created only after the previous one is Ready', () => {
    expect(readyAt('web-0')).toBeLessThan(addedAt('web-1'));
    expect(readyAt('web-1')).toBeLessThan(addedAt('web-2'));
    expect(addedAt('web-0')).toBeLessThan(readyAt('web-0'));
  });

  it('goes Pending -> ContainerCreating -> Running for web-0', () => {
    const phases = watches(lines, 'Pod').filter((w) => w.object.metadata.name === 'web-0' && w.t <= readyAt('web-0'));
    expect(phases[0]?.event).toBe('ADDED');
    expect((phases[0]?.object.status as { phase?: string } | undefined)?.phase ?? 'Pending').toBe('Pending');
    expect((phases.at(-1)?.object.status as { phase: string }).phase).toBe('Running');
  });

  it('shows three Running pods with their own claims', () => {
    const pods = output(lines, 'kubectl get pods -o wide');
    const rows = pods.stdout.trimEnd().split('\n');
    expect(rows[0]).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\s+IP\s+NODE\s+NOMINATED NODE\s+READINESS GATES$/);
    expect(rows.slice(1).map((r) => r.split(/\s+/).slice(0, 4).join(' '))).toEqual(['web-0 1/1 Running 0', 'web-1 1/1 Running 0', 'web-2 1/1 Running 0']);
    const pvc = output(lines, 'kubectl get pvc').stdout.trimEnd().split('\n').slice(1);
    expect(pvc.map((r) => r.split(/\s+/).slice(0, 2).join(' '))).toEqual(['www-web-0 Bound', 'www-web-1 Bound', 'www-web-2 Bound']);
    expect(output(lines, 'kubectl get pv').stdout.trimEnd().split('\n')).toHaveLength(4);
  });

  it('recreates web-1 with the same name, a new uid and a new IP', () => {
    const del = output(lines, 'kubectl delete pod web-1');
    expect(del.exitCode).toBe(0);
    expect(del.stdout).toMatch(/^pod "web-1" deleted/);
    const web1 = watches(lines, 'Pod').filter((w) => w.object.metadata.name === 'web-1');
    const uids = [...new Set(web1.map((w) => w.object.metadata.uid))];
    expect(uids).toHaveLength(2);
    const ip = (t: number) => (web1.filter((w) => w.t <= t).at(-1)?.object.status as { podIP?: string }).podIP;
    const again = readyAt('web-1', del.t);
    expect(again).toBeLessThan(Infinity);
    expect(ip(again)).toBeDefined();
    expect(ip(again)).not.toBe(ip(del.t));
  });

  it('scales up in order and down in reverse order', () => {
    const up = output(lines, 'kubectl scale statefulset web --replicas=5');
    expect(up.stdout).toBe('statefulset.apps/web scaled\n');
    expect(readyAt('web-3', up.t)).toBeLessThan(addedAt('web-4', up.t));
    const down = output(lines, 'kubectl scale statefulset web --replicas=1');
    const gone = (n: string) => firstTime(lines, n, (w) => w.event === 'DELETED' && w.t > down.t);
    const terminating = (n: string) => firstTime(lines, n, (w) => w.t > down.t && w.object.metadata.deletionTimestamp !== undefined);
    expect(gone('web-4')).toBeLessThanOrEqual(terminating('web-3'));
    expect(gone('web-3')).toBeLessThanOrEqual(terminating('web-2'));
    expect(gone('web-2')).toBeLessThanOrEqual(terminating('web-1'));
    expect(terminating('web-0')).toBe(Infinity);
  });

  it('keeps every claim after scaling down', () => {
    const last = output(lines, 'kubectl get pods', 1);
    expect(last.stdout).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nweb-0\s+1\/1\s+Running\s+0\s+\d+s\n$/);
    const pvc = output(lines, 'kubectl get pvc', 1).stdout.trimEnd().split('\n').slice(1);
    expect(pvc.map((r) => r.split(/\s+/).slice(0, 2).join(' '))).toEqual(['www-web-0 Bound', 'www-web-1 Bound', 'www-web-2 Bound', 'www-web-3 Bound', 'www-web-4 Bound']);
  });

  it('names only the pods web-0..web-4', () => {
    expect([...new Set(watches(lines, 'Pod').map((w) => w.object.metadata.name))].sort()).toEqual(['web-0', 'web-1', 'web-2', 'web-3', 'web-4']);
  });
});
