// The real engine and kubectl behind the store's Deps interface.
import { act, apiErrorMessage, createTimeline, DEFAULT_CONFIG, extend, frameIndexAt, snapshotAt, timelineFromLog } from '../sim';
import { locateField, parseManifests, planKubectl } from '../kubectl';
import type { Deps } from './deps';

export const realDeps: Deps = {
  createTimeline,
  timelineFromLog,
  act,
  extend,
  snapshotAt,
  frameIndexAt,
  defaultConfig: DEFAULT_CONFIG,
  planKubectl: (line, ctx) => planKubectl(line, ctx),
  checkManifests(text) {
    const parsed = parseManifests(text);
    return { problems: parsed.problems, docIndexOfObject: docIndexOfObject(parsed.docs) };
  },
  apiErrorMessage,
  locateField: (text, docIndex, fieldPath) => locateField(text, docIndex, fieldPath) ?? undefined,
};

/** Object i of the request comes from the i-th document that holds an object. */
function docIndexOfObject(docs: readonly unknown[]): number[] {
  const out: number[] = [];
  docs.forEach((doc, i) => {
    if (doc && typeof doc === 'object' && 'object' in doc && (doc as { object?: unknown }).object) out.push(i);
  });
  return out;
}
