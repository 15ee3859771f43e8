import { describe, expect, it } from 'vitest';
import { isoOf, msOfIso } from './time';
import { nextRandom, seedState } from './rng';

describe('simulated clock', () => {
  it('starts at 2026-01-01 and round-trips', () => {
    expect(isoOf(0)).toBe('2026-01-01T00:00:00Z');
    expect(isoOf(92_500)).toBe('2026-01-01T00:01:32Z');
    expect(isoOf(59 * 86_400_000 + 3_600_000)).toBe('2026-03-01T01:00:00Z');
    for (const ms of [0, 1000, 86_399_000, 400 * 86_400_000 + 12_345_000]) expect(msOfIso(isoOf(ms))).toBe(ms);
    expect(msOfIso('2026-01-01T00:00:01.5Z')).toBe(1500);
    expect(msOfIso('nonsense')).toBeNaN();
  });
});

describe('rng', () => {
  it('is deterministic per seed and in [0,1)', () => {
    const run = (seed: number) => {
      let s = seedState(seed);
      return Array.from({ length: 5 }, () => { const [v, n] = nextRandom(s); s = n; return v; });
    };
    expect(run(1)).toEqual(run(1));
    expect(run(1)).not.toEqual(run(2));
    for (const v of run(7)) expect(v >= 0 && v < 1).toBe(true);
  });
});
