import { describe, expect, it } from 'vitest';
import { formatScenarioError, parseScenario } from '../../src/scenario/parse';

/** Parse and return the formatted problems (empty when valid). */
function problems(text: string): string[] {
  const r = parseScenario(text, 'demo.yaml');
  return r.ok ? [] : r.errors.map((e) => formatScenarioError('demo.yaml', e));
}

function valid(text: string) {
  const r = parseScenario(text, 'demo.yaml');
  if (!r.ok) throw new Error(r.errors.map((e) => `${e.line}: ${e.message}`).join('\n'));
  return r.scenario;
}

describe('parseScenario: valid files', () => {
  it('applies the documented defaults', () => {
    const s = valid('steps:\n  - kubectl: get pods\n');
    expect(s.seed).toBe(1);
    expect(s.title).toBeUndefined();
    expect(s.cluster).toEqual({ nodes: 3, defaultStorageClass: 'standard', featureGates: {} });
    expect(s.steps).toEqual([{ type: 'kubectl', line: 2, command: 'kubectl get pods' }]);
  });

  it('reads every step kind with its line', () => {
    const s = valid(`title: All kinds
seed: 7
cluster:
  nodes: 2
  defaultStorageClass: none
  featureGates: {MaxUnavailableStatefulSet: true}
steps:
  - note: Hello
  - apply: |
      apiVersion: v1
      kind: Namespace
      metadata: {name: x}
  - kubectl: kubectl get pods -o wide
  - wait: 1m30s
  - wait: stable
  - wait: {for: pvc/www-web-0, condition: Bound, timeout: 2m}
  - wait: {for: pod/web-2, condition: Ready}
  - fault: {type: node-down, node: node-2}
  - fault: {type: pod-unready, pod: web-1, namespace: apps}
`);
    expect(s.title).toBe('All kinds');
    expect(s.seed).toBe(7);
    expect(s.cluster).toEqual({ nodes: 2, defaultStorageClass: 'none', featureGates: { MaxUnavailableStatefulSet: true } });
    expect(s.steps.map((x) => [x.type, x.line])).toEqual([
      ['note', 8], ['apply', 9], ['kubectl', 13], ['wait', 14], ['wait', 15], ['wait', 16], ['wait', 17], ['fault', 18], ['fault', 19],
    ]);
    expect(s.steps[2]).toMatchObject({ command: 'kubectl get pods -o wide' });
    expect(s.steps[3]).toMatchObject({ wait: { type: 'duration', ms: 90_000 } });
    expect(s.steps[4]).toMatchObject({ wait: { type: 'stable' } });
    expect(s.steps[5]).toMatchObject({
      wait: { type: 'for', target: 'pvc/www-web-0', ref: { kind: 'PersistentVolumeClaim', namespace: 'default', name: 'www-web-0' }, condition: 'Bound', timeoutMs: 120_000 },
    });
    expect(s.steps[6]).toMatchObject({ wait: { condition: 'Ready', timeoutMs: 300_000 } });
    expect(s.steps[7]).toMatchObject({ fault: { type: 'node-down', node: 'node-2' } });
    expect(s.steps[8]).toMatchObject({ fault: { type: 'pod-unready', pod: 'web-1', namespace: 'apps' } });
  });

  it('resolves wait targets like kubectl: short names, groups, namespaces, cluster-scoped kinds', () => {
    const s = valid('steps:\n  - wait: {for: sts/web, condition: Ready, namespace: apps}\n  - wait: {for: pv/test-0, condition: Available, namespace: apps}\n  - wait: {for: statefulsets.apps/web, condition: Deleted}\n');
    expect(s.steps.map((x) => (x.type === 'wait' && x.wait.type === 'for' ? x.wait.ref : undefined))).toEqual([
      { kind: 'StatefulSet', namespace: 'apps', name: 'web' },
      { kind: 'PersistentVolume', namespace: '', name: 'test-0' },
      { kind: 'StatefulSet', namespace: 'default', name: 'web' },
    ]);
  });

  it('accepts an empty steps list and the `file` name', () => {
    const r = parseScenario('steps: []\n', 'x/y.yaml');
    expect(r.ok && r.scenario.file).toBe('x/y.yaml');
  });
});

