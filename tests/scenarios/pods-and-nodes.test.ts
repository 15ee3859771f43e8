// What `kubectl get pods` shows in the STATUS column over a pod's life, and node failure end to end.
// Reference: kubernetes-behaviour.md §4.1, §4.2, §4.3, §9, §11, §13.
import { beforeAll, describe, expect, it } from 'vitest';
import { addedAt, addedNames, cols, deletedAt, objectAt, readyAt, runScenarioFile, tableRows, type ScenarioResult } from './helpers';

const statusRows = (r: ScenarioResult, pod: string) => r.rows(`pod/${pod}`).map((l) => l.split(' ').slice(1, 3).join(' '));
const dedupe = (xs: string[]) => xs.filter((x, i) => i === 0 || xs[i - 1] !== x);

describe('pod-status-column.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('pod-status-column.yaml')));

  it('Pending: a pod no node can take stays Pending, with no node', () => {
    expect(r.out('kubectl apply -f -').stdout).toBe('pod/stuck created\n');
    expect(cols(r.out('kubectl get pods').stdout, 4)).toEqual(['stuck 0/1 Pending 0']);
    expect((objectAt(r, 'Pod', 'stuck', r.out('kubectl get pods').t)!.spec as { nodeName?: string }).nodeName).toBeUndefined();
  });

  it('ContainerCreating while the image is pulled, then Running 0/1 until the readiness probe passes, then 1/1', () => {
    expect(r.out('kubectl get pods probe').stdout).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nprobe\s+0\/1\s+ContainerCreating\s+0\s+1s\n$/);
    expect(cols(r.out('kubectl get pods probe', 1).stdout, 4)).toEqual(['probe 0/1 Running 0']);
    expect(cols(r.out('kubectl get pods probe', 2).stdout, 4)).toEqual(['probe 1/1 Running 0']);
    const started = r.watch('Pod', 'probe').find((w) => (w.object.status as { phase?: string }).phase === 'Running')!.t;
    // initialDelaySeconds 15, periodSeconds 10 (default): Ready 15..25 s after the container started (second precision).
    expect(readyAt(r, 'probe') - started).toBeGreaterThanOrEqual(15_000);
    expect(readyAt(r, 'probe') - started).toBeLessThanOrEqual(26_000);
    expect(dedupe(statusRows(r, 'probe')).slice(0, 4)).toEqual(['0/1 Pending', '0/1 ContainerCreating', '0/1 Running', '1/1 Running']);
  });

  it('Terminating for the whole grace period when the process ignores SIGTERM, then Error (exit 137)', () => {
    const del = r.out('kubectl delete pod sleeper');
    expect(del.stdout).toBe('pod "sleeper" deleted from default namespace\n');
    expect(cols(r.out('kubectl get pods sleeper').stdout, 3)).toEqual(['sleeper 0/1 Terminating']);
    expect(dedupe(statusRows(r, 'sleeper')).slice(-3)).toEqual(['1/1 Terminating', '0/1 Terminating', '0/1 Error']);
    const err = r.watch('Pod', 'sleeper').find((w) => (w.object.status as { phase?: string }).phase === 'Failed')!;
    // SIGKILL comes a full grace period after the kubelet saw the deletion (its watch latency later), never earlier.
    expect(err.t - del.t).toBeGreaterThanOrEqual(30_000);
    expect(err.t - del.t).toBeLessThanOrEqual(30_100);
    expect((err.object.status as { containerStatuses: Array<{ state: { terminated?: { exitCode: number } } }> }).containerStatuses[0]!.state.terminated?.exitCode).toBe(137);
  });

  it('Completed when nginx exits 0 on SIGTERM, and the DELETED row repeats it', () => {
    expect(statusRows(r, 'probe').slice(-4)).toEqual(['1/1 Terminating', '0/1 Terminating', '0/1 Completed', '0/1 Completed']);
    expect(r.watch('Pod', 'probe').at(-1)!.event).toBe('DELETED');
    expect(r.out('kubectl get pods', 1).stderr).toBe('No resources found in default namespace.\n');
  });
});

