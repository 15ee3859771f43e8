// clone must give exactly what a JSON round trip gives.
import { describe, expect, it } from 'vitest';
import { clone } from './util';

describe('clone', () => {
  it('equals JSON.parse(JSON.stringify(v)), key order and odd values included', () => {
    const odd = JSON.parse('{"__proto__": {"x": 1}, "10": "ten", "2": "two"}') as unknown;
    const samples: unknown[] = [
      { b: 1, a: [1, undefined, () => 1, NaN, -0, Infinity, { c: undefined, d: null }], when: new Date(0), s: 'x', t: true },
      [undefined, [[]], {}], 0, -0, 'str', null, odd, { z: { y: { x: [1.5, -2, 'q'] } }, sym: Symbol('s') },
    ];
    for (const v of samples) {
      const a = clone(v);
      const b = JSON.parse(JSON.stringify(v)) as unknown;
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(a).toStrictEqual(b);
      if (v !== null && typeof v === 'object') expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    }
  });
});
