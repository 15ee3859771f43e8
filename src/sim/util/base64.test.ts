import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from './base64';

describe('base64', () => {
  it.each([['', ''], ['a', 'YQ=='], ['ab', 'YWI='], ['abc', 'YWJj'], ['hunter2', 'aHVudGVyMg=='], ['密码', '5a+G56CB']])('%s ↔ %s', (text, b64) => {
    expect(encodeBase64(text)).toBe(b64);
    expect(decodeBase64(b64)).toEqual({ ok: true, text });
  });
  it('reports the first bad byte as Go does', () => {
    expect(decodeBase64('hunter2')).toEqual({ ok: false, error: 'illegal base64 data at input byte 4' });
    expect(decodeBase64('ab!c')).toEqual({ ok: false, error: 'illegal base64 data at input byte 2' });
  });
});
