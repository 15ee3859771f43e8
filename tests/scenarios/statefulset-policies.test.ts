// StatefulSet pod management (OrderedReady vs Parallel), spec.ordinals.start and minReadySeconds,
// run through the scenario runner the CLI uses. Reference: kubernetes-behaviour.md §2.3, §2.6, §2.8.
import { beforeAll, describe, expect, it } from 'vitest';
import { addedAt, addedNames, cols, deletedAt, objectAt, readyAt, runScenarioFile, terminatingAt, type ScenarioResult } from './helpers';

const stsStatus = (r: ScenarioResult, t = Infinity) => (objectAt(r, 'StatefulSet', 'web', t)?.status ?? {}) as Record<string, unknown>;

describe('sts-ordered-ready.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-ordered-ready.yaml')));

  it('creates web-0 then web-1, each only after the previous one is Running and Ready', () => {
    expect(r.out('kubectl apply -f -').stdout).toBe('service/nginx created\nstatefulset.apps/web created\n');
    expect(addedNames(r, 'Pod', -1, r.out('kubectl scale sts web --replicas=3').t)).toEqual(['web-0', 'web-1']);
    expect(readyAt(r, 'web-0')).toBeLessThan(addedAt(r, 'Pod', 'web-1'));
    expect(r.rows('pod/web-0').slice(0, 4).map((l) => l.split(' ').slice(1, 3).join(' '))).toEqual(['0/1 Pending', '0/1 Pending', '0/1 ContainerCreating', '1/1 Running']);
  });

  it('halts: web-2 is not created while web-1 is unready (0/1 Running)', () => {
    const scale = r.out('kubectl scale sts web --replicas=3');
    expect(scale.stdout).toBe('statefulset.apps/web scaled\n');
    const during = r.out('kubectl get pods', 1);
    expect(during.t).toBeGreaterThan(scale.t + 59_000);
    expect(cols(during.stdout, 4)).toEqual(['web-0 1/1 Running 0', 'web-1 0/1 Running 0']);
    expect(cols(r.out('kubectl get sts web').stdout, 2)).toEqual(['web 1/3']);
    expect(addedAt(r, 'Pod', 'web-2')).toBeGreaterThanOrEqual(r.faultAt('fault pod-ready web-1'));
  });

  it('creates web-2 once web-1 is Ready again', () => {
    const ready = r.faultAt('fault pod-ready web-1');
    expect(readyAt(r, 'web-1', ready - 1)).toBeLessThanOrEqual(addedAt(r, 'Pod', 'web-2'));
    expect(addedAt(r, 'Pod', 'web-2') - ready).toBeLessThan(1000);
    expect(cols(r.out('kubectl get pods', 2).stdout, 3)).toEqual(['web-0 1/1 Running', 'web-1 1/1 Running', 'web-2 1/1 Running']);
  });

  it('scales down web-2, web-1, web-0: each deletion waits until the previous pod is gone', () => {
    const down = r.out('kubectl scale sts web --replicas=0').t;
    const term = (n: string) => terminatingAt(r, 'Pod', n, down);
    const gone = (n: string) => deletedAt(r, 'Pod', n, down);
    expect(term('web-2')).toBeLessThan(Infinity);
    expect(gone('web-2')).toBeLessThanOrEqual(term('web-1'));
    expect(gone('web-1')).toBeLessThanOrEqual(term('web-0'));
    expect(gone('web-0')).toBeLessThan(Infinity);
    expect(r.out('kubectl get pods', 3).stderr).toBe('No resources found in default namespace.\n');
    expect(r.run.stable).toBe(true);
  });

  it('goes Terminating -> Completed -> gone for a nginx pod (kubelet >= 1.27)', () => {
    const rows = r.rows('pod/web-2').slice(-4).map((l) => l.split(' ').slice(1, 3).join(' '));
    expect(rows).toEqual(['1/1 Terminating', '0/1 Terminating', '0/1 Completed', '0/1 Completed']);
    expect(r.watch('Pod', 'web-2').at(-1)?.event).toBe('DELETED');
  });
});

