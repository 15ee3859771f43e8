// Animation that explains (and its reduced-motion mode): cards fade in when created, pulse while
// ContainerCreating or Pending, fade while Terminating; a binding edge draws itself.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures/fixtures';

async function reachStates(page: Page) {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.evaluate(() => { window.__podium!.pause(); window.__podium!.runToEnd(); });
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  const card = (kind: string, name: string) => graph.locator(`[data-kind="${kind}"][data-name="${name}"] .k8s-node`);
  // web-1 is pulling its image at 10 s (as in the README picture).
  await page.evaluate(() => window.__podium!.seekMs(10_000));
  await expect(graph.locator('[data-kind="Pod"][data-name="web-1"]')).toHaveAttribute('data-status', 'ContainerCreating');
  return { graph, card };
}

test('cards appear, wait and leave with an animation; a binding edge draws itself', async ({ page }) => {
  const { graph, card } = await reachStates(page);
  expect(await card('Pod', 'web-0').evaluate((el) => getComputedStyle(el).animationName)).toBe('node-in');
  expect(await card('Pod', 'web-1').evaluate((el) => getComputedStyle(el, '::after').animationName)).toBe('node-pulse');
  expect(await card('Pod', 'web-0').evaluate((el) => getComputedStyle(el, '::after').animationName)).toBe('none'); // Running: still
  expect(await graph.locator('.react-flow__edge.edge-bound path').first().evaluate((el) => getComputedStyle(el).animationName)).toBe('edge-draw');

  await page.evaluate(() => window.__podium!.runToEnd());
  const end = await page.evaluate(() => window.__podium!.playheadMs());
  const command = page.getByRole('textbox', { name: 'kubectl command' });
  await command.fill('kubectl delete pod web-0');
  await command.press('Enter');
  await expect.poll(() => page.evaluate(() => window.__podium!.liveEdgeMs())).toBeGreaterThan(end + 500);
  await page.evaluate((ms) => window.__podium!.seekMs(ms), end + 500);
  await expect(graph.locator('[data-kind="Pod"][data-name="web-0"]')).toHaveAttribute('data-status', 'Terminating');
  expect(await card('Pod', 'web-0').evaluate((el) => getComputedStyle(el).animationName)).toBe('node-leave');
});

test('prefers-reduced-motion: nothing moves, the states still read by colour', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const { graph, card } = await reachStates(page);
  expect(await card('Pod', 'web-0').evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  expect(await card('Pod', 'web-1').evaluate((el) => getComputedStyle(el, '::after').display)).toBe('none');
  expect(await card('Pod', 'web-1').evaluate((el) => el.className)).toContain('tone-creating');
  expect(await graph.locator('.react-flow__edge.edge-bound path').first().evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
});
