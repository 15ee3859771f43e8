// `npm run bench` (issue 15): every engine figure in one table. scripts/bench-engine.mjs bundles this file and runs it.
// - the engine: a StatefulSet with per-pod claims from apply to all Ready, 10/100/1,000 replicas × both policies,
//   events, wall time per event, and the 1,000/100 ratio;
// - the CLI: `podium run` of a scenario that applies the set and then waits `{for: sts/web, condition: Ready}`, as
//   a child process, minus the start-up of a scenario that does nothing; and in-process, the `--json` output (size,
//   and the time spent printing it);
// - the naive variant at 200 replicas (a deep clone of the state and a rescan before every event), side by side.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { engineFigure, naiveFigure, type EngineFigure, type Policy } from './benchFigures';
import { jsonLinesOf, parseScenario, runScenario, transcriptOf } from '../scenario';

const POLICIES: readonly Policy[] = ['Parallel', 'OrderedReady'];
const SIZES = [10, 100, 1000] as const;
/** Runs per size, best taken: at 1,000 replicas the first run still warms the JIT, and a shared machine is noisy. */
const RUNS: Readonly<Record<number, number>> = { 10: 20, 100: 5, 1000: 4 };

/** A scenario that applies the set and waits until it is Ready. */
export function scenarioText(replicas: number, policy: Policy): string {
  return `title: bench ${replicas} ${policy}
steps:
  - apply: |
      apiVersion: v1
      kind: Service
      metadata: {name: nginx, labels: {app: nginx}}
      spec: {clusterIP: None, selector: {app: nginx}, ports: [{port: 80, name: web}]}
      ---
      apiVersion: apps/v1
      kind: StatefulSet
      metadata: {name: web}
      spec:
        serviceName: nginx
        replicas: ${replicas}
        podManagementPolicy: ${policy}
        selector: {matchLabels: {app: nginx}}
        template:
          metadata: {labels: {app: nginx}}
          spec:
            containers:
              - name: nginx
                image: nginx
                volumeMounts: [{name: www, mountPath: /usr/share/nginx/html}]
        volumeClaimTemplates:
          - metadata: {name: www}
            spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}
  - wait: {for: sts/web, condition: Ready, timeout: 10h}
`;
}

/** CPU time of this process so far (user + system, all threads), ms. */
const cpuNowMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const ms = (n: number): string => (n >= 100 ? n.toFixed(0) : n.toFixed(1)) + ' ms';
const us = (n: number): string => n.toFixed(1) + ' µs';

/** Wall time of `podium run FILE` in a child process, best of `runs`. */
function cliMs(podium: string, file: string, runs: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const out = spawnSync(process.execPath, [podium, 'run', file], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (out.status !== 0) throw new Error(`bench: podium run ${file} exited ${out.status}`);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

function main(): void {
  const podium = process.argv[2];
  const only = process.argv[3]; // optional: a comma-separated list of sections (engine,cli,json,naive)
  const want = (s: string): boolean => !only || only.split(',').includes(s);
  const lines: string[] = [];
  const say = (line: string): void => { lines.push(line); console.log(line); };

  const engine = new Map<string, EngineFigure>();
  if (want('engine')) {
    say('Engine: StatefulSet with per-pod claims, apply → all Ready (best of N runs, wall time)');
    say('policy        replicas      time  cpu time    events   per event  longest step');
    for (const policy of POLICIES) {
      for (const n of SIZES) {
        const f = engineFigure(n, policy, RUNS[n]!, cpuNowMs);
        engine.set(`${policy}/${n}`, f);
        say(`${policy.padEnd(13)} ${String(n).padStart(8)} ${ms(f.ms).padStart(9)} ${ms(f.cpuMs).padStart(9)} ${String(f.events).padStart(9)} ${us((f.ms * 1000) / f.events).padStart(11)} ${ms(f.maxStepMs).padStart(13)}`);
      }
      const a = engine.get(`${policy}/100`)!;
      const b = engine.get(`${policy}/1000`)!;
      say(`${policy.padEnd(13)} ratio 1,000/100: time ${(b.ms / a.ms).toFixed(1)}×, per event ${((b.ms / b.events) / (a.ms / a.events)).toFixed(2)}×`);
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'podium-bench-'));
  if (want('cli') && podium) {
    say('');
    say('CLI: `podium run` (apply, then wait {for: sts/web, condition: Ready}), child process minus Node start-up');
    const empty = join(dir, 'empty.yaml');
    writeFileSync(empty, 'title: empty\nsteps:\n  - note: nothing\n');
    const startup = cliMs(podium, empty, 3);
    say(`start-up (a scenario with one note): ${ms(startup)}`);
    say('policy        replicas      time');
    for (const policy of POLICIES) {
      for (const n of SIZES) {
        const file = join(dir, `sts-${policy}-${n}.yaml`);
        writeFileSync(file, scenarioText(n, policy));
        const t = cliMs(podium, file, n === 1000 ? 1 : 3);
        say(`${policy.padEnd(13)} ${String(n).padStart(8)} ${ms(Math.max(0, t - startup)).padStart(9)}`);
      }
    }
  }

  if (want('json')) {
    say('');
    say('In-process run of the same scenario at 1,000 replicas: run, then print the transcript and the --json lines');
    say('policy          run  transcript   --json   --json size');
    for (const policy of POLICIES) {
      const parsed = parseScenario(scenarioText(1000, policy), 'bench.yaml');
      if (!parsed.ok) throw new Error('bench: scenario does not parse');
      const t0 = performance.now();
      const run = runScenario(parsed.scenario);
      const t1 = performance.now();
      const text = transcriptOf(parsed.scenario, run);
      const t2 = performance.now();
      const json = jsonLinesOf(run);
      const t3 = performance.now();
      say(`${policy.padEnd(13)} ${ms(t1 - t0).padStart(8)} ${ms(t2 - t1).padStart(10)} ${ms(t3 - t2).padStart(8)} ${(Buffer.byteLength(json) / 1e6).toFixed(1).padStart(9)} MB${text.length ? '' : ' (empty transcript)'}`);
    }
  }

  if (want('naive')) {
    say('');
    const n = 200;
    const e = engineFigure(n, 'Parallel', 3);
    const naive = naiveFigure(n, 'Parallel', Number(process.env.NAIVE_SAMPLES ?? 60));
    say(`Naive variant at ${n} replicas (Parallel): a deep clone of the whole state before every event, nothing kept between events`);
    say(`engine: ${ms(e.ms)} for ${e.events} events = ${us((e.ms * 1000) / e.events)} per event`);
    say(`naive:  ${ms(naive.ms)} for ${naive.events} events = ${us((naive.ms * 1000) / naive.events)} per event (${naive.sampled} events timed, spread over the run)`);
    say(`ratio: the engine is ${(naive.ms / e.ms).toFixed(0)}× faster than the naive variant`);
  }
}

main();
