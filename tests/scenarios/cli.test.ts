// `podium` end to end (in-process): JSON lines contract, transcript, determinism, --seed, exit codes.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseScenario } from '../../src/scenario';
import { cli, jsonLines, scenarioPath, type CliRun } from './helpers';

const BASICS = scenarioPath('statefulset-basics.yaml');
const SMALL = `title: Small
seed: 3
steps:
  - note: one pod
  - apply: |
      apiVersion: v1
      kind: Pod
      metadata:
        name: solo
      spec:
        containers:
        - name: c
          image: nginx
  - wait: {for: pod/solo, condition: Ready, timeout: 1m}
  - kubectl: get pods
  - kubectl: get pod nope
  - fault: {type: pod-evict, pod: nope}
  - wait: {for: pod/never, condition: Ready, timeout: 10s}
`;

let basics: CliRun;
beforeAll(async () => void (basics = await cli(['run', BASICS, '--json'])));

describe('podium run --json', () => {
  it('prints one JSON object per line with the documented keys, end last', () => {
    const run = basics;
    expect(run.code).toBe(0);
    expect(run.stdout.endsWith('\n')).toBe(true);
    const raw = run.stdout.trimEnd().split('\n');
    const lines = jsonLines(run.stdout);
    const keys: Record<string, string[]> = {
      output: ['type', 't', 'step', 'command', 'stdout', 'stderr', 'exitCode'],
      watch: ['type', 't', 'event', 'object'],
      end: ['type', 't'],
    };
    lines.forEach((l, i) => {
      expect(Object.keys(l)).toEqual(keys[l.type]);
      expect(JSON.stringify(l)).toBe(raw[i]);
      expect(Number.isInteger(l.t)).toBe(true);
    });
    expect(lines.at(-1)?.type).toBe('end');
    expect(lines.filter((l) => l.type === 'end')).toHaveLength(1);
    const ts = lines.map((l) => l.t);
    expect(ts).toEqual([...ts].sort((a, b) => a - b));
    for (const l of lines) {
      if (l.type === 'watch') {
        expect(['ADDED', 'MODIFIED', 'DELETED']).toContain(l.event);
        expect(l.object).toMatchObject({ apiVersion: expect.any(String), kind: expect.any(String), metadata: { name: expect.any(String) } });
      }
      if (l.type === 'output') expect(l.command.startsWith('kubectl ')).toBe(true);
    }
    const parsed = parseScenario(readFileSync(BASICS, 'utf8'));
    const commandSteps = parsed.ok ? parsed.scenario.steps.flatMap((s, i) => (s.type === 'kubectl' || s.type === 'apply' ? [i] : [])) : [];
    expect(lines.flatMap((l) => (l.type === 'output' ? [l.step] : []))).toEqual(commandSteps);
  });

  it('reports only changes made after the scenario starts (no initial nodes or namespaces)', () => {
    const lines = jsonLines(basics.stdout);
    const kinds = new Set(lines.flatMap((l) => (l.type === 'watch' ? [l.object.kind] : [])));
    expect(kinds.has('Namespace')).toBe(false);
    expect(kinds.has('StorageClass')).toBe(false);
    expect(lines[0]).toMatchObject({ type: 'output', t: 0, step: 1, command: 'kubectl apply -f -' });
    expect(lines[1]).toMatchObject({ type: 'watch', t: 0, event: 'ADDED' });
  });

  it('records kubectl errors as output and carries on after a wait timeout', async () => {
    const run = await cli(['run', 'small.yaml', '--json'], { 'small.yaml': SMALL });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^podium: small\.yaml:18: warning: wait pod\/never Ready: timed out after 10s \(at t=[\d.]+s\)\n$/);
    const outs = jsonLines(run.stdout).filter((l) => l.type === 'output');
    expect(outs[1]).toMatchObject({ command: 'kubectl get pods', exitCode: 0 });
    expect(outs[1]?.type === 'output' && outs[1].stdout).toMatch(/^NAME\s+READY\s+STATUS\s+RESTARTS\s+AGE\nsolo\s+1\/1\s+Running\s+0\s+\d+s\n$/);
    expect(outs[2]).toMatchObject({ command: 'kubectl get pod nope', stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
  });
});

describe('podium run (transcript)', () => {
  it('prints commands, outputs, watch rows, notes and waits', async () => {
    const run = await cli(['run', 'small.yaml'], { 'small.yaml': SMALL });
    expect(run.code).toBe(0);
    const out = run.stdout.split('\n');
    expect(out[0]).toBe('=== Small (seed 3) ===');
    expect(out[1]).toBe('# one pod');
    expect(out[2]).toBe('$ kubectl apply -f -');
    expect(out[3]).toBe('pod/solo created');
    expect(out[4]).toMatch(/^\[t=0s\] pod\/solo\s+0\/1\s+Pending\s+0\s+0s$/);
    expect(run.stdout).toMatch(/\n\[t=[\d.]+s\] wait pod\/solo Ready: condition met\n\$ kubectl get pods\nNAME /);
    expect(run.stdout).toContain('\n$ kubectl get pod nope\nError from server (NotFound): pods "nope" not found\n');
    expect(run.stdout).toMatch(/\n\[t=[\d.]+s\] ! fault pod-evict nope\n\[t=[\d.]+s\] ! error: .*nope.*\n/);
    expect(run.stdout).toMatch(/\n\[t=[\d.]+s\] wait pod\/never Ready: timed out after 10s\n--- end at t=[\d.]+s \(stable\) ---\n$/);
  });
});

describe('determinism and --seed', () => {
  it('prints byte-identical output for the same file and seed', async () => {
    expect((await cli(['run', BASICS, '--json'])).stdout).toBe(basics.stdout);
    const PARALLEL = scenarioPath('parallel-pod-management.yaml');
    const [c, d] = [await cli(['run', PARALLEL]), await cli(['run', PARALLEL])];
    expect(c.stdout).toBe(d.stdout);
  });

  it('--seed N overrides the file\'s seed', async () => {
    const seven = SMALL.replace('seed: 3', 'seed: 7');
    const fromFile = await cli(['run', 's7.yaml', '--json'], { 's7.yaml': seven });
    const overridden = await cli(['run', 's3.yaml', '--json', '--seed', '7'], { 's3.yaml': SMALL });
    const plain = await cli(['run', 's3.yaml', '--json'], { 's3.yaml': SMALL });
    expect(overridden.stdout).toBe(fromFile.stdout);
    expect(overridden.stdout).not.toBe(plain.stdout);
    expect((await cli(['run', 's3.yaml', '--seed=7'], { 's3.yaml': SMALL })).stdout.split('\n')[0]).toBe('=== Small (seed 7) ===');
  });
});

describe('podium exit codes', () => {
  it('rejects an invalid scenario with file:line on stderr and exit 1, before running anything', async () => {
    const bad = 'steps:\n  - kubectl: get pods\n  - wait: 10\n  - frobnicate: x\n';
    const run = await cli(['run', 'bad.yaml', '--json'], { 'bad.yaml': bad });
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: "bad.yaml:3: wait: duration '10' needs a unit: ms, s, m or h (e.g. 10s)\nbad.yaml:4: unknown step kind 'frobnicate' (expected one of: note, apply, kubectl, wait, fault, page, editor, task, expect, question)\n",
    });
  });

  it('exits 1 when the file cannot be read', async () => {
    expect(await cli(['run', 'missing.yaml'], {})).toEqual({ code: 1, stdout: '', stderr: 'missing.yaml: cannot read the scenario file: ENOENT\n' });
  });

  it('exits 2 on bad usage, 0 for --help and --version', async () => {
    expect(await cli(['run', 'x.yaml', '--bogus'], {})).toEqual({ code: 2, stdout: '', stderr: "podium: unknown option '--bogus'\nTry 'podium --help'.\n" });
    expect(await cli([], {})).toMatchObject({ code: 2 });
    const help = await cli(['--help'], {});
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: podium run FILE \[--json\] \[--seed N\]\n/);
    expect(await cli(['--version'], {})).toEqual({ code: 0, stdout: 'podium 0.1.0\n', stderr: '' });
  });
});
