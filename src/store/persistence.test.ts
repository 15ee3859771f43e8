import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { STORAGE_KEY } from './persistence';
import { fakeDeps, memoryStorage } from './testing/fakeDeps';

describe('workspace persistence', () => {
  it('round-trips text, action log, playhead and live edge', () => {
    const storage = memoryStorage();
    const a = createAppStore(fakeDeps(), storage);
    a.store.getState().setText('kind: Pod\n');
    a.store.getState().perform({ type: 'fault', fault: { type: 'node-down', node: 'node-2' } }, 'kubectl apply -f -');
    for (let i = 0; i < 20; i++) a.store.getState().tick(250);
    a.store.getState().seek(2000);
    a.flush();
    a.dispose();

    const b = createAppStore(fakeDeps(), storage).store.getState();
    expect(b.text).toBe('kind: Pod\n');
    expect(b.timeline?.log.actions.map((x) => x.command)).toEqual(['kubectl apply -f -']);
    expect(b.timeline?.frames).toHaveLength(4);
    expect([b.playheadMs, b.liveEdgeMs]).toEqual([2000, 3000]);
    expect(b.notices).toHaveLength(0);
  });

  it('round-trips the editor tabs and the active tab; an old save without tabs opens as one tab', () => {
    const storage = memoryStorage();
    const a = createAppStore(fakeDeps(), storage);
    a.store.getState().addFile('pv.yaml', 'kind: PersistentVolume\n');
    a.store.getState().selectFile('web.yaml');
    a.flush();
    a.dispose();
    const b = createAppStore(fakeDeps(), storage).store.getState();
    expect(b.files.map((f) => f.name)).toEqual(['web.yaml', 'pv.yaml']);
    expect(b.files[1]?.text).toBe('kind: PersistentVolume\n');
    expect(b.activeFile).toBe('web.yaml');

    const old = memoryStorage();
    old.setItem(STORAGE_KEY, JSON.stringify({ version: 1, text: 'kind: Old\n', log: { seed: 1, config: {}, actions: [] }, playheadMs: 0, liveEdgeMs: 0 }));
    const c = createAppStore(fakeDeps(), old).store.getState();
    expect(c.files).toEqual([{ name: 'web.yaml', text: 'kind: Old\n' }]);
    expect(c.text).toBe('kind: Old\n');
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong shape', JSON.stringify({ version: 1, text: 'keep me', log: { seed: 'x' }, playheadMs: 0, liveEdgeMs: 0 })],
    ['engine refuses', JSON.stringify({ version: 1, text: 'keep me', log: { seed: 666, config: {}, actions: [] }, playheadMs: 0, liveEdgeMs: 0 })],
    ['array', '[]'],
  ])('corrupt saved state (%s) starts fresh with a notice', (_name, raw) => {
    const storage = memoryStorage({ [STORAGE_KEY]: raw });
    const s = createAppStore(fakeDeps(), storage).store.getState();
    expect(s.timeline?.frames).toHaveLength(0);
    expect(s.notices).toHaveLength(1);
    expect(s.notices[0]!.text).toMatch(/could not be restored/);
    if (raw.includes('keep me')) expect(s.text).toBe('keep me');
  });

  it('works without storage at all (storage throws)', () => {
    const broken = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); }, removeItem: () => {} };
    const a = createAppStore(fakeDeps(), broken);
    a.store.getState().setText('x');
    expect(() => a.flush()).not.toThrow();
    expect(a.store.getState().notices).toHaveLength(0);
  });
});