describe('pod-image-pull-backoff.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('pod-image-pull-backoff.yaml')));

  it('goes Pending, ContainerCreating, ErrImagePull, ImagePullBackOff, and back and forth, RESTARTS 0', () => {
    const rows = dedupe(statusRows(r, 'typo'));
    expect(rows.slice(0, 6)).toEqual(['0/1 Pending', '0/1 ContainerCreating', '0/1 ErrImagePull', '0/1 ImagePullBackOff', '0/1 ErrImagePull', '0/1 ImagePullBackOff']);
    expect(cols(r.out('kubectl get pods').stdout, 4)).toEqual(['typo 0/1 ImagePullBackOff 0']);
    expect(cols(r.out('kubectl get pods', 1).stdout, 4)).toEqual(['typo 0/1 ImagePullBackOff 0']);
    expect(objectAt(r, 'Pod', 'typo', r.out('kubectl get pods', 1).t)!.status).toMatchObject({ phase: 'Pending' });
  });

  it('doubles the back-off between pulls (10 s, 20 s, 40 s)', () => {
    const pulls = r.watch('Pod', 'typo').filter((w, i, all) => {
      const reason = (o: typeof w) => (o.object.status as { containerStatuses?: Array<{ state?: { waiting?: { reason?: string } } }> }).containerStatuses?.[0]?.state?.waiting?.reason;
      return reason(w) === 'ErrImagePull' && (i === 0 || reason(all[i - 1]!) !== 'ErrImagePull');
    }).map((w) => w.t);
    expect(pulls.length).toBeGreaterThanOrEqual(4);
    const gaps = pulls.slice(1).map((t, i) => Math.round((t - pulls[i]!) / 1000));
    for (let i = 0; i < 3; i++) {
      expect(gaps[i]).toBeGreaterThanOrEqual(10 * 2 ** i);
      expect(gaps[i]).toBeLessThanOrEqual(10 * 2 ** i + 3);
    }
  });

  it('records the kubelet events with the exact messages', () => {
    const ev = tableRows(r.out('kubectl get events').stdout).map((c) => c.slice(1).join(' | '));
    expect(ev).toContain('Normal | Pulling | pod/typo | Pulling image "nginx:1.161"');
    expect(ev).toContain('Warning | Failed | pod/typo | Error: ErrImagePull');
    expect(ev).toContain('Normal | BackOff | pod/typo | Back-off pulling image "nginx:1.161"');
    expect(ev).toContain('Warning | Failed | pod/typo | Error: ImagePullBackOff');
    expect(ev.some((e) => e.startsWith('Warning | Failed | pod/typo | Failed to pull image "nginx:1.161": '))).toBe(true);
  });
});

describe('pod-crashloop.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('pod-crashloop.yaml')));

  it('shows Error, then Running with RESTARTS 1, then CrashLoopBackOff with RESTARTS counting up', () => {
    expect(cols(r.out('kubectl get pods').stdout, 4)).toEqual(['crashy 0/1 Error 0']);
    expect(tableRows(r.out('kubectl get pods', 1).stdout)[0]).toEqual(['crashy', '1/1', 'Running', '1 (1s ago)', '4s']);
    expect(tableRows(r.out('kubectl get pods', 2).stdout)[0]!.slice(0, 4)).toEqual(['crashy', '0/1', 'CrashLoopBackOff', '1 (2s ago)']);
    expect(tableRows(r.out('kubectl get pods', 3).stdout)[0]!.slice(0, 4)).toEqual(['crashy', '0/1', 'CrashLoopBackOff', '2 (2s ago)']);
    expect(tableRows(r.out('kubectl get pods', 4).stdout)[0]!.slice(0, 3)).toEqual(['crashy', '1/1', 'Running']);
    expect(tableRows(r.out('kubectl get pods', 4).stdout)[0]![3]).toMatch(/^3 \(\d+s ago\)$/);
  });

  it('keeps phase Running throughout and backs off 10 s, then 20 s', () => {
    const t1 = r.faultAt('fault container-crash crashy', 1);
    const t2 = r.faultAt('fault container-crash crashy', 2);
    expect(readyAt(r, 'crashy', t1) - t1).toBe(10_000);
    expect(readyAt(r, 'crashy', t2) - t2).toBe(20_000);
    const phases = new Set(r.watch('Pod', 'crashy').filter((w) => w.t >= r.faultAt('fault container-crash crashy') && w.t < r.out('kubectl delete pod crashy').t).map((w) => (w.object.status as { phase: string }).phase));
    expect([...phases]).toEqual(['Running']);
  });

  it('records the back-off event', () => {
    const d = r.out('kubectl describe pod crashy').stdout;
    const uid = objectAt(r, 'Pod', 'crashy', r.out('kubectl describe pod crashy').t)!.metadata.uid;
    expect(d).toContain(`Back-off restarting failed container nginx in pod crashy_default(${uid})`);
  });
});

