// Runs a validated scenario against the engine, recording outputs and every object change in order.
// Shared by the CLI, the Vitest scenario tests and the page.
import type { ClientRequest, ClusterState, Frame, RecordedAction, RequestResult, WorkspaceLog } from '../sim';
import { apiErrorMessage } from '../sim';
import { pipeOutput } from '../kubectl';
import type { CommandOutput, RunnerDeps } from './deps';
import { evaluateExpect, expectMessage, expectTimeoutMs } from './expect';
import { runFollowUp, type FollowHost } from './follow';
import type { RunRecord, Scenario, Step } from './types';
import { MAX_WAIT_EVENTS, nextEventMs, waitFor } from './waitFor';

export interface RunOptions {
  /** Overrides the scenario's seed (`podium run --seed N`). */
  readonly seed?: number;
  /** Bound on simulated time for `wait: stable` and the final settle. Default 10 min. */
  readonly stableMaxMs?: number;
}

export interface ScenarioRun {
  readonly seed: number;
  readonly records: readonly RunRecord[];
  /** The cluster after the final settle. */
  readonly state: ClusterState;
  /** False when the cluster still had work pending at the end (e.g. a crash loop). */
  readonly stable: boolean;
  /** The run as a workspace action log: `timelineFromLog(log)` rebuilds the same history (for the page). */
  readonly log: WorkspaceLog;
  /** How many frames the run produced. */
  readonly frameCount: number;
}

export const DEFAULT_STABLE_MAX_MS = 10 * 60_000;

/** One run in progress: the engine state plus what has been recorded so far. */
interface Ctx {
  readonly deps: RunnerDeps;
  readonly opts: RunOptions;
  readonly records: RunRecord[];
  readonly actions: RecordedAction[];
  /** The workspace's files (`files:`), what `kubectl apply -f NAME` reads. */
  files: Readonly<Record<string, string>>;
  state: ClusterState;
  frames: number;
}

/** Run every step in order at the current simulated time, then let the cluster settle (bounded). */
export function runScenarioWith(deps: RunnerDeps, scenario: Scenario, opts: RunOptions = {}): ScenarioRun {
  const seed = opts.seed ?? scenario.seed;
  const ctx: Ctx = { deps, opts, records: [], actions: [], files: scenario.files ?? {}, frames: 0, state: deps.engine.createCluster(scenario.cluster, seed) };
  scenario.steps.forEach((step, i) => runStep(ctx, step, i));
  const end = deps.engine.runUntilStable(ctx.state, { maxMs: opts.stableMaxMs ?? DEFAULT_STABLE_MAX_MS });
  advance(ctx, end.state, end.frames);
  ctx.records.push({ type: 'end', t: ctx.state.nowMs, stable: end.stable });
  const log: WorkspaceLog = { seed, config: scenario.cluster, actions: ctx.actions };
  return { seed, records: ctx.records, state: ctx.state, stable: end.stable, log, frameCount: ctx.frames };
}

function runStep(ctx: Ctx, step: Step, i: number): void {
  const t = ctx.state.nowMs;
  switch (step.type) {
    case 'note':
      ctx.records.push({ type: 'note', t, step: i, text: step.text });
      return;
    case 'apply':
      return runCommand(ctx, i, 'kubectl apply -f -', step.manifest);
    case 'kubectl':
      return runCommand(ctx, i, step.command);
    case 'fault': {
      const f = step.fault;
      const command = `fault ${f.type} ${'node' in f ? f.node : f.pod}`;
      const { state, result, frame } = submit(ctx, { type: 'fault', fault: f }, command);
      const error = result.items.find((x) => x.error)?.error;
      ctx.records.push({ type: 'fault', t, step: i, command, ...(error ? { error: apiErrorMessage(error) } : {}) });
      return advance(ctx, state, frame ? [frame] : []);
    }
    case 'wait':
      return runWait(ctx, step, i);
    case 'page':
      ctx.records.push({ type: 'note', t, step: i, text: `== ${step.title.en} ==` });
      return;
    case 'task':
      // Headlessly a lesson follows its solution path: the task's solution runs in its place.
      ctx.records.push({ type: 'note', t, step: i, text: `Task: ${step.text.en}` });
      for (const s of step.solution) runStep(ctx, s, i);
      return;
    case 'expect':
      return runExpect(ctx, step, i);
    case 'editor':
      // A named tab is a workspace file in the page; headlessly too, so `kubectl apply -f FILE` reads it.
      if (step.file) ctx.files = { ...ctx.files, [step.file]: step.manifest };
      return;
    case 'question':
      return; // the page's business: nothing happens in the cluster
    default:
      throw new Error('unreachable: step ' + (step satisfies never));
  }
}

/**
 * One command as a terminal runs it: its first output, then (for blocking or attaching commands) what it prints
 * while simulated time passes, all through the command line's pipe. The output record comes before the changes
 * that happened while the command blocked, stamped with the time the command was typed.
 */
