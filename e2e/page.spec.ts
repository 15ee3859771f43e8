// The default demo, end to end, through the page's accessible names (DESIGN "The page").
import { expect, test } from './fixtures/fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('.monaco-editor')).toBeVisible();
});

test('Apply runs the StatefulSet demo: ordered pods, bound claims, events and console', async ({ page }) => {
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible(); // playback started
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText('statefulset.apps/web created');
  await page.evaluate(() => window.__podium!.setSpeed(20));
  for (const name of ['web-0', 'web-1', 'web-2']) {
    await expect(graph.locator(`[data-kind="Pod"][data-name="${name}"]`)).toHaveAttribute('data-status', 'Running');
    await expect(graph.getByLabel(`PersistentVolumeClaim www-${name}: Bound`)).toBeVisible();
  }
  await expect(graph.getByLabel('StatefulSet web: 3/3')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible(); // stopped at the end
  const slider = page.getByRole('slider', { name: 'Timeline' });
  expect(Number(await slider.inputValue())).toBeGreaterThan(10_000);
  await expect(page.getByRole('region', { name: 'Events' })).toContainText('web-2 is Running and Ready');

  const command = page.getByRole('textbox', { name: 'kubectl command' });
  await command.fill('kubectl get pods');
  await command.press('Enter');
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText(/web-2\s+1\/1\s+Running/);
});

test('arrow keys step one event; acting in the past forks with a notice', async ({ page }) => {
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  const end = await page.evaluate(() => window.__podium!.runToEnd());
  const slider = page.getByRole('slider', { name: 'Timeline' });
  await slider.focus();
  await page.keyboard.press('Home');
  await expect(slider).toHaveValue('0');
  await page.keyboard.press('ArrowRight');
  const first = Number(await slider.inputValue());
  expect(first).toBeGreaterThan(0);
  expect(first).toBeLessThan(end);
  await page.keyboard.press('End');
  await expect(slider).toHaveValue(String(end));
  await page.evaluate(() => window.__podium!.seekMs(9000));
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  await expect(graph.locator('[data-kind="Pod"][data-name="web-2"]')).toHaveCount(0);
  const command = page.getByRole('textbox', { name: 'kubectl command' });
  await command.fill('kubectl delete pod web-0');
  await command.press('Enter');
  await expect(page.getByRole('status', { name: 'Notices' })).toContainText(/Changed the past: \d+ later frames were discarded/);
  // The delete took effect in the new branch. Not read from the card: `kubectl delete` waits until the pod is gone,
  // so the playhead moves through its short Terminating window and on to the recreated web-0 (a timing race).
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText('pod "web-0" deleted');
  await expect(page.getByRole('region', { name: 'Events' })).toContainText('web-0 is Terminating: the kubelet sent SIGTERM');
});

test('a typo shows in the problems list; API errors mark the offending line', async ({ page }) => {
  await page.evaluate(() => {
    const model = window.__editor!.getModel()!;
    model.setValue(model.getValue().replace('  replicas: 3\n', '  replicas: 3\n  replicaz: 3\n'));
  });
  const problems = page.getByRole('region', { name: 'Problems' });
  await expect(problems).toContainText('Property replicaz is not allowed');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(problems).toContainText(/Line 22: .*unknown field "spec.replicaz"/);
  await problems.getByRole('button', { name: /unknown field/ }).click();
  expect(await page.evaluate(() => window.__editor!.getPosition()!.lineNumber)).toBe(22);
});

test('a reload restores the text, the timeline and the playhead', async ({ page }) => {
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.evaluate(() => window.__podium!.runToEnd());
  await page.evaluate(() => window.__podium!.seekMs(7000));
  await page.reload();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveValue('7000');
  await expect(page.getByRole('region', { name: 'Cluster graph' }).getByLabel('Pod web-0: Running')).toBeVisible();
});
