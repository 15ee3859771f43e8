// The real engine and kubectl behind the store's Deps interface.
import { act, advance, apiErrorMessage, cancelComputing, continueAct, createTimeline, DEFAULT_CONFIG, extend, frameIndexAt, snapshotAt, startAct, timelineFromLog } from '../sim';
import { locateField, parseManifests, planKubectl, type ManifestDoc } from '../kubectl';
import type { Deps } from './deps';

export const realDeps: Deps = {
  createTimeline,
  timelineFromLog,
  act,
  startAct,
  continueAct,
  extend,
  advance,
  cancelComputing,
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

/** Object i of the request comes from document `docs[k].index` where `docs[k].objectIndex === i`. */
function docIndexOfObject(docs: readonly ManifestDoc[]): number[] {
  const out: number[] = [];
  for (const doc of docs) if (doc.objectIndex !== undefined) out[doc.objectIndex] = doc.index;
  return out;
}
