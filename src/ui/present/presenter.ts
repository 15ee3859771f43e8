// Presenter mode (for a projector) and the clicker: a tiny store of its own, so the page's store shape is untouched.
// The clicker keys (PageDown/PageUp, `.` and `,`) step the open lesson when a lesson registers itself as the
// clicker target, else the timeline.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export const presenterStore = createStore<{ on: boolean }>()(() => ({ on: false }));
export const usePresenter = (): boolean => useStore(presenterStore, (s) => s.on);
export const togglePresenter = (): void => presenterStore.setState((s) => ({ on: !s.on }));

export interface ClickerTarget {
  /** Step forward; false when there is nothing to step (then the timeline steps). */
  next(): boolean;
  prev(): boolean;
}
let clickerTarget: ClickerTarget | null = null;
/** A lesson panel registers itself while it is open (and passes null when it closes). */
export function setClickerTarget(target: ClickerTarget | null): void {
  clickerTarget = target;
}

const CLICKER_KEYS: Readonly<Record<string, 'next' | 'prev'>> = { PageDown: 'next', '.': 'next', PageUp: 'prev', ',': 'prev' };
/** Let the lesson take a clicker key; true when it did. */
export function clickerStep(key: string): boolean {
  const dir = CLICKER_KEYS[key];
  return dir !== undefined && clickerTarget !== null && clickerTarget[dir]();
}