describe('node-failure.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('node-failure.yaml')));
  const nodeStatus = (nth: number) => cols(r.out('kubectl get nodes', nth).stdout, 2);
  const podsOn = (nth: number) => tableRows(r.out('kubectl get pods -o wide', nth).stdout).map((c) => `${c[0]} ${c[1]} ${c[2]} ${c[6]}`);

  it('keeps node-2 Ready within the grace period, NotReady after it', () => {
    const down = r.faultAt('fault node-down node-2');
    expect(r.out('kubectl get nodes').t - down).toBe(30_000);
    expect(nodeStatus(0)).toEqual(['node-1 Ready', 'node-2 Ready', 'node-3 Ready']);
    expect(nodeStatus(1)).toEqual(['node-1 Ready', 'node-2 NotReady', 'node-3 Ready']);
    expect(r.out('kubectl get nodes', 1).stdout).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION\nnode-1\s+Ready\s+<none>\s+12d\s+v1\.34\.0\n/);
  });

  it('marks the node\'s pods not Ready (0/1 Running) and taints the node', () => {
    const rows = podsOn(1).filter((l) => l.endsWith('node-2'));
    expect(rows.map((l) => l.split(' ').slice(1, 3).join(' '))).toEqual(['0/1 Running', '0/1 Running']);
    const taints = ((objectAt(r, 'Node', 'node-2')?.spec as { taints?: Array<{ key: string; effect: string }> } | undefined)?.taints ?? []);
    const afterDown = r.watch('Node', 'node-2').filter((w) => w.t > r.faultAt('fault node-down node-2') && w.t < r.faultAt('fault node-up node-2'));
    const tainted = afterDown.map((w) => ((w.object.spec as { taints?: Array<{ key: string; effect: string }> }).taints ?? []).map((t) => `${t.key}:${t.effect}`)).at(-1);
    expect(tainted?.sort()).toEqual(['node.kubernetes.io/unreachable:NoExecute', 'node.kubernetes.io/unreachable:NoSchedule']);
    expect(taints).toEqual([]);
  });

  it('evicts after tolerationSeconds 300: pods stay Terminating; the Deployment replaces its pod at once, the StatefulSet does not', () => {
    const notReady = r.watch('Node', 'node-2').find((w) => ((w.object.spec as { taints?: unknown[] }).taints ?? []).length > 0)!.t;
    const web1Term = r.watch('Pod', 'web-1').find((w) => w.object.metadata.deletionTimestamp)!.t;
    expect(web1Term - notReady).toBeGreaterThanOrEqual(299_000);
    expect(web1Term - notReady).toBeLessThanOrEqual(301_000);
    const during = podsOn(2);
    expect(during.filter((l) => l.includes('Terminating')).map((l) => l.split(' ')[0]!.replace(/-[a-z0-9]{5}$/, '-x'))).toEqual([expect.stringMatching(/^nginx-/), 'web-1']);
    const replacement = addedNames(r, 'Pod', web1Term - 1).filter((n) => n.startsWith('nginx-'));
    expect(replacement).toHaveLength(1);
    expect(addedAt(r, 'Pod', replacement[0]!) - web1Term).toBeLessThan(1000);
    expect(addedAt(r, 'Pod', 'web-1', web1Term)).toBeGreaterThan(r.out('kubectl delete pod web-1 --force --grace-period=0').t - 1);
    expect(podsOn(3)).toContain(podsOn(2).find((l) => l.startsWith('web-1 ')));
  });

  it('force delete removes web-1 at once; it is recreated with the same name on a healthy node', () => {
    const del = r.out('kubectl delete pod web-1 --force --grace-period=0');
    expect(del.stdout).toBe('pod "web-1" force deleted from default namespace\n');
    expect(del.stderr).toBe('Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n');
    expect(deletedAt(r, 'Pod', 'web-1', del.t - 1)).toBe(del.t);
    const web1 = podsOn(4).find((l) => l.startsWith('web-1 '))!;
    expect(web1).toMatch(/^web-1 1\/1 Running node-[13]$/);
  });

  it('node-up: node-2 Ready again, its terminating pod finishes', () => {
    expect(nodeStatus(2)).toEqual(['node-1 Ready', 'node-2 Ready', 'node-3 Ready']);
    expect(podsOn(5).every((l) => l.includes(' 1/1 Running '))).toBe(true);
    expect(podsOn(5)).toHaveLength(6);
    expect(r.run.stable).toBe(true);
  });
});