describe('sts-parallel.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-parallel.yaml')));

  it('creates all three pods before any is Ready', () => {
    const firstReady = Math.min(...['web-0', 'web-1', 'web-2'].map((n) => readyAt(r, n)));
    for (const n of ['web-0', 'web-1', 'web-2']) expect(addedAt(r, 'Pod', n)).toBeLessThan(firstReady);
  });

  it('scales up past an unready pod', () => {
    const up = r.out('kubectl scale sts web --replicas=5').t;
    expect(addedAt(r, 'Pod', 'web-3', up)).toBe(addedAt(r, 'Pod', 'web-4', up));
    expect(cols(r.out('kubectl get pods', 1).stdout, 3)).toEqual(['web-0 1/1 Running', 'web-1 0/1 Running', 'web-2 1/1 Running', 'web-3 1/1 Running', 'web-4 1/1 Running']);
  });

  it('terminates all condemned pods at once on scale-down, unready or not', () => {
    const down = r.out('kubectl scale sts web --replicas=1').t;
    const terms = ['web-1', 'web-2', 'web-3', 'web-4'].map((n) => terminatingAt(r, 'Pod', n, down));
    const firstGone = Math.min(...['web-1', 'web-2', 'web-3', 'web-4'].map((n) => deletedAt(r, 'Pod', n, down)));
    expect(Math.max(...terms)).toBeLessThan(firstGone);
    expect(cols(r.out('kubectl get pods', 2).stdout, 3)).toEqual(['web-0 1/1 Running', 'web-2 0/1 Terminating', 'web-3 0/1 Terminating', 'web-4 0/1 Terminating']);
  });
});

describe('sts-start-ordinal.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-start-ordinal.yaml')));

  it('names pods web-5, web-6, web-7 in order, with claims www-web-5..7', () => {
    expect(addedNames(r, 'Pod')).toEqual(['web-5', 'web-6', 'web-7']);
    expect(readyAt(r, 'web-5')).toBeLessThan(addedAt(r, 'Pod', 'web-6'));
    expect(cols(r.out('kubectl get pods').stdout, 3)).toEqual(['web-5 1/1 Running', 'web-6 1/1 Running', 'web-7 1/1 Running']);
    expect(cols(r.out('kubectl get pvc').stdout, 2)).toEqual(['www-web-5 Bound', 'www-web-6 Bound', 'www-web-7 Bound']);
  });

  it('labels the pods with their own index', () => {
    const labels = objectAt(r, 'Pod', 'web-6', r.out('kubectl get pods').t)?.metadata.labels;
    expect(labels).toMatchObject({ 'apps.kubernetes.io/pod-index': '6', 'statefulset.kubernetes.io/pod-name': 'web-6' });
  });

  it('scales down from the highest ordinal, keeping web-5', () => {
    const down = r.out('kubectl scale sts web --replicas=1').t;
    expect(deletedAt(r, 'Pod', 'web-7', down)).toBeLessThanOrEqual(terminatingAt(r, 'Pod', 'web-6', down));
    expect(cols(r.out('kubectl get pods', 1).stdout, 3)).toEqual(['web-5 1/1 Running']);
  });
});

describe('sts-min-ready-seconds.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-min-ready-seconds.yaml')));

  it('waits minReadySeconds after web-0 is Ready before creating web-1', () => {
    const ready0 = readyAt(r, 'web-0');
    const add1 = addedAt(r, 'Pod', 'web-1');
    // Ready.lastTransitionTime has one-second precision: available once it is 30 s in the past.
    expect(add1 - ready0).toBeGreaterThan(29_000);
    expect(add1 - ready0).toBeLessThan(31_000);
    expect(cols(r.out('kubectl get pods').stdout, 3)).toEqual(['web-0 1/1 Running']);
  });

  it('shows availableReplicas lagging readyReplicas', () => {
    const status = (nth: number) => {
      const y = r.out('kubectl get sts web -o yaml', nth).stdout;
      const num = (k: string) => Number(new RegExp(`\\n  ${k}: (\\d+)`).exec(y)?.[1]);
      return { ready: num('readyReplicas'), available: num('availableReplicas') };
    };
    expect(status(0)).toEqual({ ready: 1, available: 0 });
    expect(status(1)).toEqual({ ready: 2, available: 1 });
    expect(status(2)).toEqual({ ready: 2, available: 2 });
    expect(stsStatus(r)).toMatchObject({ readyReplicas: 2, availableReplicas: 2 });
  });
});

describe('sts-ordered-ready-scale-down-halt.yaml', () => {
  let r: ScenarioResult;
  beforeAll(() => void (r = runScenarioFile('sts-ordered-ready-scale-down-halt.yaml')));

  it('deletes nothing while web-0 (which stays) is unready', () => {
    const down = r.out('kubectl scale sts web --replicas=1').t;
    expect(terminatingAt(r, 'Pod', 'web-2', down)).toBeGreaterThanOrEqual(r.faultAt('fault pod-ready web-0'));
    expect(cols(r.out('kubectl get pods').stdout, 3)).toEqual(['web-0 0/1 Running', 'web-1 1/1 Running', 'web-2 1/1 Running']);
  });

  it('then removes web-2 and web-1 in that order, one at a time', () => {
    const ready = r.faultAt('fault pod-ready web-0');
    expect(deletedAt(r, 'Pod', 'web-2', ready)).toBeLessThanOrEqual(terminatingAt(r, 'Pod', 'web-1', ready));
    expect(cols(r.out('kubectl get pods', 1).stdout, 3)).toEqual(['web-0 1/1 Running']);
  });
});
