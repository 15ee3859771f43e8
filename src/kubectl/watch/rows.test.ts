import { describe, expect, test } from 'vitest';
import { createTimeline, act, snapshotAt, frameIndexAt } from '../../sim/index';
import { DEFAULT_CONFIG } from '../../sim/index';
import { DEFAULT_DEMO } from '../../examples/defaultDemo';
import { planKubectl } from '../index';
import { frameWatchLines, initialWatchLines } from './rows';
import type { WatchSpec } from '../shell/session';

const pods: WatchSpec = { kind: 'Pod', namespace: 'default', wide: false, outputWatchEvents: false, watchOnly: false };

function demoTimeline() {
  const tl = createTimeline(DEFAULT_CONFIG, 1);
  const plan = planKubectl('kubectl apply -f -', { snapshot: snapshotAt(tl, -1), stdin: DEFAULT_DEMO });
  if (plan.type !== 'request') throw new Error('apply did not plan a request');
  return act(tl, { afterFrame: -1, atMs: 0 }, plan.request, 'kubectl apply -f -').timeline;
}

describe('get -w rows', () => {
  const tl = demoTimeline();
  test('the pod rows of the ordered start, in order, deterministic', () => {
    const lines = (spec: WatchSpec) => {
      let widths: readonly number[] = [];
      const out: string[] = [];
      for (const f of tl.frames) {
        const r = frameWatchLines(spec, f.changes, f.atMs, widths);
        widths = r.widths;
        out.push(...r.lines);
      }
      return out;
    };
    const a = lines(pods);
    expect(a).toEqual(lines(pods));
    const statuses = a.map((l) => l.split(/ +/).slice(0, 3).join(' '));
    expect(statuses[0]).toBe('web-0 0/1 Pending');
    expect(statuses).toContain('web-0 1/1 Running');
    expect(statuses.findIndex((s) => s.startsWith('web-1'))).toBeGreaterThan(statuses.indexOf('web-0 1/1 Running'));
    expect(statuses.at(-1)).toBe('web-2 1/1 Running');
    const events = lines({ ...pods, outputWatchEvents: true });
    expect(events[0]).toMatch(/^ADDED +web-0 +0\/1 +Pending/);
  });

  test('initial list with header, empty without objects', () => {
    const end = snapshotAt(tl, frameIndexAt(tl, tl.computedUntilMs));
    const first = initialWatchLines({ ...pods, outputWatchEvents: true }, end);
    expect(first.lines[0]).toMatch(/^EVENT +NAME +READY +STATUS +RESTARTS +AGE$/);
    expect(first.lines.slice(1).map((l) => l.split(/ +/).slice(0, 4).join(' '))).toEqual(['ADDED web-0 1/1 Running', 'ADDED web-1 1/1 Running', 'ADDED web-2 1/1 Running']);
    expect(initialWatchLines({ ...pods, namespace: 'kube-system' }, end).lines).toEqual([]);
  });

  test('get -w plans: initial list + follow-up; several kinds are refused', () => {
    const snap = snapshotAt(tl, tl.frames.length - 1);
    const p = planKubectl('kubectl get pvc -w', { snapshot: snap });
    expect(p.type === 'output' && p.follow).toEqual({ type: 'watch', spec: { kind: 'PersistentVolumeClaim', namespace: 'default', wide: false, outputWatchEvents: false, watchOnly: false } });
    expect(p.type === 'output' && p.stdout.split('\n')[0]).toMatch(/^NAME +STATUS +VOLUME/);
    const both = planKubectl('kubectl get pods,pvc -w', { snapshot: snap });
    expect(both.type === 'output' && both.stderr).toBe('error: watch is only supported on individual resources and resource collections, but 2 resources were found\n');
  });
});
