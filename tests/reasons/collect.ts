// Every frame's cause across every scenario in scenarios/, one line per frame, for the reason snapshot test.
import { readdirSync, readFileSync } from 'node:fs';
import * as engine from '../../src/sim';
import type { Frame } from '../../src/sim';
import { planKubectl } from '../../src/kubectl';
import { parseScenario, runScenarioWith, type EnginePort, type RunnerDeps } from '../../src/scenario';

export const scenarioDir = new URL('../../scenarios/', import.meta.url);
export const scenarioFiles = (): string[] => readdirSync(scenarioDir).filter((f) => f.endsWith('.yaml')).sort();

/** Runs one scenario and returns its frames in order (every frame the engine produced, user and controllers). */
export function framesOf(file: string): Frame[] {
  const parsed = parseScenario(readFileSync(new URL(file, scenarioDir), 'utf8'), `scenarios/${file}`);
  if (!parsed.ok) throw new Error(`${file} does not parse`);
  const frames: Frame[] = [];
  const keep = <T extends { frame?: Frame } | { frames: Frame[] } | undefined>(r: T): T => {
    if (r && 'frame' in r && r.frame) frames.push(r.frame);
    if (r && 'frames' in r) frames.push(...r.frames);
    return r;
  };
  const recording: EnginePort = {
    createCluster: (c, s) => engine.createCluster(c, s),
    submit: (st, req, cmd) => keep(engine.submit(st, req, cmd)),
    step: (st) => keep(engine.step(st)),
    runUntil: (st, until, o) => keep(engine.runUntil(st, until, o)),
    runUntilStable: (st, o) => keep(engine.runUntilStable(st, o)),
  };
  const deps: RunnerDeps = { engine: recording, kubectl: { planKubectl } };
  runScenarioWith(deps, parsed.scenario);
  return frames;
}

/** Every scenario's frames, by file name. */
export const scenarioFrames = (): [string, Frame[]][] => scenarioFiles().map((file) => [file, framesOf(file)]);

/** `file t=ms actor key: reason` for every frame, with the reason rendered by `render`. */
export function reasonLines(render: (why: Frame['cause']['why']) => string, all = scenarioFrames()): string[] {
  return all.flatMap(([file, frames]) =>
    frames.map((f) => `${file} t=${f.atMs} ${f.cause.actor} ${f.cause.key ?? '-'}: ${render(f.cause.why)}`));
}
