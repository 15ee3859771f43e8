// The engine's reasons follow the UI language: ?lang=zh-CN shows them in Chinese in the event list and the
// inspector's Why tab; switching to English shows the same frames' reasons in English, and that choice is kept.
import { expect, test } from './fixtures/fixtures';

test('reasons in Chinese with ?lang=zh-CN, in English after switching, and the choice survives a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('./?lang=zh-CN');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.getByRole('button', { name: '应用', exact: true }).click();
  await page.evaluate(() => window.__podium!.runToEnd());

  const events = page.getByRole('region', { name: '事件' });
  await expect(events.locator('.event-why', { hasText: '已创建 PVC www-web-0 和 Pod web-0：它的序号最小（podManagementPolicy OrderedReady）' })).toHaveCount(1);
  await expect(events.locator('.event-why', { hasText: /^web-0 已调度到 node-\d：/ }).first()).toBeVisible();
  await expect(events).not.toContainText('is Running and Ready');
  // Chinese leading must not make a card's four lines taller than the card (they were clipped once).
  const overflowing = await page.locator('.k8s-node').evaluateAll((cards) =>
    cards.filter((c) => c.scrollHeight > c.clientHeight + 1).map((c) => c.closest('[data-name]')?.getAttribute('data-name')));
  expect(overflowing).toEqual([]);

  await page.getByRole('region', { name: '集群图' }).locator('[data-kind="Pod"][data-name="web-1"]').click();
  const inspector = page.getByRole('complementary', { name: '检查器' });
  await inspector.getByRole('tab', { name: '原因' }).click();
  await expect(inspector.getByRole('tabpanel')).toContainText('web-1 已 Running 且 Ready');
  await page.screenshot({ path: 'test-results/reasons-zh.png' });

  await page.getByRole('combobox', { name: '语言' }).selectOption('en');
  const eventsEn = page.getByRole('region', { name: 'Events' });
  await expect(eventsEn.locator('.event-why', { hasText: 'Created PVC www-web-0 and pod web-0: it has the first ordinal (podManagementPolicy OrderedReady)' })).toHaveCount(1);
  await expect(eventsEn).not.toContainText('已调度到');

  await page.goto('./'); // no ?lang: the learner's own choice (English) was saved
  await expect(page.getByRole('button', { name: 'Apply', exact: true })).toBeVisible();
});
