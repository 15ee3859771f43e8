// The open dialog and the demo being narrated: page-only state, outside the workspace store (nothing here is saved,
// shared or part of the timeline).
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';

export interface NarrationEntry {
  /** Simulated ms at which the step ran. */
  readonly t: number;
  readonly kind: 'note' | 'command' | 'fault' | 'wait';
  readonly text: string;
  /** A command's output (stdout then stderr). */
  readonly output?: string;
  /** A wait that timed out / did not settle. */
  readonly unmet?: boolean;
}

export interface Demo {
  readonly title: string;
  readonly file: string;
  readonly entries: readonly NarrationEntry[];
}

interface DemoState {
  readonly demo: Demo | null;
  readonly dialogOpen: boolean;
  /** A file is being dragged over the page. */
  readonly dragging: boolean;
}

export const demoStore = createStore<DemoState>()(() => ({ demo: null, dialogOpen: false, dragging: false }));
export const useDemoStore = <T,>(selector: (s: DemoState) => T): T => useStore(demoStore, selector);
