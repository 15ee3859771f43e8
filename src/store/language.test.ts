// Which language the page opens in: `?lang=` for this visit, else the saved choice, else the browser's.
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { PREFS_KEY } from './persistence';
import { fakeDeps, memoryStorage } from './testing/fakeDeps';
import { getLocale, setLocale } from '../ui/i18n';

afterEach(() => setLocale('en'));

describe('UI language', () => {
  it('?lang= wins over the saved choice without overwriting it, until the learner changes a preference', () => {
    const storage = memoryStorage({ [PREFS_KEY]: JSON.stringify({ locale: 'en', theme: 'dark' }) });
    const a = createAppStore(fakeDeps(), storage, { urlLocale: 'zh' });
    expect(a.store.getState().prefs).toMatchObject({ locale: 'zh', theme: 'dark' });
    expect(getLocale()).toBe('zh');
    a.flush();
    expect(JSON.parse(storage.getItem(PREFS_KEY)!)).toMatchObject({ locale: 'en' });
    a.store.getState().setPrefs({ locale: 'en' });
    a.store.getState().setPrefs({ locale: 'zh' });
    expect(JSON.parse(storage.getItem(PREFS_KEY)!)).toMatchObject({ locale: 'zh' });
    a.dispose();
  });

  it('without ?lang= the saved choice is used', () => {
    const storage = memoryStorage({ [PREFS_KEY]: JSON.stringify({ locale: 'zh' }) });
    expect(createAppStore(fakeDeps(), storage).store.getState().prefs.locale).toBe('zh');
  });
});
