// `kubectl explain` layout (kubectl pkg/explain/v2/templates/plaintext.tmpl) over the generated field docs.
import { describe, expect, test, vi } from 'vitest';
vi.mock('../../sim/index', () => import('../testing/simApi'));
import { planKubectl } from '../index';
import { fixtureSnapshot } from '../testing/fixture';
import { wrap } from './explain';

const run = (line: string) => {
  const p = planKubectl(line, { snapshot: fixtureSnapshot() });
  if (p.type !== 'output') throw new Error('explain is read-only');
  return { stdout: p.stdout, stderr: p.stderr, exitCode: p.exitCode };
};

describe('kubectl explain', () => {
  test('a field of a StatefulSet: header, FIELD, DESCRIPTION, FIELDS', () => {
    expect(run('kubectl explain sts.spec.updateStrategy').stdout).toBe(
      'GROUP:      apps\nKIND:       StatefulSet\nVERSION:    v1\n\n' +
        'FIELD: updateStrategy <StatefulSetUpdateStrategy>\n\n\n' +
        'DESCRIPTION:\n' +
        '    updateStrategy indicates the StatefulSetUpdateStrategy that will be employed\n' +
        '    to update Pods in the StatefulSet when a revision is made to Template.\n    \n' +
        'FIELDS:\n' +
        '  rollingUpdate\t<RollingUpdateStatefulSetStrategy>\n' +
        '    RollingUpdate is used to communicate parameters when Type is\n    RollingUpdateStatefulSetStrategyType.\n\n' +
        '  type\t<string>\n' +
        '    Type indicates the type of the StatefulSetUpdateStrategy. Default is\n    RollingUpdate.\n\n\n',
    );
  });
  test('--recursive, core kinds (no GROUP), arrays, maps, IntOrString, -required-', () => {
    expect(run('kubectl explain statefulsets.spec.updateStrategy --recursive').stdout).toContain(
      'FIELDS:\n  rollingUpdate\t<RollingUpdateStatefulSetStrategy>\n    maxUnavailable\t<IntOrString>\n    partition\t<integer>\n  type\t<string>\n\n',
    );
    expect(run('kubectl explain pvc.spec.resources').stdout).toContain('  limits\t<map[string]Quantity>\n');
    expect(run('kubectl explain pods.spec.containers.image').stdout.startsWith('KIND:       Pod\nVERSION:    v1\n\nFIELD: image <string>\n\n\nDESCRIPTION:\n    Container image name.')).toBe(true);
    expect(run('kubectl explain pods.spec').stdout).toContain('  containers\t<[]Container> -required-\n');
  });
  test('errors', () => {
    expect(run('kubectl explain sts.spec.foo')).toEqual({ stdout: '', stderr: 'error: field "foo" does not exist\n', exitCode: 1 });
    expect(run('kubectl explain foo').stderr).toBe('error: the server doesn\'t have a resource type "foo"\n');
  });
  test('wrap: greedy at spaces, long words kept whole', () => {
    expect(wrap('aaa bbb ccc', 7)).toEqual(['aaa bbb', 'ccc']);
    expect(wrap('https://example.com/a/very/long/url x', 10)).toEqual(['https://example.com/a/very/long/url', 'x']);
  });
});
