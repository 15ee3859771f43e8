// The runner against a scripted fake engine and kubectl: ordering, waits, output formats.
import { describe, expect, it } from 'vitest';
import type { ClusterState, Frame, KObject, ObjectChange } from '../sim';
import type { EnginePort, KubectlPort, RunnerDeps } from './deps';
import { formatJsonLines } from './jsonLines';
import { parseScenario } from './parse';
import { runScenarioWith } from './runner';
import { formatTranscript, runWarnings } from './transcript';

const pod = (name: string, phase: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, status: { phase } });
const change = (type: ObjectChange['type'], object: KObject): ObjectChange => ({ type, key: `Pod/default/${object.metadata.name}`, object });

/** Queued fake events: at `atMs`, apply `change` to the store. */
type Scripted = { atMs: number; seq: number; controller: 'kubelet'; key: string; change: ObjectChange };

function fakeEngine(script: Array<[number, ObjectChange]>): EnginePort {
  const frameOf = (atMs: number, changes: ObjectChange[]): Frame => ({ atMs, cause: { actor: 'kubelet', why: { id: 'engine.nothingChanged' } }, changes, events: [] });
  const applyChange = (objects: ClusterState['objects'], c: ObjectChange) => {
    const pods = { ...(objects.Pod ?? {}) };
    if (c.type === 'DELETED') delete pods[`default/${c.object.metadata.name}`];
    else pods[`default/${c.object.metadata.name}`] = c.object;
    return { ...objects, Pod: pods };
  };
  const step: EnginePort['step'] = (state) => {
    const [next, ...rest] = state.queue as unknown as Scripted[];
    if (!next) return undefined;
    const objects = applyChange(state.objects, next.change);
    return { state: { ...state, nowMs: next.atMs, queue: rest, objects } as unknown as ClusterState, frame: frameOf(next.atMs, [next.change]) };
  };
  const runUntil: EnginePort['runUntil'] = (start, untilMs) => {
    let state = start;
    const frames: Frame[] = [];
    while (state.queue[0] && state.queue[0].atMs <= untilMs) {
      const r = step(state)!;
      state = r.state;
      if (r.frame) frames.push(r.frame);
    }
    return { state: { ...state, nowMs: untilMs }, frames };
  };
  return {
    createCluster: () => ({
      nowMs: 0, objects: {},
      queue: script.map(([atMs, c], seq) => ({ atMs, seq, controller: 'kubelet', key: c.key, change: c })),
    }) as unknown as ClusterState,
    step,
    runUntil,
    runUntilStable: (state, opts) => {
      const r = runUntil(state, state.nowMs + (opts?.maxMs ?? 600_000));
      const last = r.frames.at(-1)?.atMs ?? state.nowMs;
      return { state: { ...r.state, nowMs: last }, frames: r.frames, stable: r.state.queue.length === 0 };
    },
    submit: (state, request, command) => {
      if (request.type === 'fault') return { state, result: { items: [], warnings: [] } };
      const c = change('ADDED', pod('user-pod', 'Pending'));
      const frame: Frame = { atMs: state.nowMs, cause: { actor: 'user', command: command ?? '', why: { id: 'engine.nothingChanged' } }, changes: [c], events: [] };
      return { state: { ...state, objects: applyChange(state.objects, c) }, result: { items: [], warnings: [] }, frame };
    },
  };
}

const fakeKubectl: KubectlPort = {
  planKubectl: (cmd, ctx) => {
    if (cmd === 'kubectl drain node-1') {
      const target = { kind: 'Node' as const, namespace: '', name: 'node-1' };
      return {
        type: 'requests',
        requests: [
          { type: 'patch', target, patchType: 'merge', patch: { spec: { unschedulable: true } } },
          { type: 'delete', targets: [{ kind: 'Pod', namespace: 'default', name: 'web-1' }] },
        ],
        render: (results) => ({ stdout: `results ${results.length}\n`, stderr: '', exitCode: 0 }),
      };
    }
    if (cmd === 'kubectl apply -f -') {
      return { type: 'request', request: { type: 'apply', objects: [] }, render: () => ({ stdout: `applied ${ctx.stdin?.length}\n`, stderr: '', exitCode: 0 }) };
    }
    const names = Object.keys(ctx.snapshot.objects.Pod ?? {}).sort().join(',');
    return { type: 'output', stdout: `pods at ${ctx.snapshot.nowMs}: ${names}\n`, stderr: '', exitCode: 0 };
  },
};

const SCRIPT: Array<[number, ObjectChange]> = [
  [1000, change('ADDED', pod('web-0', 'Pending'))],
  [3000, change('MODIFIED', pod('web-0', 'Running'))],
  [5000, change('ADDED', pod('web-1', 'Pending'))],
  [9000, change('DELETED', pod('web-0', 'Running'))],
];

function run(text: string) {
  const parsed = parseScenario(text, 'fake.yaml');
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  const deps: RunnerDeps = { engine: fakeEngine(SCRIPT), kubectl: fakeKubectl };
  return { scenario: parsed.scenario, run: runScenarioWith(deps, parsed.scenario) };
}

