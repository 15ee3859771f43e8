// Lessons in the page (DESIGN "Lessons"): the seed lesson completed through the Lesson region in English and in
// Chinese (Show me + Next step), a learner's own action passing a step, answers and progress kept on reload.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/fixtures';

const LESSON = 'seed-sts-vs-deployment';
const NAMES = {
  en: { region: 'Lesson', show: 'Show me', next: 'Next step', prev: 'Previous step', complete: 'Lesson complete', step: (n: number, m: number) => `Step ${n} of ${m}` },
  'zh-CN': { region: '课程', show: '演示给我看', next: '下一步', prev: '上一步', complete: '课程完成', step: (n: number, m: number) => `第 ${n} 步，共 ${m} 步` },
};

/** Every check of the page has turned green (one poll for all of them). */
async function expectChecksMet(region: Locator) {
  await expect(region.locator('.lesson-checks li[data-met="false"]')).toHaveCount(0);
}

async function settle(page: Page) {
  await page.evaluate(() => window.__podium?.runToEnd());
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`the seed lesson can be completed in ${lang} with Show me and Next step`, async ({ page }) => {
    test.setTimeout(120_000);
    const names = NAMES[lang];
    await page.goto(`./?lang=${lang}&lesson=${LESSON}&step=1`);
    const region = page.getByRole('region', { name: names.region });
    await expect(region.getByRole('status')).toHaveText(names.step(1, 10));
    for (let n = 1; n <= 10; n++) {
      await expect(region.getByRole('status')).toHaveText(names.step(n, 10));
      const show = region.getByRole('button', { name: names.show });
      if (await show.isEnabled()) await show.click();
      await settle(page);
      await expectChecksMet(region);
      if (n < 10) await region.getByRole('button', { name: names.next }).click();
    }
    await expect(region.getByText(names.complete)).toBeVisible();
    await expect(region.getByRole('button', { name: names.next })).toBeDisabled();
    await expect(page).toHaveURL(new RegExp(`lesson=${LESSON}&step=10`));
  });
}

test('a learner\'s own action passes a step; answers, progress and the page survive a reload', async ({ page }) => {
  await page.goto(`./?lang=en&lesson=${LESSON}&step=2`);
  const region = page.getByRole('region', { name: 'Lesson' });
  await expect(region.getByRole('status')).toHaveText('Step 2 of 10');
  await expect(region.getByRole('heading', { name: 'Hand-made volumes' })).toBeVisible();
  // The editor's tab is named as the narration names the file.
  await expect(page.getByRole('tab', { name: 'statefulset-pv.yaml', exact: true, selected: true })).toBeVisible();
  const checks = region.locator('.lesson-checks li');
  await expect(checks).toHaveCount(3);
  await expect(checks.first()).toHaveAttribute('data-met', 'false');
  // The learner applies the editor's manifest themselves (no Show me).
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
  await settle(page);
  await expectChecksMet(region);
  await expect(checks.first()).toContainText('PV test-0 is Available');
  // The command in the narration runs in the console.
  await region.getByRole('button', { name: 'Run in the console: kubectl get pv' }).click();
  await expect(page.getByRole('log', { name: 'Console output' })).toContainText(/test-2\s+1Gi\s+RWO\s+Retain\s+Available/);

  await region.getByRole('button', { name: 'Next step' }).click();
  await expect(region.getByRole('status')).toHaveText('Step 3 of 10');
  // The next page's file opens in a tab of its own; the learner's first tab stays.
  await expect(page.getByRole('tab', { name: 'test-statefulset.yaml', exact: true, selected: true })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'statefulset-pv.yaml', exact: true })).toBeVisible();
  // A wrong answer gets a short explanation, not a score.
  await region.getByRole('radio', { name: 'All three at once' }).check();
  await expect(region.getByRole('note')).toContainText('Not quite.');
  await expect(region.getByRole('note')).toContainText('OrderedReady');

  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await page.reload();
  await expect(region.getByRole('status')).toHaveText('Step 3 of 10');
  await expect(region.getByRole('radio', { name: 'All three at once' })).toBeChecked();
  await expect(page.locator('[data-kind="PersistentVolume"][data-name="test-0"]')).toHaveAttribute('data-status', 'Available');

  await page.getByRole('button', { name: 'Lessons', exact: true }).click();
  const menu = page.getByRole('dialog', { name: 'Lessons' });
  await expect(menu.getByRole('button', { name: /StatefulSet vs Deployment.*Step 3 of 10/ })).toBeVisible();
  await expect(menu.getByRole('button', { name: /StatefulSet Basics.*Not started/ })).toBeVisible();
});
