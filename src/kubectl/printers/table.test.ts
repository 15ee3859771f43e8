import { describe, expect, test } from 'vitest';
import { columnWidths, formatTable } from './table';
import { humanDuration, isoOfMs, msOfIso } from './duration';

describe('tabwriter layout', () => {
  test('columns are max(6, longest + 3) wide; last column unpadded', () => {
    expect(formatTable([['NAME', 'READY', 'STATUS', 'RESTARTS', 'AGE'], ['web-0', '1/1', 'Running', '0', '1m']])).toBe(
      'NAME    READY   STATUS    RESTARTS   AGE\n' + 'web-0   1/1     Running   0          1m\n',
    );
  });
  test('minimum width 6 applies to short and empty columns', () => {
    expect(columnWidths([['A', '', 'x'], ['BB', '', 'y']])).toEqual([6, 6]);
    expect(formatTable([['A', '', 'last'], ['BB', '', 'x']])).toBe('A           last\nBB          x\n');
  });
  test('width grows with the longest cell', () => {
    expect(columnWidths([['NAME', 'X'], ['statefulset-test-0', 'y']])).toEqual([21]);
  });
});

describe('HumanDuration', () => {
  const cases: [number, string][] = [
    [-5000, '<invalid>'], [-1500, '0s'], [-999, '0s'], [0, '0s'], [999, '0s'], [45_000, '45s'], [119_000, '119s'],
    [120_000, '2m'], [183_000, '3m3s'], [599_000, '9m59s'], [600_000, '10m'], [179 * 60_000, '179m'],
    [3 * 3600_000, '3h'], [(3 * 60 + 5) * 60_000, '3h5m'], [8 * 3600_000, '8h'], [47 * 3600_000, '47h'],
    [48 * 3600_000, '2d'], [51 * 3600_000, '2d3h'], [8 * 24 * 3600_000, '8d'], [729 * 24 * 3600_000, '729d'],
    [730 * 24 * 3600_000, '2y'], [740 * 24 * 3600_000, '2y10d'], [8 * 365 * 24 * 3600_000, '8y'],
  ];
  test.each(cases)('%i ms -> %s', (ms, want) => expect(humanDuration(ms)).toBe(want));
});

describe('timestamps', () => {
  test('sim time 0 is 2026-01-01T00:00:00Z', () => {
    expect(msOfIso('2026-01-01T00:00:00Z')).toBe(0);
    expect(msOfIso('2026-01-01T00:01:30Z')).toBe(90_000);
    expect(msOfIso('2026-01-01T00:00:01.250Z')).toBe(1250);
    expect(msOfIso('2026-01-01T01:00:00+01:00')).toBe(0);
    expect(msOfIso('garbage')).toBeUndefined();
    expect(isoOfMs(86_400_000 + 5000)).toBe('2026-01-02T00:00:05Z');
  });
});
