// The reason catalogues: every id of the registry in every language, with the same placeholders; every message
// parses; the formatter's syntax (plural, select, lists, nested reasons) renders per language.
import { afterEach, describe, expect, it } from 'vitest';
import { englishReasons, placeholdersOf, reason, renderReason, renderWith, type ReasonId } from '../../sim';
import { zhReasons } from './reasons.zh';
import { formatReason, parseLocaleTag, setLocale } from './index';

afterEach(() => setLocale('en'));

const ids = Object.keys(englishReasons.messages).sort() as ReasonId[];
const catalogues = { zh: zhReasons };

describe('reason catalogues', () => {
  it.each(Object.entries(catalogues))('%s has exactly the English ids', (_lang, cat) => {
    expect(Object.keys(cat.messages).sort()).toEqual(ids);
  });
  it.each(Object.entries(catalogues))('%s keeps the placeholders of every English message', (_lang, cat) => {
    const differ = ids.filter((id) => placeholdersOf(cat.messages[id]).join() !== placeholdersOf(englishReasons.messages[id]).join());
    expect(differ).toEqual([]);
  });
  it('Chinese messages are translated, not English left behind (only pure-placeholder messages are shared)', () => {
    const same = ids.filter((id) => zhReasons.messages[id] === englishReasons.messages[id]);
    expect(same).toEqual(['clauses', 'deploy.sizeChange', 'user.itemDone']);
  });
});

describe('formatReason', () => {
  const created = reason('sts.createdInOrder', {
    what: reason('sts.createdClaimsAndPods', { claims: ['www-web-1'], pods: ['web-1'] }),
    reason: reason('sts.previousReady', { pod: 'web-0', minReadySeconds: 0 }), policy: 'OrderedReady',
  });
  it('renders nested reasons, lists and selects in English', () => {
    expect(renderReason(created)).toBe('Created PVC www-web-1 and pod web-1: web-0 is Running and Ready (podManagementPolicy OrderedReady)');
    expect(renderReason(reason('sts.createdPods', { pods: ['web-0', 'web-1', 'web-2'] }))).toBe('Created pods web-0, web-1 and web-2');
    expect(renderReason(reason('sts.previousReady', { pod: 'web-0', minReadySeconds: 10 }))).toBe('web-0 is Running and Ready for over 10s (minReadySeconds)');
    expect(renderReason(reason('engine.changed', { kind: 'Pod', name: 'web-0', change: 'DELETED', more: 2 }))).toBe('Pod web-0 deleted (and 2 more changes).');
  });
  it('renders the same reason in Chinese in zh mode, keeping names and Kubernetes terms', () => {
    setLocale('zh');
    expect(formatReason(created)).toBe('已创建 PVC www-web-1 和 Pod web-1：web-0 已 Running 且 Ready（podManagementPolicy OrderedReady）');
    expect(formatReason(reason('sts.createdPods', { pods: ['web-0', 'web-1', 'web-2'] }))).toBe('已创建 Pod web-0、web-1 和 web-2');
    expect(formatReason(reason('sts.createdAtOnce', { what: reason('sts.createdClaimsAndPods', { claims: ['www-web-0', 'www-web-1'], pods: ['web-0', 'web-1'] }), policy: 'Parallel' })))
      .toBe('已创建 PVC www-web-0 和 www-web-1，以及 Pod web-0 和 web-1（同时创建，podManagementPolicy Parallel）');
    expect(formatReason(reason('clauses', { parts: [reason('sts.notReady', { pod: 'web-0' }), reason('sts.stillTerminating', { pod: 'web-1' })] })))
      .toBe('web-0 尚未 Ready；web-1 仍在终止中');
    expect(formatReason(created, 'en')).toBe(renderReason(created));
  });
  it('falls back to English for an id a catalogue lacks, and says nothing for no reason', () => {
    const { 'sts.notReady': _dropped, ...rest } = zhReasons.messages;
    const partial = { ...zhReasons, messages: rest as typeof zhReasons.messages };
    const r = reason('sts.notRunningReady', { pod: 'web-1', phase: 'Pending' });
    expect(renderWith(reason('sts.waiting', { reason: reason('sts.notReady', { pod: 'web-0' }) }), partial, englishReasons)).toBe('等待中：web-0 is not Ready');
    expect(renderWith(r, partial, englishReasons)).toBe('web-1 尚未进入 Running 且 Ready 状态（phase 为 Pending）');
    expect(formatReason(undefined)).toBe('');
  });
});

describe('language tags', () => {
  it('maps ?lang= values to a locale', () => {
    expect(['en', 'en-GB', 'zh', 'zh-CN', 'zh-Hans', 'ZH_cn', 'fr', '', null].map(parseLocaleTag))
      .toEqual(['en', 'en', 'zh', 'zh', 'zh', 'zh', undefined, undefined, undefined]);
  });
});
