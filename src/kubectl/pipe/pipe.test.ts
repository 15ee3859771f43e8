// Pipes: kubectl output through grep/head/tail/wc/sort/uniq, with GNU's output and exit codes.
import { describe, expect, test, vi } from 'vitest';
vi.mock('../../sim/index', () => import('../testing/simApi'));
import { planKubectl } from '../index';
import { fixtureSnapshot } from '../testing/fixture';
import { splitPipeline } from './split';
import { grep, head, sort, tail, uniq, wc } from './tools';

const run = (line: string) => {
  const plan = planKubectl(line, { snapshot: fixtureSnapshot() });
  if (plan.type !== 'output') throw new Error('read-only expected');
  return { stdout: plan.stdout, stderr: plan.stderr, exitCode: plan.exitCode };
};

const TEXT = 'NAME    READY\nweb-0   1/1\nweb-1   0/1\nweb-10  1/1\n';

describe('splitPipeline', () => {
  test('splits at unquoted bars only', () => {
    expect(splitPipeline("kubectl describe pod x|grep Image")).toEqual({ segments: ['kubectl describe pod x', 'grep Image'] });
    expect(splitPipeline(`kubectl get pods -l 'a|b' | grep "x|y" | wc -l`)).toEqual({ segments: [`kubectl get pods -l 'a|b' `, ` grep "x|y" `, ' wc -l'] });
    expect(splitPipeline('kubectl get pods \\| grep')).toEqual({ segments: ['kubectl get pods \\| grep'] });
  });
  test('other shell operators get a clear message', () => {
    for (const line of ['kubectl get pods > out.txt', 'kubectl get pods && kubectl get pvc', 'kubectl get pods; ls', 'kubectl get pods || true']) {
      const r = splitPipeline(line);
      expect('error' in r && r.error).toMatch(/does not simulate/);
    }
    expect(splitPipeline('kubectl get pods |')).toEqual({ error: "bash: syntax error near unexpected token `|'" });
  });
});

describe('tools', () => {
  test('grep: BRE, -E, -v, -i, -c, -n, -w, exit codes', () => {
    expect(grep(['web-1'], TEXT)).toEqual({ stdout: 'web-1   0/1\nweb-10  1/1\n', stderr: '', exitCode: 0 });
    expect(grep(['-w', 'web-1'], TEXT).stdout).toBe('web-1   0/1\n');
    expect(grep(['-v', '1/1'], TEXT).stdout).toBe('NAME    READY\nweb-1   0/1\n');
    expect(grep(['-c', 'web'], TEXT)).toEqual({ stdout: '3\n', stderr: '', exitCode: 0 });
    expect(grep(['-n', '0/1'], TEXT).stdout).toBe('3:web-1   0/1\n');
    expect(grep(['-i', 'name'], TEXT).stdout).toBe('NAME    READY\n');
    expect(grep(['-E', 'web-(0|10) '], TEXT).stdout).toBe('web-0   1/1\nweb-10  1/1\n');
    expect(grep(['web-(0|10)'], TEXT)).toEqual({ stdout: '', stderr: '', exitCode: 1 });
    expect(grep(['web-\\(0\\|10\\) '], TEXT).stdout).toBe('web-0   1/1\nweb-10  1/1\n');
    expect(grep(['-c', 'nothing'], TEXT)).toEqual({ stdout: '0\n', stderr: '', exitCode: 1 });
    expect(grep(['-e', 'web-0', '-e', 'web-10'], TEXT).stdout).toBe('web-0   1/1\nweb-10  1/1\n');
    expect(grep(['-E', '[[:digit:]]/1$'], TEXT).stdout).toBe('web-0   1/1\nweb-1   0/1\nweb-10  1/1\n');
    expect(grep(['-z', 'x'], TEXT)).toEqual({ stdout: '', stderr: "grep: invalid option -- 'z'\nUsage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n", exitCode: 2 });
    expect(grep([], TEXT).exitCode).toBe(2);
    expect(grep(['-E', '(x'], TEXT)).toEqual({ stdout: '', stderr: 'grep: Unmatched ( or \\(\n', exitCode: 2 });
    expect(grep(['x', 'file.txt'], TEXT)).toEqual({ stdout: '', stderr: 'grep: file.txt: No such file or directory\n', exitCode: 2 });
  });
  test('head, tail, wc, sort, uniq', () => {
    expect(head(['-n', '2'], TEXT).stdout).toBe('NAME    READY\nweb-0   1/1\n');
    expect(head(['-2'], TEXT).stdout).toBe('NAME    READY\nweb-0   1/1\n');
    expect(head(['-n', '-3'], TEXT).stdout).toBe('NAME    READY\n');
    expect(head([], 'a\n'.repeat(12)).stdout).toBe('a\n'.repeat(10));
    expect(head(['-n', 'x'], TEXT)).toEqual({ stdout: '', stderr: "head: invalid number of lines: 'x'\n", exitCode: 1 });
    expect(tail(['-1'], TEXT).stdout).toBe('web-10  1/1\n');
    expect(tail(['-n', '+2'], TEXT).stdout).toBe('web-0   1/1\nweb-1   0/1\nweb-10  1/1\n');
    expect(wc(['-l'], TEXT)).toEqual({ stdout: '4\n', stderr: '', exitCode: 0 });
    expect(wc([], TEXT).stdout).toBe('      4       8      50\n');
    expect(sort(['-r'], 'b\na\nc\n').stdout).toBe('c\nb\na\n');
    expect(sort(['-n'], '10\n9\n100\n').stdout).toBe('9\n10\n100\n');
    expect(sort(['-k2'], 'x 2\ny 1\n').stdout).toBe('y 1\nx 2\n');
    expect(uniq(['-c'], 'a\na\nb\n').stdout).toBe('      2 a\n      1 b\n');
  });
});

describe('kubectl | tools', () => {
  test('the seed: describe pod … |grep Image', () => {
    expect(run('kubectl describe pod web-0|grep Image')).toEqual({
      stdout: '    Image:          registry.k8s.io/nginx-slim:0.24\n    Image ID:       registry.k8s.io/nginx-slim@sha256:8a739251f8d4a1f66abf4fbb2871e590c8770a8d60700dc2723c64173c53a62c\n' +
        '  Normal   Pulled            64s   kubelet            Successfully pulled image "registry.k8s.io/nginx-slim:0.24" in 1.091s (1.091s including waiting). Image size: 25184301 bytes.\n',
      stderr: '',
      exitCode: 0,
    });
  });
  test('exit code is the last tool\'s; kubectl stderr still shows', () => {
    expect(run('kubectl get pods nope | grep web')).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect(run('kubectl get pods nope | wc -l')).toEqual({ stdout: '0\n', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 0 });
  });
  test('an unknown tool is named, not read as object names', () => {
    const r = run("kubectl get pods | awk '{print $1}'");
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toBe("awk: 'awk' is not available in Podium's terminal; pipes work with grep, head, tail, wc, sort, uniq, cat\n");
    expect(r.stdout).toBe('');
  });
});
