import { describe, expect, it } from 'vitest';
import { parseSimTime } from './parseTime';

describe('parseSimTime', () => {
  it.each([
    ['1m30s', 90_000], ['1m 30s', 90_000], ['90s', 90_000], ['90', 90_000], ['1.5s', 1500], ['1500ms', 1500],
    ['1h2m', 3_720_000], ['1:30', 90_000], ['t = 1m 32s', 92_000], [' 2m ', 120_000],
  ])('%s → %d ms', (text, ms) => expect(parseSimTime(text)).toBe(ms));
  it.each(['', 'abc', '1x', '1m30', 'm', '-5s'])('rejects %j', (text) => expect(parseSimTime(text)).toBeUndefined());
});
