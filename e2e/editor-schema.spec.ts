// The editor knows Kubernetes: completion and hover docs from the offline schema (monaco-yaml), with no network.
import { expect, test } from './fixtures/fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await page.waitForFunction(() => Boolean(window.__editor?.getModel()));
});

test('completion offers the fields of a StatefulSet spec', async ({ page }) => {
  await page.evaluate(() => {
    const editor = window.__editor!;
    editor.getModel()!.setValue('apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  \n');
    editor.setPosition({ lineNumber: 6, column: 3 });
    editor.focus();
  });
  const suggest = page.locator('.monaco-editor .suggest-widget');
  await expect(async () => {
    await page.keyboard.press('Control+Space');
    await expect(suggest).toContainText('podManagementPolicy', { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
  await expect(suggest).toContainText('volumeClaimTemplates');
  await expect(suggest).toContainText('serviceName');
});

test('hovering a field shows its documentation', async ({ page }) => {
  const line = await page.evaluate(() => window.__editor!.getModel()!.getLinesContent().findIndex((l) => l.trim().startsWith('replicas:')) + 1);
  expect(line).toBeGreaterThan(0);
  await expect(async () => {
    await page.evaluate((lineNumber) => {
      const editor = window.__editor!;
      const column = editor.getModel()!.getLineContent(lineNumber).indexOf('replicas') + 3;
      editor.setPosition({ lineNumber, column });
      editor.focus();
      editor.trigger('test', 'editor.action.showHover', {});
    }, line);
    await expect(page.locator('.monaco-hover')).toContainText(/desired number of replicas/i, { timeout: 2000 });
  }).toPass({ timeout: 20_000 });
});

test('an empty or comment-only file gets no schema warnings; a half-written one does', async ({ page }) => {
  const problems = page.getByRole('region', { name: 'Problems' });
  await page.evaluate(() => window.__editor!.getModel()!.setValue('kind: Pod\n'));
  // The schema worker is live: a manifest without apiVersion and metadata is flagged…
  await expect(problems).toContainText('Missing property "apiVersion"', { timeout: 20_000 });
  // …but an empty tab (a lesson's first page) or one holding only comments is not.
  await page.evaluate(() => window.__editor!.getModel()!.setValue('# my notes\n---\n'));
  await expect(problems).toContainText('No problems.');
  await expect(page.locator('.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error')).toHaveCount(0);
  await page.evaluate(() => window.__editor!.getModel()!.setValue(''));
  await page.waitForTimeout(1500); // the worker validates again after an edit: the list must stay clear
  await expect(problems).toContainText('No problems.');
});
