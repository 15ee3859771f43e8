// A teacher injects faults from the page: break a pod's readiness (it leaves DNS and endpoints), stop a node.
import { expect, test } from './fixtures/fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.evaluate(() => window.__podium!.runToEnd());
});

test('breaking and restoring readiness of web-1 from the inspector takes it out of DNS and back', async ({ page }) => {
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  const web1 = graph.locator('[data-kind="Pod"][data-name="web-1"]');
  const dns = graph.locator('[data-kind="DNSRecord"][data-name="web-1.nginx.default.svc.cluster.local"]');
  await expect(web1).toHaveAttribute('data-status', 'Running');
  await expect(dns).toHaveCount(1);
  await web1.click();
  const actions = page.getByRole('group', { name: 'Try it: act on this object' });
  await actions.getByRole('button', { name: 'Break readiness' }).click();
  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(dns).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Events' })).toContainText('fault pod-unready web-1');
  await actions.getByRole('button', { name: 'Restore readiness' }).click();
  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(dns).toHaveCount(1);
});

test('stopping a node turns it NotReady; its pod is evicted after 300s and stays Terminating', async ({ page }) => {
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  const node = graph.locator('[data-kind="Node"][data-name="node-2"]');
  await node.click();
  await page.getByRole('group', { name: 'Try it: act on this object' }).getByRole('button', { name: 'Stop node (kubelet down)' }).click();
  const stoppedAt = await page.evaluate(() => window.__podium!.playheadMs());
  await page.evaluate(() => window.__podium!.runToEnd());
  await expect(node).toHaveAttribute('data-status', 'NotReady');
  await page.evaluate((ms) => window.__podium!.seekMs(ms + 30_000), stoppedAt);
  await expect(node).toHaveAttribute('data-status', 'Ready'); // the grace period (50s) has not passed yet
  await page.evaluate((ms) => window.__podium!.seekMs(ms + 400_000), stoppedAt);
  await expect(graph.locator('[data-kind="Pod"][data-name="web-1"]')).toHaveAttribute('data-status', 'Terminating');
});
