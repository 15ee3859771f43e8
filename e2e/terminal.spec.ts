// The seed's way of working with two terminals: `kubectl get pod -w` keeps streaming in terminal 1 while terminal
// 2 applies the post's files by name and greps a description; the editor's tabs are the files.
import { expect, test } from './fixtures/fixtures';

const SHOTS = process.env.E2E_SHOTS;

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test('watch in one terminal, act in another: the seed commands typed verbatim', async ({ page }) => {
  page.on('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: /Examples/ }).click();
  await page.getByRole('menuitem', { name: /partition/i }).click();
  const tabs = page.getByRole('tablist', { name: 'Files' });
  await expect(tabs.getByRole('tab')).toHaveText(['statefulset-pv.yaml', 'test-statefulset.yaml']);

  await page.getByRole('button', { name: 'Split terminal' }).click();
  const cmd1 = page.getByRole('textbox', { name: 'kubectl command', exact: true });
  const log1 = page.getByRole('log', { name: 'Console output', exact: true });
  const cmd2 = page.getByRole('textbox', { name: 'kubectl command 2' });
  const log2 = page.getByRole('log', { name: 'Console output 2' });

  await cmd1.fill('kubectl get pod -w');
  await cmd1.press('Enter');
  await cmd2.fill('kubectl apply -f  statefulset-pv.yaml');
  await cmd2.press('Enter');
  await expect(log2).toContainText('persistentvolume/test-2 created');
  await cmd2.fill('kubectl apply -f  test-statefulset.yaml');
  await cmd2.press('Enter');
  await expect(log2).toContainText('statefulset.apps/statefulset-test created');
  await cmd2.fill('kubectl apply -f nope.yaml');
  await cmd2.press('Enter');
  await expect(log2).toContainText("Podium: the workspace's files (the editor's tabs) are: statefulset-pv.yaml, test-statefulset.yaml");

  // Terminal 1's watch is still on: playing the timeline streams the ordered start into it.
  await expect(cmd1).toHaveAttribute('placeholder', /watching/);
  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(log1).toContainText(/statefulset-test-0 +0\/1 +Pending/);
  await expect(log1).toContainText(/statefulset-test-2 +1\/1 +Running/);

  await cmd2.fill('kubectl describe pod statefulset-test-2|grep Image');
  await cmd2.press('Enter');
  const text2 = () => log2.innerText();
  await expect.poll(text2).toMatch(/grep Image\n {4}Image: {10}nginx\n {4}Image ID: {7}docker\.io\/library\/nginx@sha256:/);
  await expect(log2).not.toContainText('not found');
  await cmd2.fill('kubectl get pods | grep -c statefulset');
  await cmd2.press('Enter');
  await expect.poll(text2).toMatch(/grep -c statefulset\n3$/);
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/terminal-split.png` });

  // Deleting blocks terminal 2 until the pod is gone; terminal 1 keeps watching the new pod start. The pod is gone
  // half a simulated second after the delete: played at 0.25× the wait lasts long enough to be seen on a loaded
  // machine (where the answer itself may come a slice or two later: timelineSlice.ts performThen).
  await page.evaluate(() => window.__podium!.setSpeed(0.25));
  await cmd2.fill('kubectl delete pod statefulset-test-2');
  await cmd2.press('Enter');
  await expect(cmd2).toHaveAttribute('placeholder', /waiting/);
  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(cmd2).not.toHaveAttribute('placeholder', /waiting/);
  await expect(log1).toContainText(/statefulset-test-2 +0\/1 +Terminating/);
  await cmd1.press('Control+c');
  await expect(log1).toContainText('^C');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/terminal-after-delete.png` });
});
