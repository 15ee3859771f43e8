// The editor's Examples menu and Format button, the page preferences (theme, language) and reload.
import { expect, test } from './fixtures/fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('.monaco-editor')).toBeVisible();
});

test('Examples loads the seed partition example on a cluster without a default StorageClass; reload keeps it', async ({ page }) => {
  await page.getByRole('button', { name: 'Examples' }).click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('menuitem', { name: /three hostPath PVs/ }).click();
  // The example opens as the post's two files, one tab each; Apply acts on the open tab.
  const tabs = page.getByRole('tablist', { name: 'Files' });
  await expect(tabs.getByRole('tab')).toHaveText(['statefulset-pv.yaml', 'test-statefulset.yaml']);
  await expect.poll(() => page.evaluate(() => window.__editor!.getValue())).toContain('path: "/mnt/test-0"');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  const log = page.getByRole('log', { name: 'Console output' });
  await expect(log).toContainText('persistentvolume/test-0 created');
  await tabs.getByRole('tab', { name: 'test-statefulset.yaml' }).click();
  await expect.poll(() => page.evaluate(() => window.__editor!.getValue())).toContain('partition: 2');
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect(log).toContainText('statefulset.apps/statefulset-test created');
  await page.evaluate(() => window.__podium!.runToEnd());
  const graph = page.getByRole('region', { name: 'Cluster graph' });
  for (const name of ['statefulset-test-0', 'statefulset-test-1', 'statefulset-test-2']) {
    await expect(graph.locator(`[data-kind="Pod"][data-name="${name}"]`)).toHaveAttribute('data-status', 'Running');
  }
  for (const pv of ['test-0', 'test-1', 'test-2']) {
    await expect(graph.locator(`[data-kind="PersistentVolume"][data-name="${pv}"]`)).toHaveAttribute('data-status', 'Bound');
  }
  await page.reload();
  await expect.poll(() => page.evaluate(() => window.__editor?.getValue() ?? '')).toContain('partition: 2');
  const command = page.getByRole('textbox', { name: 'kubectl command' });
  await command.fill('kubectl get storageclass');
  await command.press('Enter');
  await expect(log).toContainText('No resources found');
  await expect(graph.locator('[data-kind="Pod"][data-name="statefulset-test-2"]')).toHaveAttribute('data-status', 'Running');
});

test('Format tidies the YAML', async ({ page }) => {
  await page.evaluate(() => window.__editor!.setValue('apiVersion:    v1\nkind:   Namespace\nmetadata:\n    name:   demo\n'));
  await page.getByRole('button', { name: 'Format' }).click();
  await expect.poll(() => page.evaluate(() => window.__editor!.getValue())).toBe('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: demo\n');
});

test('Theme and Language switch, and survive a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Theme' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh');
  await expect(html).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('button', { name: '应用', exact: true })).toBeVisible();
  await expect(page.getByRole('slider', { name: '时间线' })).toBeVisible();
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: '应用', exact: true })).toBeVisible();
  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeVisible();
});

test('panes resize with the keyboard and keep their size', async ({ page }) => {
  const splitter = page.getByRole('separator', { name: 'Resize editor and graph' });
  const before = Number(await splitter.getAttribute('aria-valuenow'));
  await splitter.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 4));
  await page.reload();
  await expect(page.getByRole('separator', { name: 'Resize editor and graph' })).toHaveAttribute('aria-valuenow', String(before + 4));
});

test('Reset asks first: Cancel keeps the work, OK goes back to the demo with a cleared timeline', async ({ page }) => {
  const text = () => page.evaluate(() => window.__editor!.getModel()!.getValue());
  await page.evaluate(() => { const m = window.__editor!.getModel()!; m.setValue(m.getValue().replace('replicas: 3', 'replicas: 4')); });
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await expect.poll(() => page.evaluate(() => window.__podium!.frameCount())).toBeGreaterThan(0);
  const messages: string[] = [];
  page.once('dialog', (d) => { messages.push(d.message()); void d.dismiss(); });
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  expect(messages).toEqual(['Start over? The manifest goes back to the demo and the timeline is cleared.']);
  expect(await text()).toContain('replicas: 4');
  expect(await page.evaluate(() => window.__podium!.frameCount())).toBeGreaterThan(0);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(text).toContain('replicas: 3');
  expect(await page.evaluate(() => window.__podium!.frameCount())).toBe(0);
  await expect(page.getByRole('region', { name: 'Cluster graph' }).locator('[data-kind="StatefulSet"]')).toHaveCount(0);
});
