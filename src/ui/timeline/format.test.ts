import { describe, expect, it } from 'vitest';
import { formatSimTime, formatStamp } from './format';

describe('sim clock', () => {
  it.each([[0, '0s'], [999, '0s'], [92_000, '1m 32s'], [3_723_000, '1h 2m 3s']])('%d ms → %s', (ms, text) => {
    expect(formatSimTime(ms)).toBe(text);
  });
  it('stamps carry tenths', () => {
    expect(formatStamp(92_450)).toBe('1m 32.4s');
  });
});
