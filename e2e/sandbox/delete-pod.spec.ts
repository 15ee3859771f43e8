// Issue "The sandbox end to end", step 5: a deleted StatefulSet pod comes back with the same name and claim.
import { yamlField } from '../pages/Console';
import { expect, shot, test } from '../pages/fixtures';

test.slow(); // long journeys on 2 shared cores

test('kubectl delete pod web-1: it is recreated with the same name and claim, a new UID and a new IP', async ({ page, editor, graph, timeline, kubectl }) => {
  await editor.apply();
  await timeline.pause();
  await timeline.runToEnd();
  await expect(graph.pod('web-1')).toHaveAttribute('data-status', 'Running');

  const before = await kubectl.run('kubectl get pod web-1 -o yaml');
  const uid = yamlField(before, 'uid', 2);
  const ip = yamlField(before, 'podIP', 2);
  expect(uid, before).toMatch(/^[0-9a-f-]{36}$/);
  expect(ip, before).toMatch(/^10\.244\.\d+\.\d+$/);
  expect(yamlField(before, 'claimName')).toBe('www-web-1');
  const volume = /^www-web-1\s+Bound\s+(pvc-[0-9a-f-]{36})\s/m.exec(await kubectl.run('kubectl get pvc www-web-1'))?.[1];
  expect(volume).toBeTruthy();
  const wide = await kubectl.run('kubectl get pod web-1 -o wide');
  expect(wide).toMatch(new RegExp(`^web-1\\s+1/1\\s+Running\\s+0\\s+\\S+\\s+${ip!.replace(/\./g, '\\.')}\\s+node-\\d\\s`, 'm'));

  // The command plays the clock on; watch slowly so the ~1.5 s (simulated) Terminating spell is on screen.
  await timeline.setSpeed(0.5);
  await graph.record();
  expect(await kubectl.run('kubectl delete pod web-1')).toMatch(/^pod "web-1" deleted\b/);
  await expect(graph.pod('web-1')).toHaveAttribute('data-status', 'Terminating');
  await shot(page, '07-web-1-terminating');
  await timeline.setSpeed(10);
  await expect(graph.pod('web-1')).toHaveAttribute('data-status', 'Running', { timeout: 30_000 });
  await expect(graph.node('StatefulSet', 'web')).toHaveAttribute('data-status', '3/3');
  const states = await graph.recorded();
  // It went away and came back through the usual phases; the others were left alone; the claim stayed Bound.
  const web1 = states.map((s) => s['Pod/web-1'] ?? '∅');
  expect(web1).toContain('Terminating');
  expect(web1.slice(web1.lastIndexOf('Terminating'))).toContain('Running');
  for (const other of ['web-0', 'web-2']) expect(new Set(states.map((s) => s[`Pod/${other}`]))).toEqual(new Set(['Running']));
  expect(new Set(states.map((s) => s['PersistentVolumeClaim/www-web-1']))).toEqual(new Set(['Bound']));

  const after = await kubectl.run('kubectl get pod web-1 -o yaml');
  expect(yamlField(after, 'name', 2)).toBe('web-1');
  expect(yamlField(after, 'uid', 2), 'a new UID').not.toBe(uid);
  expect(yamlField(after, 'uid', 2)).toMatch(/^[0-9a-f-]{36}$/);
  expect(yamlField(after, 'podIP', 2), 'a new IP').not.toBe(ip);
  expect(yamlField(after, 'podIP', 2)).toMatch(/^10\.244\.\d+\.\d+$/);
  expect(yamlField(after, 'claimName'), 'the same claim').toBe('www-web-1');
  expect(await kubectl.run('kubectl get pvc www-web-1'), 'the claim keeps its volume').toMatch(new RegExp(`^www-web-1\\s+Bound\\s+${volume}\\s`, 'm'));
  await shot(page, '08-web-1-recreated');
});
