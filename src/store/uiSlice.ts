// UI-only state: notices, the selected graph object, and Reset. Nothing here creates frames.
import { DEFAULT_DEMO } from '../examples/defaultDemo';
import type { SliceCreator, UiSlice } from './types';

let nextNoticeId = 1;
const MAX_NOTICES = 5;

export const createUiSlice: SliceCreator<UiSlice> = () => (set, get) => ({
  notices: [],
  selectedKey: null,
  notify(tone, text) {
    const kept = get().notices.filter((n) => n.text !== text);
    set({ notices: [...kept, { id: nextNoticeId++, tone, text }].slice(-MAX_NOTICES) });
  },
  dismissNotice(id) {
    set({ notices: get().notices.filter((n) => n.id !== id) });
  },
  select(key) {
    set({ selectedKey: key });
  },
  resetWorkspace() {
    set({ text: DEFAULT_DEMO, applyProblems: [], consoleLines: [], notices: [], selectedKey: null });
    get().newTimeline();
  },
});
