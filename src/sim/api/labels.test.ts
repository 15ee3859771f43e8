import { describe, expect, it } from 'vitest';
import { isEmptySelector, labelsMatch, labelsToString, selectorMatches, selectorToString } from './labels';

const pod = { app: 'nginx', tier: 'web' };

describe('labelsMatch', () => {
  it('requires every key/value', () => {
    expect(labelsMatch({ app: 'nginx' }, pod)).toBe(true);
    expect(labelsMatch({ app: 'nginx', tier: 'db' }, pod)).toBe(false);
    expect(labelsMatch({ missing: '' }, pod)).toBe(false);
    expect(labelsMatch({ app: 'nginx' }, undefined)).toBe(false);
  });
  it('an empty or absent map matches everything', () => {
    expect(labelsMatch({}, pod)).toBe(true);
    expect(labelsMatch(undefined, undefined)).toBe(true);
  });
});

describe('selectorMatches', () => {
  it.each([
    ['nil selects nothing', undefined, pod, false],
    ['empty selects everything', {}, pod, true],
    ['matchLabels', { matchLabels: { app: 'nginx' } }, pod, true],
    ['matchLabels mismatch', { matchLabels: { app: 'web' } }, pod, false],
    ['In', { matchExpressions: [{ key: 'tier', operator: 'In', values: ['web', 'db'] }] }, pod, true],
    ['In absent key', { matchExpressions: [{ key: 'x', operator: 'In', values: ['web'] }] }, pod, false],
    ['NotIn hit', { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: ['web'] }] }, pod, false],
    ['NotIn absent key matches', { matchExpressions: [{ key: 'x', operator: 'NotIn', values: ['a'] }] }, pod, true],
    ['Exists', { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, pod, true],
    ['Exists absent', { matchExpressions: [{ key: 'x', operator: 'Exists' }] }, pod, false],
    ['DoesNotExist', { matchExpressions: [{ key: 'x', operator: 'DoesNotExist' }] }, pod, true],
    ['DoesNotExist present', { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, pod, false],
    ['labels and expressions both apply', { matchLabels: { app: 'nginx' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['db'] }] }, pod, false],
    ['unknown operator', { matchExpressions: [{ key: 'app', operator: 'Gt', values: ['1'] }] }, pod, false],
  ])('%s', (_name, selector, labels, want) => {
    expect(selectorMatches(selector, labels)).toBe(want);
  });
});

describe('printing', () => {
  it('prints selectors sorted by key', () => {
    expect(selectorToString({ matchLabels: { tier: 'web', app: 'nginx' } })).toBe('app=nginx,tier=web');
    expect(selectorToString({ matchExpressions: [{ key: 'env', operator: 'In', values: ['b', 'a'] }, { key: 'old', operator: 'DoesNotExist' }] }))
      .toBe('env in (a,b),!old');
    expect(selectorToString(undefined)).toBe('<none>');
    expect(labelsToString({ b: '2', a: '1' })).toBe('a=1,b=2');
  });
  it('knows empty selectors', () => {
    expect(isEmptySelector({})).toBe(true);
    expect(isEmptySelector({ matchLabels: {} })).toBe(true);
    expect(isEmptySelector({ matchLabels: { a: 'b' } })).toBe(false);
    expect(isEmptySelector(undefined)).toBe(false);
  });
});
