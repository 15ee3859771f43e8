// The seed experiment (a Deployment `mynginx` next to a StatefulSet): the whole engine with the deployment,
// replicaset, scheduler and kubelet controllers. Until the lead registers these in engine/controllers.ts, the
// test runs its own controller list through the engine's step function.
import { describe, expect, it } from 'vitest';
import type { KObject } from '../../api/types';
import type { Frame } from '../../engine/types';
import { createCluster } from '../../engine/cluster';
import { Work } from '../../engine/work';
import { notify, stepWork } from '../../engine/loop';
import { handleRequest } from '../../apiserver/requests';
import type { Controller } from '../types';
import { replicaSetController } from '../replicaset';
import { schedulerController } from '../scheduler';
import { kubeletController } from '../kubelet';
import { deploymentController } from './index';
import { renderReason } from '../../reasons';

const CONTROLLERS: readonly Controller[] = [deploymentController, replicaSetController, schedulerController, kubeletController];

const MYNGINX: KObject = {
  apiVersion: 'apps/v1', kind: 'Deployment',
  metadata: { name: 'mynginx', labels: { app: 'mynginx' } },
  spec: {
    replicas: 3, selector: { matchLabels: { app: 'mynginx' } }, strategy: {},
    template: { metadata: { labels: { app: 'mynginx' } }, spec: { containers: [{ image: 'nginx', name: 'nginx', resources: {} }] } },
  },
  status: {},
};

function run(objects: KObject[], work = new Work(createCluster({}, 1)), untilMs = 120_000): { work: Work; frames: Frame[] } {
  const { changes } = handleRequest(work, { type: 'apply', objects });
  notify(work, CONTROLLERS, changes);
  const frames: Frame[] = [];
  for (let i = 0; i < 5000 && work.queue.length && work.queue[0]!.atMs <= untilMs; i++) {
    const f = stepWork(work, CONTROLLERS);
    if (f) frames.push(f);
  }
  return { work, frames };
}

const pods = (work: Work) => work.list('Pod', 'default');

describe('seed: Deployment mynginx (3 replicas, image nginx)', () => {
  it('creates mynginx-<hash>-<5 chars> pods all in one frame, and all of them run', () => {
    const { work, frames } = run([MYNGINX]);
    const rs = work.list('ReplicaSet', 'default');
    expect(rs).toHaveLength(1);
    const rsName = rs[0]!.metadata.name!;
    expect(rsName).toMatch(/^mynginx-[bcdfghjklmnpqrstvwxz2456789]{1,10}$/);
    const all = pods(work);
    expect(all).toHaveLength(3);
    for (const p of all) expect(p.metadata.name).toMatch(new RegExp(`^${rsName}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
    const createFrames = frames.filter((f) => f.changes.some((c) => c.type === 'ADDED' && c.object.kind === 'Pod'));
    expect(createFrames).toHaveLength(1);
    expect(createFrames[0]!.changes.filter((c) => c.type === 'ADDED' && c.object.kind === 'Pod')).toHaveLength(3);
    expect(all.map((p) => (p.status as { phase?: string }).phase)).toEqual(['Running', 'Running', 'Running']);
    const d = work.get('Deployment/default/mynginx')!;
    expect(d.metadata.annotations?.['deployment.kubernetes.io/revision']).toBe('1');
    expect(d.status).toMatchObject({ replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
    const ev = work.events.filter((e) => e.source === 'deployment-controller').map((e) => e.message);
    expect(ev).toEqual([`Scaled up replica set ${rsName} from 0 to 3`]);
    const why = frames.find((f) => f.cause.actor === 'deployment-controller')?.cause.why;
    expect(renderReason(why)).toBe(`Scaled up new ReplicaSet ${rsName} to 3: a Deployment starts all pods at once, no ordering`);
  });

  it('rolls out a new image one pod at a time (maxSurge 1, maxUnavailable 0) and ends with three new pods', () => {
    const first = run([MYNGINX]);
    const oldRs = first.work.list('ReplicaSet', 'default')[0]!.metadata.name!;
    const updated = { ...MYNGINX, spec: { ...(MYNGINX.spec as object), template: { metadata: { labels: { app: 'mynginx' } }, spec: { containers: [{ image: 'nginx:1.19', name: 'nginx' }] } } } };
    const { work } = run([updated], first.work, first.work.nowMs + 300_000);
    const rss = work.list('ReplicaSet', 'default');
    const newRs = rss.find((r) => r.metadata.name !== oldRs)!.metadata.name!;
    const ev = work.events.filter((e) => e.source === 'deployment-controller').map((e) => e.message);
    expect(ev).toEqual([
      `Scaled up replica set ${oldRs} from 0 to 3`,
      `Scaled up replica set ${newRs} from 0 to 1`,
      `Scaled down replica set ${oldRs} from 3 to 2`,
      `Scaled up replica set ${newRs} from 1 to 2`,
      `Scaled down replica set ${oldRs} from 2 to 1`,
      `Scaled up replica set ${newRs} from 2 to 3`,
      `Scaled down replica set ${oldRs} from 1 to 0`,
    ]);
    const live = pods(work).filter((p) => !p.metadata.deletionTimestamp);
    expect(live.every((p) => p.metadata.name!.startsWith(`${newRs}-`))).toBe(true);
    expect(live).toHaveLength(3);
  });
});
