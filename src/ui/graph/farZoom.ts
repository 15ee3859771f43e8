// The graph's overview level of detail. Below FAR_ZOOM a card's small print is unreadable (12px text under 4px):
// cards show only their name, large, on their status colour, and edges drop labels and animations. Fewer elements
// per card is also what keeps a 200-object graph light to paint. (The default demo at 1280×720 fits at about
// 0.5 and keeps its full cards.)
import { createContext } from 'react';

export const FAR_ZOOM = 0.35;
export const selectFar = (s: { transform: [number, number, number] }) => s.transform[2] < FAR_ZOOM;
/** Read once per graph (GraphView) and handed to the cards: one store subscription instead of one per card. */
export const FarContext = createContext(false);