function runCommand(ctx: Ctx, i: number, command: string, stdin?: string): void {
  const t = ctx.state.nowMs;
  const env = { snapshot: ctx.state, files: ctx.files, ...(stdin === undefined ? {} : { stdin }) };
  const plan = ctx.deps.kubectl.planKubectl(command, env);
  const at = ctx.records.length;
  let out: CommandOutput;
  let follow = plan.follow;
  if (plan.type === 'output') out = plan;
  else if (plan.type === 'requests') {
    // Several requests (drain: cordon, then evictions), submitted in order at the same simulated time.
    const results: RequestResult[] = [];
    for (const request of plan.requests) {
      const { state, result, frame } = submit(ctx, request, command);
      results.push(result);
      advance(ctx, state, frame ? [frame] : []);
    }
    const rendered = plan.render(results);
    out = rendered;
    follow = rendered.follow ?? follow;
  } else {
    const { state, result, frame } = submit(ctx, plan.request, command);
    out = plan.render(result);
    advance(ctx, state, frame ? [frame] : []);
  }
  if (follow && out.exitCode === 0) {
    const more = runFollowUp(followHost(ctx, command), follow);
    out = { stdout: out.stdout + more.stdout, stderr: out.stderr + more.stderr, exitCode: more.exitCode };
  }
  if (follow && plan.pipe) out = pipeOutput(out, plan.pipe);
  const { stdout, stderr, exitCode } = out;
  ctx.records.splice(at, 0, { type: 'output', t, step: i, command, stdout, stderr, exitCode });
}

function followHost(ctx: Ctx, command: string): FollowHost {
  return {
    engine: ctx.deps.engine,
    state: () => ctx.state,
    advance: (state, frames) => advance(ctx, state, frames),
    submit: (request, cmd) => submit(ctx, request, cmd || command),
    boundMs: ctx.opts.stableMaxMs ?? DEFAULT_STABLE_MAX_MS,
  };
}

function runWait(ctx: Ctx, step: Extract<Step, { type: 'wait' }>, i: number): void {
  const { engine } = ctx.deps;
  const w = step.wait;
  let r: { state: ClusterState; frames: Frame[]; met: boolean };
  if (w.type === 'duration') r = { ...engine.runUntil(ctx.state, ctx.state.nowMs + w.ms), met: true };
  else if (w.type === 'stable') {
    const settled = engine.runUntilStable(ctx.state, { maxMs: ctx.opts.stableMaxMs ?? DEFAULT_STABLE_MAX_MS });
    r = { ...settled, met: settled.stable };
  } else r = waitFor(engine, ctx.state, w);
  advance(ctx, r.state, r.frames);
  ctx.records.push({ type: 'wait', t: ctx.state.nowMs, step: i, line: step.line, wait: w, met: r.met });
}

/** Evaluate a check; a `for` check and a kubectl check with `timeout:` let simulated time pass until it holds. */
function runExpect(ctx: Ctx, step: Extract<Step, { type: 'expect' }>, i: number): void {
  const spec = step.expect;
  const { engine, kubectl } = ctx.deps;
  if (spec.type === 'for') {
    const r = waitFor(engine, ctx.state, spec.wait);
    advance(ctx, r.state, r.frames);
  } else {
    const deadline = ctx.state.nowMs + expectTimeoutMs(spec);
    for (let n = 0; n < MAX_WAIT_EVENTS && !evaluateExpect(spec, ctx.state, kubectl).met; n++) {
      const next = nextEventMs(ctx.state);
      if (next === undefined || next > deadline) break;
      const stepped = engine.step(ctx.state);
      if (!stepped) break;
      advance(ctx, stepped.state, stepped.frame ? [stepped.frame] : []);
    }
    if (!evaluateExpect(spec, ctx.state, kubectl).met && ctx.state.nowMs < deadline) {
      const rest = engine.runUntil(ctx.state, deadline);
      advance(ctx, rest.state, rest.frames);
    }
  }
  const result = evaluateExpect(spec, ctx.state, kubectl);
  ctx.records.push({ type: 'expect', t: ctx.state.nowMs, step: i, line: step.line, met: result.met, message: expectMessage(spec, result) });
}

/** Carry out a user request now, and record it in the action log. */
function submit(ctx: Ctx, request: ClientRequest, command: string): { state: ClusterState; result: RequestResult; frame?: Frame } {
  ctx.actions.push({ afterFrame: ctx.frames - 1, atMs: ctx.state.nowMs, request, command });
  return ctx.deps.engine.submit(ctx.state, request, command);
}

/** Move to a later state, recording every object change of the frames in between as watch records. */
function advance(ctx: Ctx, state: ClusterState, frames: readonly Frame[]): void {
  ctx.frames += frames.length;
  for (const frame of frames) {
    for (const c of frame.changes) ctx.records.push({ type: 'watch', t: frame.atMs, event: c.type, object: c.object });
  }
  ctx.state = state;
}
