// The timeline as a presenter uses it: keyboard shortcuts, jump to a typed time, forking the past and Undo.
import { expect, test } from './fixtures/fixtures';

test.beforeEach(async ({ page }) => {
  await page.goto('./');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await page.getByRole('button', { name: 'Apply', exact: true }).click();
});

const slider = (page: import('@playwright/test').Page) => page.getByRole('slider', { name: 'Timeline' });
const value = async (page: import('@playwright/test').Page) => Number(await slider(page).inputValue());

test('keyboard shortcuts: Space, Home/End, arrows, clicker keys, ? help; none fire while typing', async ({ page }) => {
  const end = await page.evaluate(() => window.__podium!.runToEnd());
  await page.locator('.pane-title').first().click(); // focus the page, not a control
  await page.keyboard.press('Home');
  await expect(slider(page)).toHaveValue('0');
  await page.keyboard.press('.');
  const first = await value(page);
  expect(first).toBeGreaterThan(0);
  await page.keyboard.press('PageDown');
  const second = await value(page);
  expect(second).toBeGreaterThan(first);
  await page.keyboard.press(',');
  await expect(slider(page)).toHaveValue(String(first));
  await page.keyboard.press('ArrowRight');
  await expect(slider(page)).toHaveValue(String(second));
  await page.keyboard.press('PageUp');
  await page.keyboard.press('ArrowLeft');
  await expect(slider(page)).toHaveValue('0');
  await page.keyboard.press('End');
  await expect(slider(page)).toHaveValue(String(end));
  await page.keyboard.press('Home');
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();

  // Typing in the console or the editor never moves the playhead.
  const before = await value(page);
  const command = page.getByRole('textbox', { name: 'kubectl command' });
  await command.click();
  await page.keyboard.type('. , ?');
  await page.keyboard.press('Home');
  await expect(command).toHaveValue('. , ?');
  await page.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' .');
  await page.keyboard.press('Escape');
  expect(await value(page)).toBe(before);
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.locator('.pane-title').first().click();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toContainText('Next event (presenter clicker)');
  await page.keyboard.press('Escape');
  await expect(help).toHaveCount(0);
});

test('jump to a typed time; the event list follows and a click on a line jumps', async ({ page }) => {
  const end = await page.evaluate(() => window.__podium!.runToEnd());
  const jump = page.getByRole('textbox', { name: 'Jump to time' });
  await jump.fill('5s');
  await jump.press('Enter');
  await expect(slider(page)).toHaveValue('5000');
  await expect(page.locator('.sim-clock')).toHaveText('t = 5s');
  await expect(page.getByRole('region', { name: 'Events' }).locator('[aria-current="step"]')).toBeInViewport({ ratio: 0.9 });
  await jump.fill('0m 7.5s');
  await jump.press('Enter');
  await expect(slider(page)).toHaveValue('7500');
  await jump.fill('1h');
  await jump.press('Enter');
  await expect(slider(page)).toHaveValue(String(end)); // clamps to the live edge
  await jump.fill('soon');
  await jump.press('Enter');
  await expect(jump).toHaveAttribute('aria-invalid', 'true');

  const events = page.getByRole('region', { name: 'Events' });
  await expect(events.locator('[aria-current="step"]')).toContainText('endpoint');
  const line = events.getByRole('button', { name: /kubectl apply -f -/ });
  await line.click();
  await expect(slider(page)).toHaveValue('0');
  await expect(events.locator('[aria-current="step"]')).toContainText('$ kubectl apply -f -');
  await page.keyboard.press('.');
  await expect(events.locator('[aria-current="step"]')).toContainText(/pod\/web-0\s+0\/1\s+Pending/);
});

test('acting in the past forks the timeline; Undo restores it', async ({ page }) => {
  await page.evaluate(() => window.__podium!.runToEnd());
  const frames = await page.evaluate(() => window.__podium!.frameCount());
  const edge = await page.evaluate(() => window.__podium!.liveEdgeMs());
  await page.evaluate(() => window.__podium!.seekMs(9000));
  const command = page.getByRole('textbox', { name: 'kubectl command' });
  await command.fill('kubectl delete pod web-0');
  await command.press('Enter');
  const notices = page.getByRole('status', { name: 'Notices' });
  await expect(notices).toContainText(/Changed the past: \d+ later frames were discarded/);
  await page.evaluate(() => window.__podium!.pause());
  await expect(page.getByRole('region', { name: 'Events' })).toContainText('$ kubectl delete pod web-0');
  expect(await page.evaluate(() => window.__podium!.liveEdgeMs())).toBeLessThan(edge);
  await notices.getByRole('button', { name: 'Undo' }).click();
  await expect(notices).toContainText('Restored the timeline from before the change.');
  await expect(slider(page)).toHaveValue('9000');
  await expect(slider(page)).toHaveAttribute('max', String(edge));
  expect(await page.evaluate(() => window.__podium!.frameCount())).toBe(frames);
  await expect(page.getByRole('region', { name: 'Events' })).not.toContainText('kubectl delete pod web-0');
  await expect(notices.getByRole('button', { name: 'Undo' })).toHaveCount(0);
});
