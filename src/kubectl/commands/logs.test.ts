// `kubectl logs`: modelled nginx start-up output, kubectl's container defaulting and the kubelet's errors.
import { describe, expect, test, vi } from 'vitest';
vi.mock('../../sim/index', () => import('../testing/simApi'));
import { planKubectl } from '../index';
import { node, pod, running, S, snapshot } from '../testing/builders';

const snap = snapshot(
  [
    node({ name: 'node-1' }),
    pod({ name: 'web', node: 'node-1', containers: [{ name: 'nginx', image: 'nginx:1.27.1', ready: true, state: running(3 * S) }] }),
    pod({ name: 'old', node: 'node-1', containers: [{ name: 'nginx', image: 'nginx:1.14.2', ready: true, state: running(3 * S) }] }),
    pod({ name: 'two', node: 'node-1', containers: [{ name: 'bb', image: 'busybox:1.28', state: running(0) }, { name: 'side', image: 'busybox:1.28', state: running(0) }] }),
    pod({ name: 'new', phase: 'Pending', containers: [{ name: 'nginx', image: 'nginx', state: { waiting: { reason: 'ContainerCreating' } } }] }),
  ],
  60 * S,
);

const run = (line: string) => {
  const p = planKubectl(line, { snapshot: snap });
  if (p.type !== 'output') throw new Error('logs is read-only');
  return { stdout: p.stdout, stderr: p.stderr, exitCode: p.exitCode };
};

describe('kubectl logs', () => {
  test('nginx start-up lines, timestamped from the container start', () => {
    const out = run('kubectl logs web').stdout.split('\n');
    expect(out[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(out[8]).toBe('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(out[10]).toBe('2026/01/01 00:00:03 [notice] 1#1: nginx/1.27.1');
    expect(out.at(-2)).toBe('2026/01/01 00:00:03 [notice] 1#1: start worker process 29');
  });
  test('--tail and --timestamps', () => {
    expect(run('kubectl logs web --tail=2 --timestamps')).toEqual({
      stdout:
        '2026-01-01T00:00:03.014000000Z 2026/01/01 00:00:03 [notice] 1#1: start worker processes\n' +
        '2026-01-01T00:00:03.015000000Z 2026/01/01 00:00:03 [notice] 1#1: start worker process 29\n',
      stderr: '',
      exitCode: 0,
    });
  });
  test('images that print nothing at start-up; the default container notice', () => {
    expect(run('kubectl logs old')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('kubectl logs two')).toEqual({ stdout: '', stderr: 'Defaulted container "bb" out of: bb, side\n', exitCode: 0 });
    expect(run('kubectl logs two -c side')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
  test('errors', () => {
    expect(run('kubectl logs new')).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): container "nginx" in pod "new" is waiting to start: ContainerCreating\n',
      exitCode: 1,
    });
    expect(run('kubectl logs web -c x').stderr).toBe('Error from server (BadRequest): container x is not valid for pod web\n');
    expect(run('kubectl logs web -p').stderr).toBe('Error from server (BadRequest): previous terminated container "nginx" in pod "web" not found\n');
    expect(run('kubectl logs nope').stderr).toBe('Error from server (NotFound): pods "nope" not found\n');
  });
});