const printWatchRow = (obj: KObject, nowMs: number) => `${obj.metadata.name}   ${(obj.status as { phase: string }).phase}   ${nowMs}ms\n`;

describe('runScenarioWith (fake engine)', () => {
  it('stops a wait at the first event where the condition holds', () => {
    const { run: r } = run('steps:\n  - wait: {for: pod/web-0, condition: Running}\n  - kubectl: get pods\n');
    const out = r.records.find((x) => x.type === 'output');
    expect(out).toMatchObject({ t: 3000, step: 1, command: 'kubectl get pods', stdout: 'pods at 3000: default/web-0\n' });
    expect(r.records.filter((x) => x.type === 'watch').map((x) => x.t)).toEqual([1000, 3000, 5000, 9000]);
    expect(r.records.at(-1)).toEqual({ type: 'end', t: 9000, stable: true });
  });

  it('submits multi-request plans in order, as actions at the same time, then records the output', () => {
    const { run: r } = run('steps:\n  - wait: 2s\n  - kubectl: drain node-1\n');
    expect(r.records.filter((x) => x.type === 'watch' && x.t === 2000)).toHaveLength(2);
    expect(r.records.find((x) => x.type === 'output')).toMatchObject({ t: 2000, command: 'kubectl drain node-1', stdout: 'results 2\n' });
    expect(r.log.actions.map((a) => [a.atMs, a.request.type, a.command])).toEqual([[2000, 'patch', 'kubectl drain node-1'], [2000, 'delete', 'kubectl drain node-1']]);
  });

  it('records apply output before the changes it caused, at the current time', () => {
    const { run: r } = run('steps:\n  - wait: 2s\n  - apply: "kind: Pod"\n');
    expect(r.records.slice(0, 3).map((x) => [x.type, x.t])).toEqual([['watch', 1000], ['wait', 2000], ['output', 2000]]);
    expect(r.records[2]).toMatchObject({ command: 'kubectl apply -f -', stdout: 'applied 9\n' });
    expect(r.records[3]).toMatchObject({ type: 'watch', t: 2000, event: 'ADDED', object: { metadata: { name: 'user-pod' } } });
  });

  it('goes on after a wait times out, and warns with file:line', () => {
    const { scenario, run: r } = run('steps:\n  - note: hi\n  - wait: {for: pod/web-9, condition: Ready, timeout: 4s}\n  - kubectl: get pods\n');
    expect(r.records.find((x) => x.type === 'wait')).toMatchObject({ t: 4000, met: false, line: 3 });
    expect(r.records.find((x) => x.type === 'output')).toMatchObject({ t: 4000 });
    expect(runWarnings(r.records, scenario)).toEqual(['fake.yaml:3: warning: wait pod/web-9 Ready: timed out after 4s (at t=4s)']);
  });

  it('waits for deletion (met at once when the object does not exist)', () => {
    const { run: r } = run('steps:\n  - wait: {for: pod/web-0, condition: Deleted}\n  - wait: {for: pod/web-0, condition: Exists}\n  - wait: {for: pod/web-0, condition: Deleted}\n  - note: gone\n');
    expect(r.records.filter((x) => x.type === 'wait').map((x) => x.t)).toEqual([0, 1000, 9000]);
    expect(r.records.find((x) => x.type === 'note')).toMatchObject({ t: 9000, text: 'gone' });
  });

  it('prints JSON lines with keys in the documented order, end last', () => {
    const { run: r } = run('steps:\n  - note: hidden\n  - kubectl: get pods\n  - wait: 4s\n');
    const lines = formatJsonLines(r.records).split('\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toBe('{"type":"output","t":0,"step":1,"command":"kubectl get pods","stdout":"pods at 0: \\n","stderr":"","exitCode":0}');
    expect(lines[1]).toBe('{"type":"watch","t":1000,"event":"ADDED","object":{"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-0","namespace":"default"},"status":{"phase":"Pending"}}}');
    expect(lines.at(-1)).toBe('{"type":"end","t":9000}');
    for (const l of lines) expect(Object.keys(JSON.parse(l) as object)[0]).toBe('type');
    expect(lines).toHaveLength(6);
  });

  it('formats a readable transcript', () => {
    const { scenario, run: r } = run('title: Fake\nsteps:\n  - note: |\n      two\n      lines\n  - kubectl: get pods\n  - wait: {for: pod/web-1, condition: Exists}\n  - fault: {type: node-down, node: node-1}\n');
    expect(formatTranscript(r.records, { printWatchRow, seed: 1, title: scenario.title! })).toBe(
      [
        '=== Fake (seed 1) ===',
        '# two',
        '# lines',
        '$ kubectl get pods',
        'pods at 0: ',
        '[t=1s] pod/web-0   Pending   1000ms',
        '[t=3s] pod/web-0   Running   3000ms',
        '[t=5s] pod/web-1   Pending   5000ms',
        '[t=5s] wait pod/web-1 Exists: condition met',
        '[t=5s] ! fault node-down node-1',
        '[t=9s] pod/web-0   Running   9000ms',
        '--- end at t=9s (stable) ---',
        '',
      ].join('\n'),
    );
  });
});