describe('parseScenario: errors name the file and line', () => {
  const cases: Array<[string, string, string[]]> = [
    ['an empty file', '', ["demo.yaml:1: empty scenario (expected a mapping with 'steps:')"]],
    ['a list at the top', '- note: hi\n', ["demo.yaml:1: a scenario must be a mapping with 'steps:', found a list"]],
    ['missing steps', 'title: x\n', ["demo.yaml:1: missing 'steps:' (the list of things the scenario does)"]],
    ['an unknown top-level key', 'title: x\nstep:\n  - note: a\n', [
      "demo.yaml:1: missing 'steps:' (the list of things the scenario does)",
      "demo.yaml:2: unknown key 'step' in the scenario (did you mean 'steps'?)",
    ]],
    ['a far-off unknown key', 'steps: []\nbanana: 1\n', [
      "demo.yaml:2: unknown key 'banana' in the scenario (expected one of: title, seed, cluster, lesson, steps)",
    ]],
    ['a seed that is not an integer', 'seed: abc\nsteps: []\n', ["demo.yaml:1: seed must be an integer, found the string 'abc'"]],
    ['a negative seed', 'seed: -1\nsteps: []\n', ['demo.yaml:1: seed must be between 0 and 4294967295, found -1']],
    ['a title that is a list', 'title: [a]\nsteps: []\n', ['demo.yaml:1: title must be a text or a mapping by language (en, zh-CN), found a list']],
    ['an unknown cluster key', 'cluster:\n  node: 3\nsteps: []\n', ["demo.yaml:2: unknown key 'node' in cluster (did you mean 'nodes'?)"]],
    ['zero nodes', 'cluster:\n  nodes: 0\nsteps: []\n', ['demo.yaml:2: cluster.nodes must be between 1 and 50, found 0']],
    ['a bad storage class', 'cluster:\n  defaultStorageClass: fast\nsteps: []\n', [
      "demo.yaml:2: cluster.defaultStorageClass must be 'standard' or 'none', found 'fast'",
    ]],
    ['a feature gate that is not a boolean', 'cluster:\n  featureGates:\n    Foo: yes please\nsteps: []\n', [
      "demo.yaml:3: feature gate Foo must be true or false, found the string 'yes please'",
    ]],
    ['steps that are not a list', 'steps: hello\n', [
      "demo.yaml:1: steps must be a list of steps (each '- note: ...', '- apply: ...', …), found the string 'hello'",
    ]],
    ['a step that is a string', 'steps:\n  - wait 30s\n', ["demo.yaml:2: step 1 must be a mapping such as '- kubectl: get pods', found the string 'wait 30s'"]],
    ['an unknown step kind', 'steps:\n  - note: a\n  - run: get pods\n', ["demo.yaml:3: unknown step kind 'run' (expected one of: note, apply, kubectl, wait, fault, page, editor, task, expect, question)"]],
    ['a misspelt step kind', 'steps:\n  - kubctl: get pods\n', ["demo.yaml:2: unknown step kind 'kubctl' (did you mean 'kubectl'?)"]],
    ['two kinds in one step', 'steps:\n  - kubectl: get pods\n    wait: 5s\n', [
      "demo.yaml:3: step 1 has more than one kind ('kubectl' and 'wait'); start a new step with '- wait:'",
    ]],
    ['an empty kubectl command', 'steps:\n  - kubectl: kubectl\n', ["demo.yaml:2: kubectl needs a command, e.g. 'kubectl: get pods'"]],
    ['a note that is a number', 'steps:\n  - note: 42\n', ['demo.yaml:2: note must be a text or a mapping by language (en, zh-CN), found the number 42']],
    ['a duration without unit', 'steps:\n  - wait: 30\n', ["demo.yaml:2: wait: duration '30' needs a unit: ms, s, m or h (e.g. 30s)"]],
    ['a bad duration', 'steps:\n  - wait: 30 seconds\n', ["demo.yaml:2: wait: bad duration '30 seconds' (expected e.g. 500ms, 30s, 5m, 1h or 1m30s)"]],
    ['a too long duration', 'steps:\n  - wait: 25h\n', ["demo.yaml:2: wait: duration '25h' is longer than the 24h limit"]],
    ['a wait without condition', 'steps:\n  - wait: {for: pod/web-0}\n', [
      "demo.yaml:2: wait needs 'condition' (one of: Exists, Deleted, Terminating, Ready, ContainersReady, PodScheduled, Initialized, Pending, Running, Succeeded, Failed, Bound, Available, Released, Lost, Progressing)",
    ]],
    ['an unknown condition', 'steps:\n  - wait:\n      for: pod/web-0\n      condition: Redy\n', ["demo.yaml:4: unknown condition 'Redy' (did you mean 'Ready'?)"]],
    ['an unknown resource in wait.for', 'steps:\n  - wait: {for: pdo/web-0, condition: Ready}\n', [
      "demo.yaml:2: wait.for: unknown resource type 'pdo' in 'pdo/web-0'",
    ]],
    ['a wait.for without a kind', 'steps:\n  - wait: {for: web-0, condition: Ready}\n', [
      "demo.yaml:2: wait.for must be <kind>/<name> such as pod/web-2, found 'web-0'",
    ]],
    ['a bad wait timeout', 'steps:\n  - wait:\n      for: pod/web-0\n      condition: Ready\n      timeout: soon\n', [
      "demo.yaml:5: wait.timeout: bad duration 'soon' (expected e.g. 500ms, 30s, 5m, 1h or 1m30s)",
    ]],
    ['an unknown key in wait', 'steps:\n  - wait: {for: pod/web-0, condition: Ready, timout: 5m}\n', ["demo.yaml:2: unknown key 'timout' in wait (did you mean 'timeout'?)"]],
    ['an unknown fault type', 'steps:\n  - fault:\n      type: node-crash\n      node: node-1\n', [
      "demo.yaml:3: unknown fault type 'node-crash' (expected one of: node-down, node-up, pod-unready, pod-ready, container-crash, pod-evict)",
    ]],
    ['a misspelt fault type', 'steps:\n  - fault: {type: node-dwn, node: node-1}\n', ["demo.yaml:2: unknown fault type 'node-dwn' (did you mean 'node-down'?)"]],
    ['a fault without type', 'steps:\n  - fault: {node: node-1}\n', [
      "demo.yaml:2: fault needs 'type' (one of: node-down, node-up, pod-unready, pod-ready, container-crash, pod-evict)",
    ]],
    ['a node fault on a missing node', 'steps:\n  - fault: {type: node-down, node: node-4}\n', [
      "demo.yaml:2: fault node-down: no node 'node-4' (this cluster has node-1..node-3)",
    ]],
    ['a pod fault without pod', 'steps:\n  - fault: {type: container-crash}\n', ["demo.yaml:2: fault container-crash needs 'pod' (e.g. pod: web-1)"]],
    ['a pod fault given a node', 'steps:\n  - fault: {type: pod-evict, node: node-1}\n', ["demo.yaml:2: fault pod-evict takes 'pod', not 'node'"]],
    ['a fault that is a string', 'steps:\n  - fault: node-down\n', ["demo.yaml:2: fault must be a mapping, found the string 'node-down'"]],
    ['a YAML syntax error', 'steps:\n  - note: "unterminated\n', []],
    ['two documents', 'steps: []\n---\nsteps: []\n', ['demo.yaml:3: a scenario file holds exactly one YAML document']],
    ['an alias', 'title: &t x\nsteps:\n  - note: *t\n', ['demo.yaml:3: YAML aliases (*name) are not supported in scenario files']],
    ['an empty apply', 'steps:\n  - apply: ""\n', ['demo.yaml:2: apply needs a manifest (use `apply: |` followed by YAML)']],
  ];
  it.each(cases)('rejects %s', (_name, text, expected) => {
    const got = problems(text);
    expect(got.length).toBeGreaterThan(0);
    if (expected.length) expect(got).toEqual(expected);
  });

  it('reports YAML syntax errors at their line', () => {
    expect(problems('steps:\n  - note: a\n  - kubectl: [get\n')[0]).toMatch(/^demo\.yaml:[34]: YAML syntax error: /);
  });

  it('maps a syntax error inside an apply block to its line in the scenario file', () => {
    const text = 'steps:\n  - apply: |\n      apiVersion: v1\n      kind: Pod\n      metadata: {name: [x\n  - kubectl: get pods\n';
    const got = problems(text);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatch(/^demo\.yaml:[56]: YAML syntax error in apply manifest: /);
  });

  it('reports every problem, sorted by line', () => {
    const got = problems('seed: x\nsteps:\n  - wait: 3\n  - fault: {type: nope}\n  - kubectl: get pods\n');
    expect(got.map((l) => l.split(':')[1])).toEqual(['1', '3', '4']);
  });
});
