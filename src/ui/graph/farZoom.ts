// The graph's overview level of detail. Below FAR_ZOOM a card's small print is unreadable (12px text under 4px):
// the graph is drawn on one canvas (FarCanvas.tsx), each card as its name on its status colour, edges as plain
// lines without labels or animations. (The default demo at 1280×720 fits at about 0.5 and keeps its full cards.)
export const FAR_ZOOM = 0.35;
export const selectFar = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM;
