// `kubectl get --field-selector` (apimachinery fields selectors, the server's supported field labels).
import { describe, expect, test, vi } from 'vitest';
vi.mock('../../sim/index', () => import('../testing/simApi'));
import { planKubectl } from '../index';
import { fixtureSnapshot } from '../testing/fixture';

const run = (line: string) => {
  const p = planKubectl(line, { snapshot: fixtureSnapshot() });
  if (p.type !== 'output') throw new Error('get is read-only');
  return { stdout: p.stdout, stderr: p.stderr, exitCode: p.exitCode };
};

describe('get --field-selector', () => {
  test('events by involved object', () => {
    const out = run('kubectl get events --field-selector involvedObject.name=web-0').stdout.split('\n');
    expect(out[0]).toBe('LAST SEEN   TYPE      REASON             OBJECT      MESSAGE');
    expect(out.slice(1, -1).every((l) => l.includes(' pod/web-0 '))).toBe(true);
    expect(out).toHaveLength(8);
  });
  test('several requirements (AND), != and pods by node', () => {
    expect(run('kubectl get ev --field-selector type=Warning,involvedObject.kind=Pod').stdout.split('\n').slice(1, -1).map((l) => l.split(/ +/)[3])).toEqual(['pod/web-0', 'pod/web-1']);
    expect(run('kubectl get pods --field-selector spec.nodeName=node-1').stdout).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE\nbb      1/1     Running   0          68s\nweb-0   1/1     Running   0          68s\n',
    );
    expect(run('kubectl get pods --field-selector status.phase!=Running')).toEqual({ stdout: '', stderr: 'No resources found in default namespace.\n', exitCode: 0 });
    expect(run('kubectl get sts --field-selector metadata.name=web').stdout).toBe('NAME   READY   AGE\nweb    2/2     68s\n');
  });
  test('an unsupported field label is the server error', () => {
    expect(run('kubectl get pods --field-selector foo=bar')).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "", field selector "foo=bar": field label not supported: foo\n',
      exitCode: 1,
    });
  });
});
