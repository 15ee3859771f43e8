import { afterEach, describe, expect, it } from 'vitest';
import { en } from './en';
import { zh } from './zh';
import { setLocale, t } from './index';

afterEach(() => setLocale('en'));

describe('i18n', () => {
  it('zh.ts translates every key of en.ts', () => {
    expect(Object.keys(en).filter((k) => !(k in zh))).toEqual([]);
  });
  it('translations keep the placeholders of the English text', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [k, v] of Object.entries(zh)) expect(names(v!), k).toEqual(names(en[k as keyof typeof en]));
  });
  it('switches language and fills placeholders', () => {
    setLocale('zh');
    expect(t('forkNotice', { count: 3 })).toBe('修改了过去：丢弃了之后的 3 帧。');
    setLocale('en');
    expect(t('forkNotice', { count: 3 })).toBe('Changed the past: 3 later frames were discarded.');
  });
});
