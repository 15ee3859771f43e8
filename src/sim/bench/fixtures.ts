// Shared inputs for engine benchmarks: a StatefulSet of N replicas with per-pod PVCs, and a long timeline.
import type { KObject } from '../api/types';
import { act, createTimeline, type Timeline } from '../timeline/timeline';
import { DEFAULT_CONFIG } from '../engine/cluster';

export function statefulSetManifests(replicas: number, policy: 'OrderedReady' | 'Parallel' = 'Parallel'): KObject[] {
  return [
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'nginx', labels: { app: 'nginx' } }, spec: { clusterIP: 'None', selector: { app: 'nginx' }, ports: [{ port: 80, name: 'web' }] } },
    {
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'web' },
      spec: {
        serviceName: 'nginx', replicas, podManagementPolicy: policy, selector: { matchLabels: { app: 'nginx' } },
        template: { metadata: { labels: { app: 'nginx' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }] } },
        volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      },
    },
  ];
}

/**
 * A timeline of about `frames` frames made of many small actions: a 50-replica Parallel set scaled down to 0 and
 * back up, each scale computed until the cluster settles (a few hundred frames per action).
 */
export function longTimeline(frames: number, replicas = 50): Timeline {
  let tl = act(createTimeline(DEFAULT_CONFIG, 1), { afterFrame: -1, atMs: 0 }, { type: 'apply', objects: statefulSetManifests(replicas) }, 'apply').timeline;
  let up = true;
  while (tl.frames.length < frames) {
    up = !up;
    const last = tl.frames.length - 1;
    const target = { kind: 'StatefulSet' as const, namespace: 'default', name: 'web' };
    tl = act(tl, { afterFrame: last, atMs: tl.computedUntilMs + 1000 }, { type: 'scale', target, replicas: up ? replicas : 0 }, 'scale').timeline;
  }
  return tl;
}
