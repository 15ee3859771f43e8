import { describe, expect, it } from 'vitest';
import { zlibSync, strToU8 } from 'fflate';
import { createAppStore } from '../store/createAppStore';
import { realDeps } from '../store/realDeps';
import { STORAGE_KEY, workspaceOf, type SavedWorkspace } from '../store/persistence';
import { fakeDeps, memoryStorage } from '../store/testing/fakeDeps';
import { DEFAULT_DEMO } from '../examples/defaultDemo';
import { decodeShare, encodeShare, MAX_LINK_CHARS, shareDataOf, ShareError, type ShareErrorCode } from './shareCodec';

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');
const link = (json: unknown) => `1.${b64url(zlibSync(strToU8(JSON.stringify(json))))}`;
const emptyWs = (text = 'x: 1\n'): SavedWorkspace => ({
  version: 1, text, log: { seed: 1, config: { nodes: 3, defaultStorageClass: 'standard', featureGates: {} }, actions: [] },
  playheadMs: 0, liveEdgeMs: 0, speed: 2,
});
function codeOf(data: string): ShareErrorCode | 'none' {
  try {
    decodeShare(data);
    return 'none';
  } catch (err) {
    if (err instanceof ShareError) return err.code;
    throw err;
  }
}

describe('share links', () => {
  it('carry the workspace, the language and the lesson place through the fragment', () => {
    const ws = emptyWs('apiVersion: v1\nkind: Service # 中文 ✓\n');
    const hash = encodeShare({ workspace: ws, lang: 'zh-CN', lesson: { id: 'sts-basics', page: 3 } });
    expect(hash).toMatch(/^#share=1\.[A-Za-z0-9_-]+$/);
    const back = decodeShare(shareDataOf(hash)!);
    expect(back).toEqual({ workspace: ws, lang: 'zh-CN', lesson: { id: 'sts-basics', page: 3 } });
  });

  it('reopen the same moment of a real cluster, byte for byte, without saving over the saved workspace', () => {
    const a = createAppStore(realDeps, undefined, { defaultLocale: 'en' });
    a.store.getState().setText(DEFAULT_DEMO);
    a.store.getState().applyEditor();
    for (let i = 0; i < 40; i++) a.store.getState().tick(250);
    a.store.getState().seek(Math.round(a.store.getState().liveEdgeMs / 2));
    const ws = workspaceOf(a.store.getState())!;
    const data = shareDataOf(encodeShare({ workspace: ws, lang: 'en' }))!;
    expect(data.length).toBeLessThan(MAX_LINK_CHARS);

    const storage = memoryStorage({ [STORAGE_KEY]: JSON.stringify({ ...emptyWs('mine'), version: 1 }) });
    const b = createAppStore(realDeps, storage, { autosaveMs: 0 });
    let kept = 0;
    b.openShared(decodeShare(data).workspace, () => kept++);
    const sa = a.store.getState();
    const sb = b.store.getState();
    expect(sb.text).toBe(sa.text);
    expect(sb.playheadMs).toBe(sa.playheadMs);
    const at = (s: typeof sa) => realDeps.snapshotAt(s.timeline!, realDeps.frameIndexAt(s.timeline!, s.playheadMs));
    expect(JSON.stringify(at(sb))).toBe(JSON.stringify(at(sa)));
    // Looking around (seek, play) saves nothing; the first edit keeps the shared workspace and saves it.
    b.store.getState().seek(0);
    b.flush();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).text).toBe('mine');
    expect(kept).toBe(0);
    b.store.getState().setText(`${sa.text}# mine now\n`);
    expect(kept).toBe(1);
    b.flush();
    expect(JSON.parse(storage.getItem(STORAGE_KEY)!).text).toContain('# mine now');
  });

  const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(', ')}]`)].join('\n');
  it.each<[string, string, ShareErrorCode]>([
    ['a later format', '2.eJyrVkrLz1eyUkpKLFKqBQA', 'format'],
    ['no format', 'eJyrVkrLz1eyUkpKLFKqBQA', 'format'],
    ['characters outside base64url', '1.abc$%^', 'encoding'],
    ['not zlib data', '1.aGVsbG8gd29ybGQ', 'compression'],
    ['cut short', link({ format: 1, workspace: emptyWs(DEFAULT_DEMO), lang: 'en' }).slice(0, 60), 'compression'],
    ['too long', `1.${'A'.repeat(MAX_LINK_CHARS)}`, 'tooLong'],
    ['a decompression bomb', `1.${b64url(zlibSync(new Uint8Array(40_000_000), { level: 9 }))}`, 'tooBig'],
    ['not JSON', `1.${b64url(zlibSync(strToU8('{nope')))}`, 'json'],
    ['the wrong shape', link({ format: 1, workspace: { version: 1, text: 5 }, lang: 'en' }), 'shape'],
    ['a hostile cluster size', link({ format: 1, workspace: { ...emptyWs(), log: { ...emptyWs().log, config: { nodes: 1e9, defaultStorageClass: 'standard', featureGates: {} } } }, lang: 'en' }), 'shape'],
    ['a playhead weeks away', link({ format: 1, workspace: { ...emptyWs(), playheadMs: 1e12, liveEdgeMs: 1e12 }, lang: 'en' }), 'shape'],
    ['a million replicas', link({ format: 1, workspace: { ...emptyWs(), log: { ...emptyWs().log, actions: [{ afterFrame: -1, atMs: 0, command: 'kubectl apply -f -', request: { type: 'apply', objects: [{ kind: 'StatefulSet', spec: { replicas: 1e6 } }] } }] } }, lang: 'en' }), 'shape'],
    ['an unknown language', link({ format: 1, workspace: emptyWs(), lang: 'fr' }), 'shape'],
    ['a bad lesson id', link({ format: 1, workspace: emptyWs(), lang: 'en', lesson: { id: '../x', page: 1 } }), 'shape'],
    ['a YAML alias bomb in the editor text', link({ format: 1, workspace: emptyWs(bomb), lang: 'en' }), 'yamlBomb'],
  ])('refuse %s with a specific reason', (_name, data, code) => {
    expect(codeOf(data)).toBe(code);
  });
});

describe('opening a shared workspace', () => {
  it('gives up (throws, store unchanged) when the replay runs over its budget', () => {
    const deps = fakeDeps({ neverStable: true });
    const a = createAppStore(deps, undefined);
    a.store.getState().setText('before');
    const ws: SavedWorkspace = { ...emptyWs('shared'), liveEdgeMs: 5 * 3_600_000, playheadMs: 0 };
    let checks = 0;
    expect(() => a.openShared(ws, undefined, () => ++checks > 2)).toThrow(/too long/);
    expect(checks).toBe(3);
    expect(a.store.getState().text).toBe('before');
    // Within budget it reaches the live edge in hour steps.
    a.openShared(ws, undefined, () => false);
    expect(a.store.getState().timeline?.computedUntilMs).toBe(5 * 3_600_000);
    expect(a.store.getState().text).toBe('shared');
  });
});
