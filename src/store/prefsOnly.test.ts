// The compare view's storage: preferences pass through; the saved workspace is neither read nor written.
import { describe, expect, it } from 'vitest';
import { PREFS_KEY, STORAGE_KEY, prefsOnly, type KeyValueStorage } from './persistence';

function memory(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('prefsOnly', () => {
  it('keeps preferences and hides the workspace', () => {
    const real = memory();
    real.setItem(STORAGE_KEY, 'saved work');
    const s = prefsOnly(real)!;
    expect(s.getItem(STORAGE_KEY)).toBeNull();
    s.setItem(STORAGE_KEY, 'other');
    s.removeItem(STORAGE_KEY);
    expect(real.getItem(STORAGE_KEY)).toBe('saved work');
    s.setItem(PREFS_KEY, '{"locale":"zh"}');
    expect(real.getItem(PREFS_KEY)).toBe('{"locale":"zh"}');
    expect(s.getItem(PREFS_KEY)).toBe('{"locale":"zh"}');
    expect(prefsOnly(undefined)).toBeUndefined();
  });
});
