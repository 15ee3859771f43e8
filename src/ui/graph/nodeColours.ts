// A colour per cluster node, for the node badge on pod cards and the node chips above the graph (which say which
// colour is which node). By the node's number (`node-2` → the second colour), else by its name.
const NODE_COLOURS = ['#3b82c4', '#c2410c', '#15803d', '#9333ea', '#b45309', '#0e7490', '#be185d', '#4d7c0f'] as const;

export function nodeColour(name: string): string {
  const m = /(\d+)$/.exec(name);
  let i = m ? Number(m[1]) - 1 : 0;
  if (!m) for (const ch of name) i = (i * 31 + ch.charCodeAt(0)) % 997;
  return NODE_COLOURS[((i % NODE_COLOURS.length) + NODE_COLOURS.length) % NODE_COLOURS.length]!;
}
