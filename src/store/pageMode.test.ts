import { describe, expect, it } from 'vitest';
import { readPageMode } from './pageMode';

describe('page mode from the URL', () => {
  it.each([
    ['', { embed: false, lang: undefined }],
    ['?embed', { embed: true, lang: undefined }],
    ['?embed=1&lang=zh-CN', { embed: true, lang: 'zh' }],
    ['?embed=0&lang=en', { embed: false, lang: 'en' }],
    ['?lang=zh', { embed: false, lang: 'zh' }],
    ['?lang=fr', { embed: false, lang: undefined }],
    ['?lesson=sts-basics&step=2', { embed: false, lang: undefined }],
  ])('%s', (search, want) => {
    expect(readPageMode(search)).toEqual(want);
  });
});
