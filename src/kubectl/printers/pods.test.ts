import { describe, expect, test, vi } from 'vitest';
import { pod, running, MIN, S } from '../testing/builders';
import { isoOfMs } from './duration';
import { podStatus } from './pods';
vi.mock('../../sim/index', () => import('../testing/simApi'));

const waiting = (reason: string) => ({ waiting: { reason } });
const terminated = (exitCode: number, reason?: string) => ({ terminated: { exitCode, ...(reason ? { reason } : {}) } });

describe('pod STATUS column (printPod)', () => {
  test('running and ready', () => {
    expect(podStatus(pod({ name: 'web-0', containers: [{ ready: true, state: running() }] }), 0)).toEqual({ status: 'Running', ready: '1/1', restarts: '0' });
  });
  test('running but not ready shows 0/1 Running', () => {
    expect(podStatus(pod({ name: 'p', containers: [{ ready: false, state: running() }] }), 0).status).toBe('Running');
    expect(podStatus(pod({ name: 'p', containers: [{ ready: false, state: running() }] }), 0).ready).toBe('0/1');
  });
  test('unscheduled Pending', () => {
    expect(podStatus(pod({ name: 'p', phase: 'Pending', containers: [{}] }), 0).status).toBe('Pending');
  });
  test('waiting reasons win: ContainerCreating, ErrImagePull, ImagePullBackOff, CrashLoopBackOff', () => {
    for (const r of ['ContainerCreating', 'ErrImagePull', 'ImagePullBackOff', 'CrashLoopBackOff']) {
      expect(podStatus(pod({ name: 'p', phase: 'Pending', containers: [{ state: waiting(r) }] }), 0).status).toBe(r);
    }
  });
  test('terminated: Completed, Error, ExitCode:N, Signal:N', () => {
    expect(podStatus(pod({ name: 'p', phase: 'Succeeded', containers: [{ state: terminated(0, 'Completed') }] }), 0).status).toBe('Completed');
    expect(podStatus(pod({ name: 'p', phase: 'Failed', containers: [{ state: terminated(137, 'Error') }] }), 0).status).toBe('Error');
    expect(podStatus(pod({ name: 'p', phase: 'Failed', containers: [{ state: terminated(3) }] }), 0).status).toBe('ExitCode:3');
    expect(podStatus(pod({ name: 'p', phase: 'Failed', containers: [{ state: { terminated: { exitCode: 0, signal: 9 } } }] }), 0).status).toBe('Signal:9');
  });
  test('the first container dominates (iterated last to first)', () => {
    const p = pod({ name: 'p', containers: [{ state: waiting('CrashLoopBackOff') }, { state: waiting('ErrImagePull') }] });
    expect(podStatus(p, 0).status).toBe('CrashLoopBackOff');
  });
  test('Completed with a running container: Running if Ready condition, else NotReady', () => {
    const cs = [{ state: running(), ready: true }, { state: terminated(0, 'Completed') }];
    expect(podStatus(pod({ name: 'p', containers: cs, readyCondition: true }), 0).status).toBe('Running');
    expect(podStatus(pod({ name: 'p', containers: cs }), 0).status).toBe('NotReady');
  });
  test('deletionTimestamp: Terminating unless terminal; NodeLost -> Unknown', () => {
    expect(podStatus(pod({ name: 'p', deletedMs: 5 * S, containers: [{ ready: true, state: running() }] }), 0)).toEqual({ status: 'Terminating', ready: '1/1', restarts: '0' });
    expect(podStatus(pod({ name: 'p', deletedMs: 5 * S, phase: 'Succeeded', containers: [{ state: terminated(0, 'Completed') }] }), 0).status).toBe('Completed');
    expect(podStatus(pod({ name: 'p', deletedMs: 5 * S, phase: 'Failed', containers: [{ state: terminated(137, 'Error') }] }), 0).status).toBe('Error');
    expect(podStatus(pod({ name: 'p', deletedMs: 5 * S, reason: 'NodeLost', containers: [{ state: running() }] }), 0).status).toBe('Unknown');
  });
  test('status.reason overrides the phase (Evicted)', () => {
    expect(podStatus(pod({ name: 'p', phase: 'Failed', reason: 'Evicted', containers: [{}] }), 0).status).toBe('Evicted');
  });
  test('RESTARTS shows N (Xs ago) from the latest lastState.terminated.finishedAt', () => {
    const p = pod({
      name: 'p',
      containers: [{ ready: true, state: running(), restartCount: 3, lastState: { terminated: { exitCode: 1, reason: 'Error', finishedAt: isoOfMs(MIN) } } }],
    });
    expect(podStatus(p, MIN + 45 * S).restarts).toBe('3 (45s ago)');
    expect(podStatus(p, 11 * MIN).restarts).toBe('3 (10m ago)');
  });
  test('init containers: Init:0/1, Init:CrashLoopBackOff, Init:Error', () => {
    const base = pod({ name: 'p', phase: 'Pending', containers: [{ state: waiting('PodInitializing') }] }) as unknown as { spec: Record<string, unknown>; status: Record<string, unknown> };
    const withInit = (state: Record<string, unknown>) => ({
      ...base,
      spec: { ...base.spec, initContainers: [{ name: 'init', image: 'busybox' }] },
      status: { ...base.status, initContainerStatuses: [{ name: 'init', ready: false, restartCount: 0, state }] },
    });
    const st = (s: Record<string, unknown>) => podStatus(withInit(s) as never, 0).status;
    expect(st(running())).toBe('Init:0/1');
    expect(st(waiting('CrashLoopBackOff'))).toBe('Init:CrashLoopBackOff');
    expect(st(terminated(1, 'Error'))).toBe('Init:Error');
    expect(st(terminated(2))).toBe('Init:ExitCode:2');
    expect(st(terminated(0, 'Completed'))).toBe('PodInitializing');
  });
});
