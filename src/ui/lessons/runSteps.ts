// Running lesson steps on the page's live cluster (a page's set-up, Show me): the same things a learner does.
// `apply` goes through `kubectl apply -f -`, `kubectl` through the console (its output shows there), `fault`
// through the engine, and `wait` moves the playhead forward until the wait is over.
import type { Step, WaitSpec } from '../../scenario';
import { conditionHolds } from '../../scenario';
import { lookup } from '../../scenario/waitFor';
import { outputLines } from '../../store/consoleSlice';
import { realDeps } from '../../store/realDeps';
import { appStore, snapshotReader } from '../../store/useAppStore';
import type { Timeline } from '../../sim';

/** Run steps in order at the playhead. */
export function runSteps(steps: readonly Step[]): void {
  for (const step of steps) runStep(step);
}

function runStep(step: Step): void {
  appStore.getState().finishActing(); // the step before answers first (a lesson's steps run in order)
  const s = appStore.getState();
  switch (step.type) {
    case 'apply':
      return applyManifest(step.manifest);
    case 'kubectl':
      return s.runCommand(step.command);
    case 'fault': {
      const f = step.fault;
      s.perform({ type: 'fault', fault: f }, `fault ${f.type} ${'node' in f ? f.node : f.pod}`);
      return;
    }
    case 'wait':
      return waitOnPage(step.wait);
    default:
      return; // notes, pages, questions, checks: nothing to do in the cluster
  }
}

/** `kubectl apply -f -` with this text, printed in the console like the editor's Apply. */
export function applyManifest(manifest: string): void {
  appStore.getState().finishActing();
  const s = appStore.getState();
  const command = 'kubectl apply -f -';
  s.print('command', `$ ${command}`);
  const snapshot = snapshotReader.snapshotForKubectl(s);
  if (!snapshot) return;
  const plan = realDeps.planKubectl(command, { snapshot, stdin: manifest });
  if (plan.type === 'output') {
    for (const l of outputLines(plan)) s.print(l.kind, l.text);
    return;
  }
  if (plan.type !== 'request') return;
  const result = s.perform(plan.request, command);
  if (result) for (const l of outputLines(plan.render(result))) s.print(l.kind, l.text);
}

/** Bound on how far one `wait` moves the playhead when nothing settles (simulated ms). */
const MAX_WAIT_MS = 10 * 60_000;

function waitOnPage(w: WaitSpec): void {
  const s = appStore.getState();
  const tl = s.timeline;
  if (!tl) return;
  const from = s.playheadMs;
  if (w.type === 'duration') return moveTo(realDeps.extend(tl, from + w.ms), from + w.ms);
  const limit = from + (w.type === 'for' ? w.timeoutMs : MAX_WAIT_MS);
  let t: Timeline = tl;
  for (let until = from + 30_000; ; until += 30_000) {
    t = realDeps.extend(t, Math.min(until, limit));
    const found = w.type === 'for' ? firstHolding(t, from, w) : t.stable ? t.frames[t.frames.length - 1]?.atMs ?? from : undefined;
    if (found !== undefined) return moveTo(t, Math.max(from, found));
    if (until >= limit || t.limit || (t.stable && w.type === 'for')) return moveTo(t, Math.min(limit, t.computedUntilMs));
  }
}

function firstHolding(tl: Timeline, from: number, w: Extract<WaitSpec, { type: 'for' }>): number | undefined {
  const start = realDeps.frameIndexAt(tl, from);
  if (conditionHolds(lookup(realDeps.snapshotAt(tl, start), w), w.condition)) return from;
  for (let i = start + 1; i < tl.frames.length; i++) {
    if (conditionHolds(lookup(realDeps.snapshotAt(tl, i), w), w.condition)) return tl.frames[i]!.atMs;
  }
  return undefined;
}

function moveTo(tl: Timeline, ms: number): void {
  const s = appStore.getState();
  appStore.setState({ timeline: tl, playheadMs: ms, liveEdgeMs: Math.max(s.liveEdgeMs, ms) });
}
