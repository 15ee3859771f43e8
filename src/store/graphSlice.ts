// Graph UI state: the hovered object (its relations light up) and editor lines to highlight. Never creates frames.
import type { GraphSlice, SliceCreator } from './types';

let highlightNonce = 0;

export const createGraphSlice: SliceCreator<GraphSlice> = () => (set) => ({
  hoveredKey: null,
  editorHighlight: null,
  showSystem: false,
  setShowSystem(show) {
    set({ showSystem: show });
  },
  setHovered(key) {
    set({ hoveredKey: key });
  },
  highlightLines(startLine, endLine) {
    set({ editorHighlight: startLine > 0 ? { startLine, endLine: Math.max(startLine, endLine), nonce: ++highlightNonce } : null });
  },
});
