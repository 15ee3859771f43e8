// Headless-service DNS from the console: the seed's busybox session (kubectl run -it … sh, then nslookup).
import { expect, test } from './fixtures/fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
});

test('kubectl run -it busybox: nslookup web-0.nginx answers with the pod IP and its stable name', async ({ page }) => {
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await page.evaluate(() => window.__podium!.runToEnd());
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  const web2 = graph.locator('[data-kind="Pod"][data-name="web-2"][data-status="Running"]');
  await expect(web2).toBeVisible();
  const command = page.getByRole('textbox', { name: 'kubectl command' });
  const log = page.getByRole('log', { name: 'Console output' });

  await command.fill('kubectl run -it --image=busybox:1.28.4 --rm --restart=Never sh');
  await command.press('Enter');
  await expect(log).toContainText("If you don't see a command prompt, try pressing enter.");
  await command.fill('nslookup web-0.nginx');
  await command.press('Enter');
  await expect(log).toContainText('Address 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local');
  await expect(log).toContainText(/Address 1: 10\.244\.\d+\.\d+ web-0\.nginx\.default\.svc\.cluster\.local/);
  await command.fill('hostn');
  await command.press('Tab');
  await expect(command).toHaveValue('hostname ');
  await command.press('Enter');
  await expect(log).toContainText('/ # hostname');
  await command.fill('exit');
  await command.press('Enter');
  await expect(log).toContainText('pod "sh" deleted from default namespace');
});
