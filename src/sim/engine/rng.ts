// Seeded PRNG (mulberry32). The state is a uint32 kept in ClusterState, so replay is exact.

/** The state after `state`. */
export const advance = (state: number): number => (state + 0x6d2b79f5) >>> 0;

/** The uniform number in [0, 1) an advanced state gives (`advance(state)`). */
export function valueOf(next: number): number {
  let t = next;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** Advance the generator: returns a uniform number in [0, 1) and the next state. */
export function nextRandom(state: number): [number, number] {
  const next = advance(state);
  return [valueOf(next), next];
}

/** Initial generator state for a scenario seed. */
export function seedState(seed: number): number {
  return (Math.imul(seed >>> 0, 2654435761) ^ 0x9e3779b9) >>> 0;
}
