import { describe, expect, it } from 'vitest';
import { shellPrefs } from './shellPrefs';

describe('shellPrefs', () => {
  it('takes ?lang first, then the saved choice, then the browser', () => {
    expect(shellPrefs('?lang=zh-CN', '{"locale":"en"}', 'en-US', false).locale).toBe('zh');
    expect(shellPrefs('', '{"locale":"zh"}', 'en-US', false).locale).toBe('zh');
    expect(shellPrefs('', null, 'zh-TW', false).locale).toBe('zh');
    expect(shellPrefs('?lang=fr', null, 'de', false).locale).toBe('en');
  });
  it('resolves the theme like the app (system follows the OS)', () => {
    expect(shellPrefs('', '{"theme":"dark"}', 'en', false).theme).toBe('dark');
    expect(shellPrefs('', '{"theme":"system"}', 'en', true).theme).toBe('dark');
    expect(shellPrefs('', null, 'en', false).theme).toBe('light');
  });
  it('ignores unreadable saved preferences', () => {
    expect(shellPrefs('', '{not json', 'en', false)).toEqual({ locale: 'en', theme: 'light' });
    expect(shellPrefs('', '42', 'zh', false)).toEqual({ locale: 'zh', theme: 'light' });
  });
});
