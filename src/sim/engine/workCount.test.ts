// Work.count(kind) (used by Podium's limits on every create) stays equal to list(kind).length through creates,
// updates and removals, whether it was first asked before or after the writes.
import { describe, expect, it } from 'vitest';
import type { ClusterState } from './types';
import type { KObject, ObjectKey } from '../api/types';
import { Work } from './work';
import { seedState } from './rng';

const state = (objects: Record<string, Record<string, KObject>>): ClusterState => ({ nowMs: 0, seq: 0, rv: 1, rng: seedState(1), objects: objects as ClusterState['objects'], queue: [], events: [], why: {}, config: { nodes: 1, defaultStorageClass: 'standard', featureGates: {} }, sim: { nodesDown: {}, unreadyPods: {}, nextPodHost: {}, nextServiceIp: 11 } });
const pod = (name: string): KObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' } });
const key = (name: string) => `Pod/default/${name}` as ObjectKey;

describe('Work.count', () => {
  it('follows creates, updates and removals like list().length', () => {
    for (const askFirst of [true, false]) {
      const w = new Work(state({ Pod: { 'default/a': pod('a') } }));
      if (askFirst) expect(w.count('Pod')).toBe(1);
      w.put(key('b'), pod('b'));
      w.put(key('b'), { ...pod('b'), metadata: { name: 'b', namespace: 'default', labels: { x: 'y' } } });
      w.put(key('c'), pod('c'));
      w.put(key('a'), undefined);
      w.put(key('zz'), undefined);
      expect(w.count('Pod')).toBe(w.list('Pod').length);
      expect(w.count('Pod')).toBe(2);
      expect(w.count('Service')).toBe(0);
    }
  });
});
