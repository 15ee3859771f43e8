// What controllers create is validated like what users create (issue 10 §2): the full create path, metadata
// included. A StatefulSet whose name makes the controller-revision-hash label longer than 63 characters gets pods
// that can never be created: a Warning FailedCreate with the API server's message (never SuccessfulCreate), and
// the controller retries with the work queue's rate-limited back-off (5 ms doubling).
import { describe, expect, it } from 'vitest';
import { createCluster, runUntil, submit } from '../../src/sim';
import type { KObject } from '../../src/sim';

const NAME = 'a-statefulset-name-that-is-long-but-still-a-valid-label';

const sts = (name: string, replicas = 1): KObject => ({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name, namespace: 'default' },
  spec: {
    serviceName: name, replicas, selector: { matchLabels: { app: 'x' } },
    template: { metadata: { labels: { app: 'x' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } },
  },
});

describe('controller creates pass the full create validation', () => {
  it('a StatefulSet name that makes controller-revision-hash too long: FailedCreate with the API message, retried with back-off', () => {
    expect(NAME.length).toBeLessThanOrEqual(63);
    const applied = submit(createCluster(), { type: 'apply', objects: [sts(NAME)] });
    const { state, frames } = runUntil(applied.state, 60_000);
    expect(Object.keys(state.objects.Pod).filter((k) => k.startsWith(`default/${NAME}`))).toEqual([]);
    const onSet = state.events.filter((e) => e.involved.kind === 'StatefulSet' && e.involved.name === NAME);
    expect(onSet.some((e) => e.reason === 'SuccessfulCreate')).toBe(false);
    const failed = onSet.filter((e) => e.reason === 'FailedCreate');
    expect(failed).toHaveLength(1);
    const revision = Object.values(state.objects.ControllerRevision)[0]!.metadata.name!;
    expect(revision.length).toBeGreaterThan(63);
    expect(failed[0]).toMatchObject({
      type: 'Warning',
      message: `create Pod ${NAME}-0 in StatefulSet ${NAME} failed error: Pod "${NAME}-0" is invalid: metadata.labels: Invalid value: "${revision}": must be no more than 63 characters`,
    });
    // Retried with exponential back-off: 5, 10, 20, … ms between attempts, so about a dozen tries in a minute.
    expect(failed[0]!.count).toBeGreaterThan(10);
    expect(failed[0]!.count).toBeLessThan(20);
    const tries = frames.filter((f) => f.cause.actor === 'statefulset-controller' && f.events.some((e) => e.reason === 'FailedCreate')).map((f) => f.atMs);
    const gaps = tries.slice(1).map((t, i) => t - tries[i]!);
    expect(gaps.slice(0, 4)).toEqual([5, 10, 20, 40]);
    expect(state.queue.some((q) => q.controller === 'statefulset-controller' && q.key === `StatefulSet/default/${NAME}`)).toBe(true);
  });

  it('a valid StatefulSet records SuccessfulCreate and leaves no back-off behind', () => {
    const applied = submit(createCluster(), { type: 'apply', objects: [sts('web')] });
    const { state } = runUntil(applied.state, 30_000);
    expect(state.events.some((e) => e.reason === 'SuccessfulCreate' && e.message === 'create Pod web-0 in StatefulSet web successful')).toBe(true);
    expect(state.failures ?? {}).toEqual({});
  });
});
