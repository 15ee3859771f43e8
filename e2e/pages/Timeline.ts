// Page object: the timeline bar (slider `Timeline`, Play/Pause, Step back/forward, Speed) and the app's clock API.
import { expect, type Locator, type Page } from '@playwright/test';

export class Timeline {
  readonly slider: Locator;
  readonly playButton: Locator;
  readonly pauseButton: Locator;
  readonly stepBackButton: Locator;
  readonly stepForwardButton: Locator;
  readonly speed: Locator;

  constructor(readonly page: Page) {
    this.slider = page.getByRole('slider', { name: 'Timeline' });
    this.playButton = page.getByRole('button', { name: 'Play', exact: true });
    this.pauseButton = page.getByRole('button', { name: 'Pause', exact: true });
    this.stepBackButton = page.getByRole('button', { name: 'Step back', exact: true });
    this.stepForwardButton = page.getByRole('button', { name: 'Step forward', exact: true });
    this.speed = page.getByLabel('Speed');
  }

  async value(): Promise<number> {
    return Number(await this.slider.inputValue());
  }

  async max(): Promise<number> {
    return Number(await this.slider.getAttribute('max'));
  }

  /** Choose a playback speed in the Speed control (one of its options: 0.25 … 20). */
  async setSpeed(speed: number): Promise<void> {
    await this.speed.selectOption(String(speed));
  }

  async pause(): Promise<void> {
    if (await this.pauseButton.isVisible()) await this.pauseButton.click();
    await expect(this.playButton).toBeVisible();
  }

  /** Let the app's clock run until the cluster settles (instant; instead of waiting). Returns the playhead. */
  runToEnd(): Promise<number> {
    return this.page.evaluate(() => window.__podium!.runToEnd());
  }

  /** Press a key on the focused slider and wait until its value changes (unless `expectChange` is false). */
  async press(key: 'Home' | 'End' | 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown', expectChange = true): Promise<number> {
    const before = await this.value();
    await this.slider.focus();
    await this.slider.press(key);
    if (expectChange) await expect.poll(() => this.value(), { message: `slider value changes on ${key}`, intervals: [20, 50, 100, 250] }).not.toBe(before);
    return this.value();
  }

  /** Set the slider like a drag would end: the playhead moves to `ms`. */
  async dragTo(ms: number): Promise<void> {
    await this.slider.fill(String(ms));
    await expect(this.slider).toHaveValue(String(ms));
  }
}
