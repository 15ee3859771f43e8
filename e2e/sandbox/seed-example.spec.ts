// The seed post's experiment from the Examples menu: three hand-made hostPath PVs, a NodePort Service and
// StatefulSet statefulset-test (partition 2) on a cluster without a default StorageClass. (e2e/editor.spec.ts
// checks that the example loads and its PVs end Bound; this follows each claim to its volume.)
import { expect, shot, test } from '../pages/fixtures';

test.slow(); // long journeys on 2 shared cores

test('the seed experiment: each www-statefulset-test-N claim binds one of the hand-made PVs test-0…2', async ({ page, editor, graph, timeline, kubectl }) => {
  await page.getByRole('button', { name: 'Examples' }).click();
  page.once('dialog', (d) => void d.accept()); // it needs a different cluster: confirm starting over
  await page.getByRole('menuitem', { name: /three hostPath PVs/ }).click();
  // It opens as the post's two files (tabs); the console applies both by name, as the post does.
  await expect.poll(() => editor.text()).toContain('path: "/mnt/test-0"');
  await expect(graph.nodesOf('StorageClass'), 'no default StorageClass').toHaveCount(0);

  const output = await kubectl.run('kubectl apply -f statefulset-pv.yaml -f test-statefulset.yaml');
  expect(output).toBe(
    'persistentvolume/test-0 created\npersistentvolume/test-1 created\npersistentvolume/test-2 created\n' +
      'service/test-statefulset-svc created\nstatefulset.apps/statefulset-test created',
  );
  await timeline.pause();
  await timeline.runToEnd();
  await expect(graph.node('StatefulSet', 'statefulset-test')).toHaveAttribute('data-status', '3/3');
  await shot(page, '10-seed-example');

  const pvcs = await kubectl.run('kubectl get pvc');
  const pvs = await kubectl.run('kubectl get pv');
  const bound = new Set<string>();
  for (let n = 0; n < 3; n++) {
    const claim = `www-statefulset-test-${n}`;
    await expect(graph.pvc(claim)).toHaveAttribute('data-status', 'Bound');
    await expect(graph.pod(`statefulset-test-${n}`)).toHaveAttribute('data-status', 'Running');
    const volume = new RegExp(`^${claim}\\s+Bound\\s+(test-[012])\\s+1Gi\\s+RWO\\s`, 'm').exec(pvcs)?.[1];
    expect(volume, `kubectl get pvc:\n${pvcs}`).toBeTruthy();
    bound.add(volume!);
    // The PV agrees: Bound, Retain (hand-made), claimed by this PVC, no StorageClass.
    expect(pvs).toMatch(new RegExp(`^${volume}\\s+1Gi\\s+RWO\\s+Retain\\s+Bound\\s+default/${claim}\\s+<unset>`, 'm'));
  }
  expect([...bound].sort(), 'three claims, three different volumes').toEqual(['test-0', 'test-1', 'test-2']);
  await expect(graph.nodesOf('PersistentVolume')).toHaveCount(3);
  await expect(graph.nodesOf('StorageClass')).toHaveCount(0);
});
