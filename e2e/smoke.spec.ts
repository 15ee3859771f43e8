import { expect, test } from './fixtures/fixtures';

test('the page loads offline, with its title and without errors', async ({ page }) => {
  await page.goto('./');
  await expect(page).toHaveTitle('Podium — a Kubernetes cluster in your browser');
  await expect(page.locator('#root')).not.toBeEmpty();
});
