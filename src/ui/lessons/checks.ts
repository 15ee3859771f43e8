// The page's checks (DESIGN "Lessons"): a page's `expect:` steps evaluated in order against the timeline as the
// playhead moves. Check k is looked for from the frame where check k-1 held (the first from the learner's first
// action on the page, or from the page's opening when it has no task), frame by frame up to the playhead, so
// a passing state (a Pod Terminating, then gone) is seen even when playback jumps over it. Pure, with a cache
// that makes playback incremental.
import type { ClusterSnapshot, Frame, KObject, Timeline } from '../../sim';
import { conditionHolds, evaluateExpect, type ExpectSpec, type KubectlPort } from '../../scenario';
import { lookup } from '../../scenario/waitFor';

export interface CheckState {
  readonly met: boolean;
  /** The frame after which it held (its cause is the reason shown), when met. */
  readonly frame?: Frame;
}

export interface CheckInput {
  readonly timeline: Timeline;
  /** The frame at the playhead. */
  readonly index: number;
  /** The first frame the checks look at; undefined: not yet (the learner has not acted). */
  readonly start: number | undefined;
  /** True when `start` is the frame of the learner's first action on the page (its cause is a fair reason). */
  readonly startIsAction?: boolean;
  readonly checks: readonly ExpectSpec[];
  readonly snapshotAt: (tl: Timeline, index: number) => ClusterSnapshot;
  readonly kubectl: KubectlPort;
}

/** kubectl checks are evaluated frame by frame over at most this many frames (then at the playhead only). */
const MAX_KUBECTL_SCAN = 300;

interface Progress {
  readonly tl: Timeline;
  readonly start: number;
  readonly checks: readonly ExpectSpec[];
  /** Frames up to here have been looked at. */
  index: number;
  /** Frame at which each met check held. */
  metAt: number[];
  /** The object the current `for` check watches, as of `index`. */
  obj: KObject | undefined;
}

let cache: Progress | undefined;

export function evaluateChecks(input: CheckInput): CheckState[] {
  const { timeline: tl, index, start, checks } = input;
  if (start === undefined || index < start) return checks.map(() => ({ met: false }));
  let p = cache;
  if (!p || p.tl !== tl || p.start !== start || p.checks !== checks || index < p.index) {
    p = { tl, start, checks, index: start, metAt: [], obj: undefined };
    begin(p, input, start);
  }
  advance(p, input, index);
  cache = p;
  // A check that already held where the checks start has no reason of its own on this page (the start frame's
  // cause is whatever happened last), unless the start is the learner's action.
  return checks.map((_, k) => {
    if (k >= p.metAt.length) return { met: false };
    const at = p.metAt[k]!;
    return at === start && !input.startIsAction ? { met: true } : { met: true, frame: tl.frames[at] };
  });
}

/** Start looking for the next unmet check at frame `at` (state after it). */
function begin(p: Progress, input: CheckInput, at: number): void {
  for (;;) {
    const spec = p.checks[p.metAt.length];
    if (!spec) return;
    const snap = input.snapshotAt(p.tl, at);
    const held = spec.type === 'for' ? conditionHolds((p.obj = lookup(snap, spec.wait)), spec.wait.condition) : evaluateExpect(spec, snap, input.kubectl).met;
    if (!held) return;
    p.metAt.push(at);
  }
}

function advance(p: Progress, input: CheckInput, index: number): void {
  while (p.index < index && p.metAt.length < p.checks.length) {
    const spec = p.checks[p.metAt.length]!;
    if (spec.type === 'kubectl' && index - p.index > MAX_KUBECTL_SCAN) p.index = index;
    else p.index++;
    const held = spec.type === 'for' ? forHolds(p, spec, p.tl.frames[p.index]) : evaluateExpect(spec, input.snapshotAt(p.tl, p.index), input.kubectl).met;
    if (held) {
      p.metAt.push(p.index);
      begin(p, input, p.index);
    }
  }
  p.index = Math.max(p.index, index);
}

/** Apply the frame's change to the watched object, and test the condition. */
function forHolds(p: Progress, spec: Extract<ExpectSpec, { type: 'for' }>, frame: Frame | undefined): boolean {
  const { kind, namespace, name } = spec.wait.ref;
  for (const c of frame?.changes ?? []) {
    const m = c.object.metadata;
    if (c.object.kind === kind && m.name === name && (m.namespace ?? '') === (namespace || (m.namespace ?? ''))) {
      p.obj = c.type === 'DELETED' ? undefined : c.object;
    }
  }
  return conditionHolds(p.obj, spec.wait.condition);
}
