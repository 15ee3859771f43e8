import { describe, expect, it } from 'vitest';
import { parseMessage, placeholdersOf, renderWith, type ReasonCatalogue } from './format';
import { en } from './en';
import type { Reason } from './types';

const cat = (messages: Record<string, string>): ReasonCatalogue =>
  ({ lists: { sep: ', ', lastSep: ' and ', clauses: '; ' }, messages } as unknown as ReasonCatalogue);
const r = (id: string, params?: object): Reason => ({ id, ...(params ? { params } : {}) } as unknown as Reason);

describe('reason message format', () => {
  it('fills values, lists, plurals with #, selects and nested reasons', () => {
    const c = cat({
      a: '{n, plural, =0 {none} one {# pod} other {# pods}}: {pods, and}{extra}',
      b: '{x, select, Ready {ready} other {not ready ({x})}}',
      inner: ' (inner {v})',
    });
    expect(renderWith(r('a', { n: 0, pods: ['p'] }), c)).toBe('none: p');
    expect(renderWith(r('a', { n: 1, pods: ['p', 'q'] }), c)).toBe('1 pod: p and q');
    expect(renderWith(r('a', { n: 3, pods: ['p', 'q', 's'], extra: r('inner', { v: 7 }) }), c)).toBe('3 pods: p, q and s (inner 7)');
    expect(renderWith(r('b', { x: 'Ready' }), c)).toBe('ready');
    expect(renderWith(r('b', { x: 'Pending' }), c)).toBe('not ready (Pending)');
  });
  it('lists the placeholders of a message, branches included', () => {
    expect(placeholdersOf('{a} {b, plural, one {x {c}} other {y}}')).toEqual(['a', 'b', 'c']);
  });
  it('rejects unbalanced braces', () => {
    expect(() => parseMessage('oops {a')).toThrow(/Unclosed/);
    expect(() => parseMessage('oops a}')).toThrow(/Unbalanced/);
    expect(() => parseMessage('{n, plural, one {x} other {y}')).toThrow();
  });
  it('every English message parses', () => {
    expect(Object.values(en.messages).filter((m) => { try { parseMessage(m); return false; } catch { return true; } })).toEqual([]);
  });
  it('renders an unknown id as the id, never throws', () => {
    expect(renderWith(r('no.such'), en)).toBe('no.such');
  });
});
